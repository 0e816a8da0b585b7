import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { evaluatePair, rankReplacements, suggestMatching } from "@/lib/matching/matching-engine";
import type { PairEvaluation, Rule, UnmatchedReason } from "@/lib/matching/matching-types";
import { Refusal } from "@/lib/actions/refusal";
import {
  isKept,
  matchingInput,
  readCohortForMatching,
  type Client,
  type CohortForMatching,
  type OpenPair,
} from "@/lib/matching-board/matching-input";

// What a coordinator does on the matching board before the pairs are published, and the ranking of
// replacements once they are (publishing, ending and replacing are in lib/pairs). Each change runs
// inside withCohortLock's transaction (see lib/cohorts/cohort-lock.ts) and throws a Refusal when it
// does not hold.

type Tx = Prisma.TransactionClient;

/** A pair's score and explanation, as a pair row stores them. */
export function storedEvaluation(evaluation: { score: number; explanation: PairEvaluation["explanation"] }) {
  return { score: evaluation.score, explanation: evaluation.explanation as unknown as Prisma.InputJsonValue };
}

export type SuggestOutcome = { proposed: number; kept: number; unmatched: { menteeId: string; reason: UnmatchedReason }[] };

/**
 * Suggests mentors for the whole cohort: proposals the coordinator has accepted or locked stay,
 * the other suggestions are replaced by the engine's best matching of everyone else.
 */
export async function suggestAll(tx: Tx, cohortId: string, actorId: string): Promise<SuggestOutcome> {
  const cohort = await readCohortForMatching(tx, cohortId);
  // A kept proposal stays only while both its people take part; one who left frees the other.
  const kept = cohort.openPairs.filter((pair) => isKept(pair) && inPlay(cohort, pair.menteeId, pair.mentorId));
  const replaced = cohort.openPairs.filter((pair) => pair.status === "PROPOSED" && !kept.includes(pair));
  if (replaced.length) await tx.pair.deleteMany({ where: { id: { in: replaced.map((pair) => pair.id) } } });

  const result = suggestMatching(matchingInput(cohort, kept));
  const keptByMentee = new Map(kept.map((pair) => [pair.menteeId, pair]));
  const fresh = result.proposals.filter((proposal) => !proposal.locked);
  await tx.pair.createMany({
    data: fresh.map((proposal) => ({
      cohortId,
      mentorParticipationId: proposal.mentorId,
      menteeParticipationId: proposal.menteeId,
      status: "PROPOSED" as const,
      source: "SUGGESTED" as const,
      ...storedEvaluation(proposal),
    })),
  });
  // The kept pairs are scored again: the weights may have changed since.
  for (const proposal of result.proposals) {
    const pair = proposal.locked ? keptByMentee.get(proposal.menteeId) : undefined;
    if (pair) await tx.pair.update({ where: { id: pair.id }, data: storedEvaluation(proposal) });
  }
  await recordAudit(
    {
      actorId,
      action: "matching.suggest",
      entityType: "Cohort",
      entityId: cohortId,
      details: { proposed: fresh.length, kept: kept.length, unmatched: result.unmatched.length },
    },
    tx,
  );
  return { proposed: fresh.length, kept: kept.length, unmatched: result.unmatched };
}

/** A proposal of this cohort, for a change. */
async function openProposal(client: Client, cohortId: string, pairId: string) {
  const pair = await client.pair.findFirst({
    where: { id: pairId, cohortId, status: "PROPOSED" },
    select: { id: true, mentorParticipationId: true, menteeParticipationId: true, locked: true, acceptedAt: true },
  });
  if (!pair) throw new Refusal("matching.errors.pairGone");
  return pair;
}

export type ProposalChange = "accept" | "lock" | "unlock" | "reject" | "exclude" | "unpair";

/** Accepts, locks, unlocks, rejects, excludes or unpairs one proposal. */
export async function changeProposal(tx: Tx, cohortId: string, pairId: string, change: ProposalChange, actorId: string): Promise<void> {
  const pair = await openProposal(tx, cohortId, pairId);
  const ends = change === "reject" || change === "exclude" || change === "unpair";
  if (pair.locked && ends) throw new Refusal("matching.errors.pairLocked");

  if (change === "accept") await tx.pair.update({ where: { id: pair.id }, data: { acceptedAt: pair.acceptedAt ?? new Date() } });
  if (change === "lock")
    await tx.pair.update({ where: { id: pair.id }, data: { locked: true, acceptedAt: pair.acceptedAt ?? new Date() } });
  if (change === "unlock") await tx.pair.update({ where: { id: pair.id }, data: { locked: false } });
  if (ends) await tx.pair.delete({ where: { id: pair.id } });
  if (change === "reject" || change === "exclude") {
    const kind = change === "reject" ? "REJECTED" : "EXCLUDED";
    await tx.matchExclusion.upsert({
      where: {
        mentorParticipationId_menteeParticipationId: {
          mentorParticipationId: pair.mentorParticipationId,
          menteeParticipationId: pair.menteeParticipationId,
        },
      },
      create: { cohortId, mentorParticipationId: pair.mentorParticipationId, menteeParticipationId: pair.menteeParticipationId, kind },
      // An exclusion is the stronger of the two and is not weakened by a later rejection.
      update: change === "exclude" ? { kind } : {},
    });
  }
  await recordAudit({ actorId, action: `matching.${change}`, entityType: "Pair", entityId: pair.id, details: { cohortId } }, tx);
}

