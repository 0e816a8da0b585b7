import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Every change to a cohort's matching board runs in one transaction that first locks the cohort's
// row, so two coordinators working on the same cohort take turns: the second sees what the first
// saved and is refused when it no longer holds. The database backs this up with the partial
// unique index that allows one open pair per mentee.

type Tx = Prisma.TransactionClient;

/** Why the board refused a change; the action translates the key. */
export type BoardRefusalKey =
  | "notMatching"
  | "pairGone"
  | "pairLocked"
  | "menteeTaken"
  | "mentorFull"
  | "excluded"
  | "notInCohort"
  | "sameMentor"
  | "nothingToPublish"
  | "notPublished"
  | "notRunning"
  | "notWaiting"
  | "notReplacement"
  | "avoided"
  | "overCapacity"
  | "boardChanged";

export class BoardRefusal extends Error {
  constructor(readonly key: BoardRefusalKey) {
    super(key);
  }
}

function isOneOpenPairViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Runs a change to the board of one cohort: locks the cohort, checks that it is being matched
 * (or in one of the given statuses), and turns a lost race on the one-pair-per-mentee index into
 * a refusal the person can read.
 */
export async function onBoard<T>(
  cohortId: string,
  change: (tx: Tx, status: string) => Promise<T>,
  statuses: readonly string[] = ["MATCHING"],
): Promise<T> {
  try {
    return await db.$transaction(
      async (tx) => {
        const [cohort] = await tx.$queryRaw<
          { status: string }[]
        >`SELECT status::text FROM "Cohort" WHERE id = ${cohortId}::uuid FOR UPDATE`;
        if (!cohort || !statuses.includes(cohort.status))
          throw new BoardRefusal(statuses.includes("MATCHING") ? "notMatching" : "notRunning");
        return change(tx, cohort.status);
      },
      { timeout: 30_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (isOneOpenPairViolation(error)) throw new BoardRefusal("menteeTaken");
    throw error;
  }
}
