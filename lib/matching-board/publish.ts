import "server-only";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/audit";
import type { EmailRequest } from "@/lib/email/outbox";
import { outboxRows } from "@/lib/email/outbox-batch";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/actions/refusal";
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
  if (proposals.length === 0) throw new Refusal("matching.errors.nothingToPublish");
  if (proposals.length !== expected) throw new Refusal("matching.errors.boardChanged");
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

type Person = Prisma.ParticipationGetPayload<{ select: typeof personSelect }>;
type Recipient = Person & { user: NonNullable<Person["user"]> & { email: string } };
type PairOfPeople = { id: string; mentor: Person; mentee: Person };

/**
 * One email to each person of each pair who can receive one, written for their side; all of them
 * go into the outbox in one statement, in the transaction of the change they report.
 */
async function emailBothSides(
  tx: Tx,
  pairs: PairOfPeople[],
  write: (pair: PairOfPeople, me: Recipient, partner: Person, side: "MENTOR" | "MENTEE") => Omit<EmailRequest, "to" | "locale" | "userId">,
): Promise<void> {
  const requests: EmailRequest[] = [];
  for (const pair of pairs) {
    for (const [me, partner, side] of [
      [pair.mentor, pair.mentee, "MENTOR"],
      [pair.mentee, pair.mentor, "MENTEE"],
    ] as const) {
      const email = me.user?.email;
      if (!me.user || !email) continue;
      const recipient: Recipient = { ...me, user: { ...me.user, email } };
      requests.push({ ...write(pair, recipient, partner, side), to: email, locale: me.user.locale, userId: me.user.id });
    }
  }
  if (requests.length) await tx.outboxEmail.createMany({ data: outboxRows(requests), skipDuplicates: true });
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
  await emailBothSides(tx, pairs, (pair, me, partner, side) => ({
    template: "pairPublished",
    programmeId: cohort.programme.id,
    dedupeKey: `pairPublished:${pair.id}:${me.id}`,
    params: {
      name: me.user.name,
      partnerName: partner.user?.name ?? "",
      partnerRole: side === "MENTOR" ? "MENTEE" : "MENTOR",
      contact: [partner.user?.email, partner.phone].filter(Boolean).join(", "),
      cohort: cohort.name,
      programme: cohort.programme.name,
      hasSession: session ? "yes" : "no",
      sessionTitle: session?.title ?? "",
      sessionAt: session?.startsAt ?? new Date(),
      link: appUrl(side === "MENTOR" ? "/mentor" : "/mentee"),
    },
  }));
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
  await emailBothSides(tx, [pair], (_pair, me, partner, side) => ({
    template: "pairEnded",
    programmeId: pair.cohort.programme.id,
    dedupeKey: `pairEnded:${pair.id}:${me.id}`,
    params: {
      name: me.user.name,
      partnerName: partner.user?.name ?? "",
      role: side,
      cohort: pair.cohort.name,
      programme: pair.cohort.programme.name,
    },
  }));
}
