"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { findArchivedProgramme, findManagedProgramme } from "@/lib/auth/access";
import { isAdministrator } from "@/lib/auth/policy";
import { archiveBlockers, refuseUnlessArchivable } from "@/lib/programmes/archive";
import { paths } from "@/lib/paths";

// Archiving a programme made by mistake and restoring it: for the organisation's administrators,
// who create programmes. Its cohorts are hidden with it and come back with it as they were; a
// programme any of whose cohorts has participants or applications waiting cannot be archived
// (lib/programmes/archive.ts).

export const archiveProgrammeAction = defineAction({
  bound: ["programmeId"],
  authorize: (viewer, { programmeId }) => findManagedProgramme(viewer, programmeId),
  transaction: true,
  run: async ({ viewer, tx, resource: programme, audit, revalidate, redirectTo }) => {
    if (!isAdministrator(viewer, programme.organizationId)) throw new Refusal("programmes.errors.notAdministrator");
    await tx.$queryRaw`SELECT id FROM "Programme" WHERE id = ${programme.id}::uuid FOR UPDATE`;
    const cohorts = await tx.cohort.findMany({ where: { programmeId: programme.id }, select: { id: true } });
    refuseUnlessArchivable(
      await archiveBlockers(
        tx,
        cohorts.map((cohort) => cohort.id),
      ),
    );
    await tx.programme.update({ where: { id: programme.id }, data: { archivedAt: new Date() } });
    await audit({ action: "programme.archive", entityType: "Programme", entityId: programme.id, programmeId: programme.id });
    revalidate(paths.coordinator(), "layout");
    redirectTo(paths.archive({ archived: "programme" }));
  },
});

export const restoreProgrammeAction = defineAction({
  bound: ["programmeId"],
  authorize: (viewer, { programmeId }) => findArchivedProgramme(viewer, programmeId),
  transaction: true,
  run: async ({ tx, resource: programme, audit, revalidate, redirectTo }) => {
    await tx.programme.update({ where: { id: programme.id }, data: { archivedAt: null } });
    await audit({ action: "programme.restore", entityType: "Programme", entityId: programme.id, programmeId: programme.id });
    revalidate(paths.coordinator(), "layout");
    redirectTo(paths.programme(programme.id));
  },
});
