import "server-only";
import { appUrl } from "@/lib/app-url";
import type { EmailRequest } from "@/lib/email/outbox";
import { outboxRows } from "@/lib/email/outbox-batch";
import type { Prisma } from "@/lib/generated/prisma/client";
import { textIn } from "@/lib/i18n/bilingual";
import { paths } from "@/lib/paths";

// What the two people of a pair are told when their pair is published or ends early. The emails go
// into the outbox in the transaction of the change they report, so a change rolled back sends nothing.

type Tx = Prisma.TransactionClient;

const personSelect = {
  id: true,
  phone: true,
  user: { select: { id: true, name: true, email: true, locale: true } },
} as const;

type Person = Prisma.ParticipationGetPayload<{ select: typeof personSelect }>;
type Recipient = Person & { user: NonNullable<Person["user"]> & { email: string } };
type PairOfPeople = { id: string; mentor: Person; mentee: Person };

/**
 * One email to each person of each pair who can receive one, written for their side; all of them
 * go into the outbox in one statement.
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
      nameEn: true,
      programme: { select: { id: true, name: true, nameEn: true } },
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
    select: { id: true, publishedAt: true, mentor: { select: personSelect }, mentee: { select: personSelect } },
  });
  const publishedAt = new Map(pairs.map((pair) => [pair.id, pair.publishedAt?.getTime() ?? 0]));
  const session = cohort.sessions[0];
  await emailBothSides(tx, pairs, (pair, me, partner, side) => ({
    template: "pairPublished",
    programmeId: cohort.programme.id,
    // A pair taken back and published again is announced again.
    dedupeKey: `pairPublished:${pair.id}:${me.id}:${publishedAt.get(pair.id)}`,
    params: {
      name: me.user.name,
      partnerName: partner.user?.name ?? "",
      partnerRole: side === "MENTOR" ? "MENTEE" : "MENTOR",
      contact: [partner.user?.email, partner.phone].filter(Boolean).join(", "),
      cohort: textIn(me.user.locale, cohort.name, cohort.nameEn),
      programme: textIn(me.user.locale, cohort.programme.name, cohort.programme.nameEn),
      hasSession: session ? "yes" : "no",
      sessionTitle: session?.title ?? "",
      sessionAt: session?.startsAt ?? new Date(),
      link: appUrl(side === "MENTOR" ? paths.mentor() : paths.mentee()),
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
      cohort: { select: { name: true, nameEn: true, programme: { select: { id: true, name: true, nameEn: true } } } },
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
      cohort: textIn(me.user.locale, pair.cohort.name, pair.cohort.nameEn),
      programme: textIn(me.user.locale, pair.cohort.programme.name, pair.cohort.programme.nameEn),
    },
  }));
}

/**
 * Tells both people of a published pair taken back before the cohort started (to be corrected, or
 * replaced by another mentor) that it no longer holds; the coordinator tells them what comes next.
 */
export async function announceWithdrawn(tx: Tx, pairId: string): Promise<void> {
  const pair = await tx.pair.findUniqueOrThrow({
    where: { id: pairId },
    select: {
      id: true,
      cohort: { select: { name: true, programme: { select: { id: true, name: true } } } },
      mentor: { select: personSelect },
      mentee: { select: personSelect },
    },
  });
  const at = Date.now();
  await emailBothSides(tx, [pair], (_pair, me, partner) => ({
    template: "pairWithdrawn",
    programmeId: pair.cohort.programme.id,
    dedupeKey: `pairWithdrawn:${pair.id}:${me.id}:${at}`,
    params: { name: me.user.name, partnerName: partner.user?.name ?? "", cohort: pair.cohort.name, programme: pair.cohort.programme.name },
  }));
}
