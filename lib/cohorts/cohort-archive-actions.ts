"use server";

import { defineAction } from "@/lib/actions/define-action";
import { findArchivedCohort, findManagedCohort } from "@/lib/auth/access";
import { archiveBlockers, refuseUnlessArchivable } from "@/lib/programmes/archive";
import { paths } from "@/lib/paths";

// Archiving a cohort made by mistake and restoring it (rules in lib/programmes/archive.ts). Coordinators of
// the cohort's programme may do both; an archived cohort is "not found" everywhere else.

export const archiveCohortAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  transaction: true,
  run: async ({ tx, resource: cohort, audit, revalidate, redirectTo }) => {
    refuseUnlessArchivable(await archiveBlockers(tx, [cohort.id]));
    await tx.cohort.update({ where: { id: cohort.id }, data: { archivedAt: new Date() } });
    await audit({ action: "cohort.archive", entityType: "Cohort", entityId: cohort.id, programmeId: cohort.programmeId });
    revalidate(paths.coordinator(), "layout");
    redirectTo(paths.archive({ archived: "cohort" }));
  },
});

export const restoreCohortAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findArchivedCohort(viewer, cohortId),
  transaction: true,
  run: async ({ tx, resource: cohort, audit, revalidate, redirectTo }) => {
    await tx.cohort.update({ where: { id: cohort.id }, data: { archivedAt: null } });
    await audit({ action: "cohort.restore", entityType: "Cohort", entityId: cohort.id, programmeId: cohort.programmeId });
    revalidate(paths.coordinator(), "layout");
    redirectTo(paths.cohort(cohort.id));
  },
});
