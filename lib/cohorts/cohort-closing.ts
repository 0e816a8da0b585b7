import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Closing a cohort ends its seven months: the pairs still running end as having run their course
// (COHORT_CLOSED, not counted as ended early), the people still taking part have completed it, and
// the cohort is read-only from then on. Nothing is deleted: meetings, goals, outcomes and
// attendance stay for the reports and for the participants' own history.

type Tx = Prisma.TransactionClient;

export type ClosingCounts = { pairs: number; participants: number };

/** What closing would change now, for the question asked first. */
export async function closingCounts(tx: Tx, cohortId: string): Promise<ClosingCounts> {
  const [pairs, participants] = await Promise.all([
    tx.pair.count({ where: { cohortId, status: "ACTIVE" } }),
    tx.participation.count({ where: { cohortId, status: "ACTIVE" } }),
  ]);
  return { pairs, participants };
}

/** Closes the cohort, whose row the caller holds FOR UPDATE; returns what changed. */
export async function closeCohort(tx: Tx, cohortId: string, at: Date): Promise<ClosingCounts> {
  const pairs = await tx.pair.updateMany({
    where: { cohortId, status: "ACTIVE" },
    data: { status: "ENDED", endedAt: at, endedAs: "COHORT_CLOSED" },
  });
  const participants = await tx.participation.updateMany({ where: { cohortId, status: "ACTIVE" }, data: { status: "COMPLETED" } });
  await tx.cohort.update({ where: { id: cohortId }, data: { status: "CLOSED", closedAt: at } });
  return { pairs: pairs.count, participants: participants.count };
}
