import "server-only";
import { isAdministrator, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { CohortStatus } from "@/lib/generated/prisma/client";

// What the viewer has archived and may restore: the archived programmes of the organisations they
// administer, and the archived cohorts of the programmes they run.

export type ArchivedProgramme = { id: string; name: string; archivedAt: Date; cohorts: number };
export type ArchivedCohort = { id: string; name: string; status: CohortStatus; archivedAt: Date; programme: { id: string; name: string } };

export async function listArchived(viewer: Viewer): Promise<{ programmes: ArchivedProgramme[]; cohorts: ArchivedCohort[] }> {
  if (viewer.programmeIds.length === 0) return { programmes: [], cohorts: [] };
  const [programmes, cohorts] = await Promise.all([
    db.programme.findMany({
      where: { id: { in: viewer.programmeIds }, archivedAt: { not: null } },
      orderBy: { archivedAt: "desc" },
      select: { id: true, name: true, archivedAt: true, organizationId: true, _count: { select: { cohorts: true } } },
    }),
    db.cohort.findMany({
      where: { programmeId: { in: viewer.programmeIds }, archivedAt: { not: null }, programme: { archivedAt: null } },
      orderBy: { archivedAt: "desc" },
      select: { id: true, name: true, status: true, archivedAt: true, programme: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    programmes: programmes
      .filter((programme) => isAdministrator(viewer, programme.organizationId))
      .map((programme) => ({
        id: programme.id,
        name: programme.name,
        archivedAt: programme.archivedAt!,
        cohorts: programme._count.cohorts,
      })),
    cohorts: cohorts.map((cohort) => ({ ...cohort, archivedAt: cohort.archivedAt! })),
  };
}

/**
 * Whether the cohorts may be archived now and, if not, why: for the archive buttons, which say so
 * before anyone presses them. The viewer has already been given the cohorts by another query.
 */
export async function getArchivability(viewer: Viewer, cohortIds: string[]) {
  const managed = await db.cohort.findMany({
    where: { id: { in: cohortIds }, programmeId: { in: viewer.programmeIds } },
    select: { id: true },
  });
  const ids = managed.map((cohort) => cohort.id);
  const [participants, waitingApplications] = await Promise.all([
    db.participation.count({ where: { cohortId: { in: ids } } }),
    db.application.count({ where: { cohortId: { in: ids }, status: { in: ["SUBMITTED", "WAITLISTED"] } } }),
  ]);
  return { participants, waitingApplications };
}
