import type { Prisma } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/actions/refusal";

// Archiving hides a programme or a cohort made by mistake from every list, and restoring brings it
// back; nothing is deleted. Only what nobody takes part in may be archived: a cohort with
// participants (of any status, withdrawn and completed included) is the programme's record, which
// its people see on their own pages, reports count and retention purges by; hiding it from the
// coordinators while its people still use it would put them out of sight. A cohort with
// applications waiting for a decision is refused too: someone is waiting for an answer.
// (Decision 0012.)

type Tx = Prisma.TransactionClient;

export type ArchiveBlockers = { participants: number; waitingApplications: number };

/** What keeps these cohorts from being archived, counted after their rows are locked. */
export async function archiveBlockers(tx: Tx, cohortIds: string[]): Promise<ArchiveBlockers> {
  if (cohortIds.length === 0) return { participants: 0, waitingApplications: 0 };
  // The lock waits for anyone adding a person to these cohorts right now (see the migration
  // "archive": adding to an archived cohort is refused by the database itself).
  await tx.$queryRaw`SELECT id FROM "Cohort" WHERE id = ANY(${cohortIds}::uuid[]) FOR UPDATE`;
  const [participants, waitingApplications] = await Promise.all([
    tx.participation.count({ where: { cohortId: { in: cohortIds } } }),
    tx.application.count({ where: { cohortId: { in: cohortIds }, status: { in: ["SUBMITTED", "WAITLISTED"] } } }),
  ]);
  return { participants, waitingApplications };
}

/** Refuses archiving, saying why, unless nobody takes part in the cohorts. */
export function refuseUnlessArchivable(blockers: ArchiveBlockers): void {
  if (blockers.participants > 0) throw new Refusal("archive.errors.participants", { count: blockers.participants });
  if (blockers.waitingApplications > 0) throw new Refusal("archive.errors.waitingApplications", { count: blockers.waitingApplications });
}