/** The open pairs of a mentor, and whether another fits in the mentor's capacity. */
async function assertMentorHasRoom(tx: Tx, cohort: CohortForMatching, mentorId: string, leaving = 0): Promise<void> {
  const capacity = cohort.profileCapacity.get(mentorId);
  if (capacity === undefined) throw new Refusal("matching.errors.notInCohort");
  const used = cohort.openPairs.filter((pair) => pair.mentorId === mentorId).length - leaving;
  if (used >= capacity) throw new Refusal("matching.errors.mentorFull");
}

/** Whether both people of a pair are taking part in the matching (invited or active). */
function inPlay(cohort: CohortForMatching, menteeId: string, mentorId: string): boolean {
  return cohort.mentees.some((mentee) => mentee.id === menteeId) && cohort.mentors.some((mentor) => mentor.id === mentorId);
}

/**
 * The rules no coordinator overrides: the mentor's capacity, an exclusion and the mentee's avoid
 * list. The cohort's switchable rules may be broken by hand; the explanation shows it.
 */
function assertMayStand(evaluation: PairEvaluation): void {
  const broken = evaluation.explanation.brokenRules;
  if (broken.includes("capacity")) throw new Refusal("matching.errors.mentorFull");
  if (broken.includes("notExcluded")) throw new Refusal("matching.errors.excluded");
  if (broken.includes("notAvoided")) throw new Refusal("matching.errors.avoided");
}

/** The engine's score and explanation of a pair, with the other proposals standing as they are. */
function evaluateAgainst(cohort: CohortForMatching, others: readonly OpenPair[], menteeId: string, mentorId: string): PairEvaluation {
  return evaluatePair(matchingInput(cohort, others), menteeId, mentorId);
}

/** The rules a pair breaks that a coordinator may break on purpose, once asked (see pairByHand). */
export function rulesToConfirm(evaluation: Pick<PairEvaluation, "explanation">): Rule[] {
  return evaluation.explanation.brokenRules.filter((rule) => !UNBREAKABLE.includes(rule));
}

const UNBREAKABLE: readonly Rule[] = ["capacity", "notExcluded", "notAvoided"];

/**
 * Pairs a mentee with a mentor by hand. Rules the cohort treats as hard may be broken on purpose,
 * when the coordinator has confirmed each one (`confirmed`: the rules they were told of); the
 * mentor's capacity, an exclusion and the avoid list may not be broken at all.
 */
export async function pairByHand(
  tx: Tx,
  cohortId: string,
  menteeId: string,
  mentorId: string,
  actorId: string,
  confirmed: readonly string[] = [],
): Promise<string> {
  const cohort = await readCohortForMatching(tx, cohortId);
  if (cohort.openPairs.some((pair) => pair.menteeId === menteeId)) throw new Refusal("matching.errors.menteeTaken");
  if (!cohort.mentees.some((mentee) => mentee.id === menteeId)) throw new Refusal("matching.errors.notInCohort");
  await assertMentorHasRoom(tx, cohort, mentorId);

  const evaluation = evaluateAgainst(cohort, cohort.openPairs, menteeId, mentorId);
  assertMayStand(evaluation);
  if (rulesToConfirm(evaluation).some((rule) => !confirmed.includes(rule))) throw new Refusal("matching.errors.breaksUnconfirmed");
  const pair = await tx.pair.create({
    data: {
      cohortId,
      mentorParticipationId: mentorId,
      menteeParticipationId: menteeId,
      status: "PROPOSED",
      source: "MANUAL",
      acceptedAt: new Date(),
      ...storedEvaluation(evaluation),
    },
    select: { id: true },
  });
  await recordAudit(
    {
      actorId,
      action: "matching.pair_by_hand",
      entityType: "Pair",
      entityId: pair.id,
      details: { cohortId, brokenRules: evaluation.explanation.brokenRules },
    },
    tx,
  );
  return pair.id;
}

/**
 * The two pairs a swap of two proposals' mentors would make, each scored and explained with the
 * other standing, as it will. Refused when a proposal is gone or locked, both have the same mentor,
 * or someone has left.
 */
