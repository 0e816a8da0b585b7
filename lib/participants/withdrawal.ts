import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announceEnd } from "@/lib/pairs/pair-emails";

type Tx = Prisma.TransactionClient;

/**
 * A participant leaves the cohort: the participation is marked withdrawn, their proposals leave
 * the matching board, and a running pair ends (the partner is told; a mentee left without a mentor
 * is offered replacements on the board). Runs inside withCohortLock, so the board does not change under it.
 * Returns false when the participation was not taking part.
 */
export async function withdrawParticipation(tx: Tx, participationId: string, reason: string, actorId: string): Promise<boolean> {
  const { count } = await tx.participation.updateMany({
    where: { id: participationId, status: { in: ["INVITED", "ACTIVE"] } },
    data: { status: "WITHDRAWN" },
  });
  if (count === 0) return false;
  const involving = { OR: [{ mentorParticipationId: participationId }, { menteeParticipationId: participationId }] };
  await tx.pair.deleteMany({ where: { ...involving, status: "PROPOSED" } });
  const running = await tx.pair.findMany({ where: { ...involving, status: "ACTIVE" }, select: { id: true } });
  for (const pair of running) {
    await tx.pair.update({ where: { id: pair.id }, data: { status: "ENDED", endedAt: new Date(), endedAs: "EARLY", endReason: reason } });
    await announceEnd(tx, pair.id);
  }
  const participation = await tx.participation.findUniqueOrThrow({
    where: { id: participationId },
    select: { userId: true, cohort: { select: { programmeId: true } } },
  });
  await recordAudit(
    {
      actorId,
      action: "participant.withdraw",
      entityType: "Participation",
      entityId: participationId,
      subjectUserId: participation.userId,
      programmeId: participation.cohort.programmeId,
      details: { endedPairs: running.length },
    },
    tx,
  );
  return true;
}

/** Takes a withdrawn participant back; their earlier pairs stay as they ended. */
export async function reinstateParticipation(tx: Tx, participationId: string, actorId: string): Promise<boolean> {
  const { count } = await tx.participation.updateMany({ where: { id: participationId, status: "WITHDRAWN" }, data: { status: "ACTIVE" } });
  if (count === 0) return false;
  await recordAudit({ actorId, action: "participant.reinstate", entityType: "Participation", entityId: participationId }, tx);
  return true;
}
