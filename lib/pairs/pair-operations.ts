import "server-only";
import { Refusal } from "@/lib/actions/refusal";
import { recordAudit } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { replacementsFor, storedEvaluation, type Replacing } from "@/lib/matching-board/board-operations";
import { proposalsVersion } from "@/lib/matching-board/board-version";
import { readCohortForMatching } from "@/lib/matching-board/matching-input";
import { announceEnd, announcePairs, announceWithdrawn } from "@/lib/pairs/pair-emails";

// What happens to a pair once the board's proposal becomes real: it is published, it may end
// early, and its mentee may get a new mentor, published at once. Each function runs inside
// withCohortLock's transaction (lib/cohorts/cohort-lock.ts) and throws a Refusal when the change
// does not hold; both people are emailed in the same transaction.

type Tx = Prisma.TransactionClient;

/**
 * Publishes every proposal of the cohort: each becomes an active pair, and both people are
 * emailed. `confirmed` is the version of the proposals the coordinator saw when confirming: when
 * any proposal has changed since, nothing is published. Returns how many pairs were published.
 */
export async function publishProposals(tx: Tx, cohortId: string, actorId: string, confirmed: string): Promise<number> {
  const cohort = await readCohortForMatching(tx, cohortId);
  const proposals = cohort.openPairs.filter((pair) => pair.status === "PROPOSED");
  if (proposals.length === 0) throw new Refusal("matching.errors.nothingToPublish");
  if (proposalsVersion(proposals.map((pair) => pair.id)) !== confirmed) throw new Refusal("matching.errors.boardChanged");
  // Someone who has left the cohort since, or a mentor who has lowered their capacity, stops it.
  const takingPart = new Set([...cohort.mentees.map((mentee) => mentee.id), ...cohort.profileCapacity.keys()]);
  if (!proposals.every((pair) => takingPart.has(pair.menteeId) && takingPart.has(pair.mentorId)))
    throw new Refusal("matching.errors.notInCohort");
  const load = new Map<string, number>();
  for (const pair of cohort.openPairs) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  if ([...load].some(([mentorId, used]) => used > (cohort.profileCapacity.get(mentorId) ?? 0)))
    throw new Refusal("matching.errors.overCapacity");
  const ids = proposals.map((pair) => pair.id);
  await tx.pair.updateMany({ where: { id: { in: ids } }, data: { status: "ACTIVE", publishedAt: new Date(), locked: false } });
  const programmeId = await announcePairs(tx, cohortId, ids);
  await recordAudit(
    { actorId, action: "matching.publish", entityType: "Cohort", entityId: cohortId, programmeId, details: { pairs: ids.length } },
    tx,
  );
  return ids.length;
}

/**
 * Ends a running pair early, with the coordinator's reason; both people are told, and the mentee
 * goes back to the pool.
 */
export async function endPair(tx: Tx, cohortId: string, pairId: string, reason: string, actorId: string): Promise<void> {
  const { count } = await tx.pair.updateMany({
    where: { id: pairId, cohortId, status: "ACTIVE" },
    data: { status: "ENDED", endedAt: new Date(), endedAs: "EARLY", endReason: reason },
  });
  if (count === 0) throw new Refusal("matching.errors.notPublished");
  await announceEnd(tx, pairId);
  await recordAudit({ actorId, action: "pair.end", entityType: "Pair", entityId: pairId, details: { cohortId } }, tx);
}

/**
 * Takes a published pair back before the cohort starts: it becomes an accepted proposal again, to
 * correct and publish anew, and both people are told it no longer holds. A pair that has logged
 * meetings has started and is ended instead.
 */
export async function unpublishPair(tx: Tx, cohortId: string, pairId: string, actorId: string): Promise<void> {
  const pair = await publishedPair(tx, cohortId, pairId);
  await tx.pair.update({
    where: { id: pair.id },
    data: { status: "PROPOSED", publishedAt: null, acceptedAt: pair.acceptedAt ?? new Date(), locked: false },
  });
  await announceWithdrawn(tx, pair.id);
  await recordAudit({ actorId, action: "matching.unpublish", entityType: "Pair", entityId: pair.id, details: { cohortId } }, tx);
}

/** A published pair of the cohort that has not started (no meeting logged), or a refusal. */
async function publishedPair(tx: Tx, cohortId: string, pairId: string) {
  const pair = await tx.pair.findFirst({
    where: { id: pairId, cohortId, status: "ACTIVE" },
    select: {
      id: true,
      menteeParticipationId: true,
      mentorParticipationId: true,
      acceptedAt: true,
      _count: { select: { meetings: true } },
    },
  });
  if (!pair) throw new Refusal("matching.errors.notPublished");
  if (pair._count.meetings > 0) throw new Refusal("matching.errors.hasMeetings");
  return pair;
}

/**
 * Gives a waiting mentee a mentor, published at once: only a mentor the engine ranks as a
 * replacement (room left, no hard rule broken, not an earlier partner) may be chosen. Both people
 * are emailed as on publishing. With `replacingPairId`, the mentee's published pair is replaced
 * before the cohort starts: it ends, and both of its people are told it no longer holds.
 */
export async function replaceMentor(
  tx: Tx,
  cohortId: string,
  menteeId: string,
  mentorId: string,
  actorId: string,
  replacingPairId: string | null = null,
): Promise<string> {
  let replacing: Replacing | null = null;
  if (replacingPairId) {
    const old = await publishedPair(tx, cohortId, replacingPairId);
    if (old.menteeParticipationId !== menteeId) throw new Refusal("matching.errors.notPublished");
    replacing = { pairId: old.id, mentorId: old.mentorParticipationId };
  }
  const options = await replacementsFor(tx, cohortId, menteeId, replacing);
  if (!options) throw new Refusal("matching.errors.notWaiting");
  const choice = options.ranked.find((evaluation) => evaluation.mentorId === mentorId);
  if (!choice) throw new Refusal("matching.errors.notReplacement");
  const now = new Date();
  if (replacing) {
    await tx.pair.update({ where: { id: replacing.pairId }, data: { status: "ENDED", endedAt: now, endedAs: "REPLACED_BEFORE_START" } });
    await announceWithdrawn(tx, replacing.pairId);
  }
  const pair = await tx.pair.create({
    data: {
      cohortId,
      mentorParticipationId: mentorId,
      menteeParticipationId: menteeId,
      status: "ACTIVE",
      source: "MANUAL",
      acceptedAt: now,
      publishedAt: now,
      ...storedEvaluation(choice),
    },
    select: { id: true },
  });
  await announcePairs(tx, cohortId, [pair.id]);
  await recordAudit(
    {
      actorId,
      action: "matching.replace",
      entityType: "Pair",
      entityId: pair.id,
      details: { cohortId, replaced: replacing?.pairId ?? null },
    },
    tx,
  );
  return pair.id;
}
