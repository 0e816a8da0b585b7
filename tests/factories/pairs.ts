import type { GoalStatus, Pair, PairEnd, PairGoal, PairSource, PairStatus, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";

type ParticipationRef = { id: string; cohortId: string };

export type PairInput = {
  mentor: ParticipationRef;
  mentee: ParticipationRef;
  status?: PairStatus;
  source?: PairSource;
  score?: number | null;
  explanation?: Prisma.InputJsonValue;
  locked?: boolean;
  /** Defaults to now for ACTIVE and ENDED pairs, null for PROPOSED ones. */
  publishedAt?: Date | null;
  endedAt?: Date | null;
  endReason?: string | null;
  /** Defaults, for an ENDED pair, to EARLY with an end reason and COHORT_CLOSED without. */
  endedAs?: PairEnd | null;
};

export function buildPairData(input: PairInput): Prisma.PairCreateManyInput {
  if (input.mentor.cohortId !== input.mentee.cohortId) {
    throw new Error("A pair's mentor and mentee must be in the same cohort");
  }
  const status = input.status ?? "ACTIVE";
  return {
    cohortId: input.mentee.cohortId,
    mentorParticipationId: input.mentor.id,
    menteeParticipationId: input.mentee.id,
    status,
    source: input.source ?? "MANUAL",
    score: input.score ?? null,
    explanation: input.explanation,
    locked: input.locked ?? false,
    publishedAt: input.publishedAt !== undefined ? input.publishedAt : status === "PROPOSED" ? null : new Date(),
    endedAt: input.endedAt !== undefined ? input.endedAt : status === "ENDED" ? new Date() : null,
    endReason: input.endReason ?? null,
    endedAs: input.endedAs !== undefined ? input.endedAs : status === "ENDED" ? (input.endReason ? "EARLY" : "COHORT_CLOSED") : null,
  };
}

export async function createPair(db: FactoryDb, input: PairInput): Promise<Pair> {
  return db.pair.create({ data: buildPairData(input) });
}

export async function createPairGoal(
  db: FactoryDb,
  input: { pairId: string; title?: string; description?: string | null; status?: GoalStatus; sortOrder?: number },
): Promise<PairGoal> {
  return db.pairGoal.create({
    data: {
      pairId: input.pairId,
      title: input.title ?? "Uppdatera cv:t",
      description: input.description ?? null,
      status: input.status ?? "OPEN",
      sortOrder: input.sortOrder ?? 0,
    },
  });
}
