import "server-only";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/audit";
import { enqueueEmail } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BoardRefusal } from "@/lib/matching-board/board-transaction";
import { readCohortForMatching } from "@/lib/matching-board/matching-input";

type Tx = Prisma.TransactionClient;

const personSelect = {
  id: true,
  phone: true,
  user: { select: { id: true, name: true, email: true, locale: true } },
} as const;

/**
 * Publishes every proposal of the cohort: each becomes an active pair, and both people are
 * emailed. `expected` is the number the coordinator confirmed: when the board has changed since,
 * nothing is published. Returns how many pairs were published.
 */
export async function publishProposals(tx: Tx, cohortId: string, actorId: string, expected: number): Promise<number> {
  const cohort = await readCohortForMatching(tx, cohortId);
  const proposals = cohort.openPairs.filter((pair) => pair.status === "PROPOSED");
  if (proposals.length === 0) throw new BoardRefusal("nothingToPublish");
  if (proposals.length !== expected) throw new BoardRefusal("boardChanged");
  // Someone who has left the cohort since, or a mentor who has lowered their capacity, stops it.
  const takingPart = new Set([...cohort.mentees.map((mentee) => mentee.id), ...cohort.profileCapacity.keys()]);
  if (!proposals.every((pair) => takingPart.has(pair.menteeId) && takingPart.has(pair.mentorId))) throw new BoardRefusal("notInCohort");
  const load = new Map<string, number>();
  for (const pair of cohort.openPairs) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  if ([...load].some(([mentorId, used]) => used > (cohort.profileCapacity.get(mentorId) ?? 0))) throw new BoardRefusal("overCapacity");
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
 * Emails both people of each newly published pair, in their own language: the partner's name and
 * contact, and the cohort's next joint session. Returns the programme's id.
 */
export async function announcePairs(tx: Tx, cohortId: string, pairIds: string[]): Promise<string> {
  const cohort = await tx.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      name: true,
      programme: { select: { id: true, name: true } },
      sessions: {
        where: { startsAt: { gt: new Date() } },
        orderBy: { startsAt: "asc" },
        take: 1,
        select: { title: true, startsAt: true },
      },
    },
  });
  const pairs = await tx.pair.findMany({
    where: { id: { in: pairIds }, cohortId },
    select: { id: true, mentor: { select: personSelect }, mentee: { select: personSelect } },
  });
  const session = cohort.sessions[0];
  for (const pair of pairs) {
    const sides = [
      { me: pair.mentor, partner: pair.mentee, partnerRole: "MENTEE", home: "/mentor" },
      { me: pair.mentee, partner: pair.mentor, partnerRole: "MENTOR", home: "/mentee" },
    ];
    for (const { me, partner, partnerRole, home } of sides) {
      if (!me.user?.email) continue;
      await enqueueEmail(tx, {
        to: me.user.email,
        locale: me.user.locale,
        template: "pairPublished",
        userId: me.user.id,
        programmeId: cohort.programme.id,
        dedupeKey: `pairPublished:${pair.id}:${me.id}`,
        params: {
          name: me.user.name,
          partnerName: partner.user?.name ?? "",
          partnerRole,
          contact: [partner.user?.email, partner.phone].filter(Boolean).join(", "),
          cohort: cohort.name,
          programme: cohort.programme.name,
          hasSession: session ? "yes" : "no",
          sessionTitle: session?.title ?? "",
          sessionAt: session?.startsAt ?? new Date(),
          link: appUrl(home),
        },
      });
    }
  }
  return cohort.programme.id;
}

/**
 * Tells both people of a pair that ended early, in their own language: the mentee that a new
 * mentor is being looked for, the mentor that the coordinator will be in touch. The reason stays
 * with the coordinators.
 */
export async function announceEnd(tx: Tx, pairId: string): Promise<void> {
  const pair = await tx.pair.findUniqueOrThrow({
    where: { id: pairId },
    select: {
      id: true,
      cohort: { select: { name: true, programme: { select: { id: true, name: true } } } },
      mentor: { select: personSelect },
      mentee: { select: personSelect },
    },
  });
  const sides = [
    { me: pair.mentor, partner: pair.mentee, role: "MENTOR" },
    { me: pair.mentee, partner: pair.mentor, role: "MENTEE" },
  ];
  for (const { me, partner, role } of sides) {
    if (!me.user?.email) continue;
    await enqueueEmail(tx, {
      to: me.user.email,
      locale: me.user.locale,
      template: "pairEnded",
      userId: me.user.id,
      programmeId: pair.cohort.programme.id,
      dedupeKey: `pairEnded:${pair.id}:${me.id}`,
      params: {
        name: me.user.name,
        partnerName: partner.user?.name ?? "",
        role,
        cohort: pair.cohort.name,
        programme: pair.cohort.programme.name,
      },
    });
  }
}
