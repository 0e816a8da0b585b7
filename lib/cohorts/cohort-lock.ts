import "server-only";
import { Refusal } from "@/lib/actions/refusal";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Changes to who is paired with whom in a cohort (the matching board, publishing, ending and
// replacing pairs, withdrawing a participant) run in one transaction that first locks the cohort's
// row, so two coordinators working on the same cohort take turns: the second sees what the first
// saved and is refused when it no longer holds. The database backs this up with the partial unique
// index that allows one open pair per mentee.

type Tx = Prisma.TransactionClient;

export type CohortLockOptions = {
  /** The statuses the change is allowed in (default: being matched). */
  statuses?: readonly string[];
  /** The message key when the cohort is in another status. */
  refusal?: string;
};

function isOneOpenPairViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Runs a change holding one cohort: locks its row, checks its status, and turns a lost race on the
 * one-pair-per-mentee index into a refusal the person can read.
 */
export async function withCohortLock<T>(
  cohortId: string,
  change: (tx: Tx, status: string) => Promise<T>,
  { statuses = ["MATCHING"], refusal }: CohortLockOptions = {},
): Promise<T> {
  try {
    return await db.$transaction(
      async (tx) => {
        const [cohort] = await tx.$queryRaw<
          { status: string }[]
        >`SELECT status::text FROM "Cohort" WHERE id = ${cohortId}::uuid FOR UPDATE`;
        if (cohort?.status === "CLOSED" && !refusal) refuseClosedCohort(cohort.status);
        if (!cohort || !statuses.includes(cohort.status)) {
          throw new Refusal(refusal ?? (statuses.includes("MATCHING") ? "matching.errors.notMatching" : "matching.errors.notRunning"));
        }
        return change(tx, cohort.status);
      },
      { timeout: 30_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (isOneOpenPairViolation(error)) throw new Refusal("matching.errors.menteeTaken");
    throw error;
  }
}

// A closed cohort is read-only (cohort-status.ts, isReadOnly): every change to the cohort, its
// sessions, pairs or participants asks here first. Closing takes the cohort's row FOR UPDATE; a
// change holds it FOR SHARE for its transaction, so it either finishes before the cohort closes or
// is refused after, never half of each.

/** Refuses any change to a closed cohort, with the one message people read for it. */
export function refuseClosedCohort(status: string): void {
  if (status === "CLOSED") throw new Refusal("cohorts.errors.closed");
}

/**
 * Inside a change's transaction: holds the cohort (shared, so changes do not wait for each other)
 * until the change commits, and refuses when it is closed or gone. Returns its status.
 */
export async function holdOpenCohort(tx: Tx, cohortId: string): Promise<string> {
  const [cohort] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Cohort" WHERE id = ${cohortId}::uuid FOR SHARE`;
  if (!cohort) throw new Refusal("actions.notFound");
  refuseClosedCohort(cohort.status);
  return cohort.status;
}