async function judgeSwap(client: Client, cohortId: string, pairId: string, otherPairId: string) {
  const first = await openProposal(client, cohortId, pairId);
  const second = await openProposal(client, cohortId, otherPairId);
  if (first.locked || second.locked) throw new Refusal("matching.errors.pairLocked");
  if (first.mentorParticipationId === second.mentorParticipationId) throw new Refusal("matching.errors.sameMentor");

  const cohort = await readCohortForMatching(client, cohortId);
  const swapped = [
    { menteeId: first.menteeParticipationId, mentorId: second.mentorParticipationId },
    { menteeId: second.menteeParticipationId, mentorId: first.mentorParticipationId },
  ];
  if (!swapped.every((pair) => inPlay(cohort, pair.menteeId, pair.mentorId))) throw new Refusal("matching.errors.notInCohort");

  const others = cohort.openPairs.filter((pair) => pair.id !== first.id && pair.id !== second.id);
  const pairs = swapped.map((pair) => {
    const partner = swapped.find((other) => other !== pair)!;
    const standing: OpenPair[] = [...others, { id: "", status: "PROPOSED", acceptedAt: new Date(), locked: false, ...partner }];
    return { ...pair, evaluation: evaluateAgainst(cohort, standing, pair.menteeId, pair.mentorId) };
  });
  return { replaced: [first.id, second.id], pairs };
}

/**
 * What swapping the mentors of two proposals would give, to show before it is confirmed: the two
 * new pairs with their scores and explanations. Null when the swap cannot be made now.
 */
export async function previewSwap(client: Client, cohortId: string, pairId: string, otherPairId: string) {
  try {
    const { pairs } = await judgeSwap(client, cohortId, pairId, otherPairId);
    return pairs.map(({ menteeId, mentorId, evaluation }) => ({
      menteeId,
      mentorId,
      score: evaluation.score,
      explanation: evaluation.explanation,
      /** Breaks a rule no coordinator may break (the swap will be refused). */
      refused: rulesToConfirm(evaluation).length !== evaluation.explanation.brokenRules.length,
    }));
  } catch (error) {
    if (error instanceof Refusal) return null;
    throw error;
  }
}

/**
 * Swaps the mentors of two proposals. Both become hand-made, accepted pairs, under the same rules
 * as pairing by hand; the coordinator has seen the two new pairs before confirming (previewSwap).
 */
export async function swapMentors(tx: Tx, cohortId: string, pairId: string, otherPairId: string, actorId: string): Promise<void> {
  const { replaced, pairs } = await judgeSwap(tx, cohortId, pairId, otherPairId);
  for (const { evaluation } of pairs) assertMayStand(evaluation);
  await tx.pair.deleteMany({ where: { id: { in: replaced } } });
  const now = new Date();
  for (const { evaluation, ...pair } of pairs) {
    await tx.pair.create({
      data: {
        cohortId,
        mentorParticipationId: pair.mentorId,
        menteeParticipationId: pair.menteeId,
        status: "PROPOSED",
        source: "MANUAL",
        acceptedAt: now,
        ...storedEvaluation(evaluation),
      },
    });
  }
  await recordAudit({ actorId, action: "matching.swap", entityType: "Cohort", entityId: cohortId, details: { pairs: replaced } }, tx);
}

/** Lets a pair be suggested again. */
export async function removeExclusion(tx: Tx, cohortId: string, exclusionId: string, actorId: string): Promise<void> {
  const { count } = await tx.matchExclusion.deleteMany({ where: { id: exclusionId, cohortId } });
  if (count === 0) throw new Refusal("matching.errors.exclusionGone");
  await recordAudit(
    { actorId, action: "matching.include", entityType: "MatchExclusion", entityId: exclusionId, details: { cohortId } },
    tx,
  );
}

/** A published pair whose mentor is being replaced. */
export type Replacing = { pairId: string; mentorId: string };

/**
 * The mentors a waiting mentee may have, best first, published at once: for a mentee whose pair
 * ended, who joined late, or (with `replacing`) whose published pair is to get another mentor before
 * the cohort starts. Null for a mentee who is not waiting (apart from the pair being replaced).
 */
export async function replacementsFor(client: Client, cohortId: string, menteeId: string, replacing: Replacing | null = null) {
  const cohort = await readCohortForMatching(client, cohortId, { without: replacing?.pairId });
  if (!cohort.mentees.some((mentee) => mentee.id === menteeId) || cohort.openPairs.some((pair) => pair.menteeId === menteeId)) return null;
  const ended = await client.pair.findMany({
    where: { cohortId, menteeParticipationId: menteeId, status: "ENDED" },
    orderBy: { endedAt: "desc" },
    select: { mentorParticipationId: true },
  });
  // Earlier partners in this cohort are left out, like partners of earlier cohorts.
  const earlier = [...(replacing ? [replacing.mentorId] : []), ...ended.map((pair) => pair.mentorParticipationId)];
  const input = matchingInput(
    { ...cohort, exclusions: [...cohort.exclusions, ...earlier.map((mentorId) => ({ menteeId, mentorId }))] },
    cohort.openPairs,
  );
  return { cohort, ranked: rankReplacements(input, menteeId, earlier[0] ?? null) };
}
