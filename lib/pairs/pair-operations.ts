import "server-only";
import { Refusal } from "@/lib/actions/refusal";
import { recordAudit } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { replacementsFor, storedEvaluation } from "@/lib/matching-board/board-operations";
import { proposalsVersion } from "@/lib/matching-board/board-version";
import { readCohortForMatching } from "@/lib/matching-board/matching-input";
import { announceEnd, announcePairs } from "@/lib/pairs/pair-emails";

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
    data: { status: "ENDED", endedAt: new Date(), endReason: reason },
  });
  if (count === 0) throw new Refusal("matching.errors.notPublished");
  await announceEnd(tx, pairId);
  await recordAudit({ actorId, action: "pair.end", entityType: "Pair", entityId: pairId, details: { cohortId } }, tx);
}

/**
 * Gives a waiting mentee of a running cohort a mentor, published at once: only a mentor the engine ranks
 * as a replacement (room left, no hard rule broken, not an earlier partner) may be chosen. Both
 * people are emailed as on publishing.
 */
export async function replaceMentor(tx: Tx, cohortId: string, menteeId: string, mentorId: string, actorId: string): Promise<string> {
  const options = await replacementsFor(tx, cohortId, menteeId);
  if (!options) throw new Refusal("matching.errors.notWaiting");
  const choice = options.ranked.find((evaluation) => evaluation.mentorId === mentorId);
  if (!choice) throw new Refusal("matching.errors.notReplacement");
  const now = new Date();
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
  await recordAudit({ actorId, action: "matching.replace", entityType: "Pair", entityId: pair.id, details: { cohortId } }, tx);
  return pair.id;
}
