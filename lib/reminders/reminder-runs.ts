import { appUrl } from "@/lib/app-url";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import type { Db } from "@/lib/db/client";
import type { EmailRequest } from "@/lib/email/outbox";
import { outboxRows } from "@/lib/email/outbox-batch";
import type { Locale, ReminderKind } from "@/lib/generated/prisma/client";
import { paths } from "@/lib/paths";

// The reminders, each run by a job of the queue (lib/jobs/job-list.ts) at the time `at` (the
// clock's now). A run finds everyone a reminder of its kind is due to, in SQL, and queues one email
// each in the recipient's language. Each email's dedupeKey, "<kind>:<who>:<period>", is unique in
// the outbox: a reminder goes out once per person, kind and period however many runs find it due,
// at the same time or after a run that died halfway. People who turned the kind off are left out.
//
//   LOG_MEETING      a published pair of a running cohort has logged no meeting for 28 days since
//                    its last meeting or, without one, since it was published; again every 28 days
//                    (the period is the pair and the day it fell due). A meeting the partner says
//                    did not happen is not a meeting held: it does not count. One waiting for its
//                    confirmation does (the reminder to confirm it is the next one).
//   CONFIRM_MEETING  a meeting the partner logged is unconfirmed 3 days later (the period is the
//                    meeting); meetings logged more than 30 days ago are left alone, and so is a
//                    meeting the person said did not happen: they have answered it
//   JOINT_SESSION    a joint session of the person's cohort starts within two days, to every active
//                    participant (the period is the session at its time: a session moved later is
//                    announced again)

export const logMeetingAfterDays = 28;
export const confirmMeetingAfterDays = 3;
export const confirmMeetingUntilDays = 30;
export const jointSessionBeforeDays = 2;

type Recipient = { userId: string; name: string; email: string; locale: Locale; programmeId: string };

type DueLogMeeting = Recipient & {
  role: "MENTOR" | "MENTEE";
  pairId: string;
  partnerName: string | null;
  lastMeeting: Date | null;
  dueOn: string;
};

type DueConfirmMeeting = Recipient & {
  role: "MENTOR" | "MENTEE";
  pairId: string;
  meetingId: string;
  heldOn: Date;
  partnerName: string | null;
};

type DueJointSession = Recipient & {
  role: "MENTOR" | "MENTEE";
  sessionId: string;
  title: string;
  startsAt: Date;
  location: string | null;
  cohort: string;
  programme: string;
};

/** The database's timestamps hold UTC without a zone; this is `at` as one of them. */
const utc = (at: Date) => at.toISOString();

async function dueLogMeeting(db: Db, at: Date): Promise<EmailRequest[]> {
  const today = toStockholmParts(at).date;
  const rows = await db.$queryRaw<DueLogMeeting[]>`
    WITH pairs AS (
      SELECT p."id" AS "pairId", p."mentorParticipationId", p."menteeParticipationId", c."programmeId", last."heldOn" AS "lastMeeting",
             GREATEST((p."publishedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')::date, last."heldOn") AS "anchor"
      FROM "Pair" p
      JOIN "Cohort" c ON c."id" = p."cohortId"
      CROSS JOIN LATERAL (SELECT max(m."heldOn") AS "heldOn" FROM "Meeting" m WHERE m."pairId" = p."id" AND m."disputedAt" IS NULL) last
      WHERE p."status" = 'ACTIVE' AND p."publishedAt" IS NOT NULL AND c."status" <> 'CLOSED' AND c."endDate" >= ${today}::date
    )
    SELECT d."pairId", d."programmeId", d."lastMeeting", side."role", u."id" AS "userId", u."name", u."email", u."locale",
           partner."name" AS "partnerName",
           to_char(d."anchor" + ${logMeetingAfterDays}::int * ((${today}::date - d."anchor") / ${logMeetingAfterDays}::int), 'YYYY-MM-DD') AS "dueOn"
    FROM pairs d
    CROSS JOIN LATERAL (VALUES ('MENTOR', d."mentorParticipationId", d."menteeParticipationId"),
                               ('MENTEE', d."menteeParticipationId", d."mentorParticipationId")) AS side("role", "me", "partner")
    JOIN "Participation" mine ON mine."id" = side."me" AND mine."status" = 'ACTIVE'
    JOIN "User" u ON u."id" = mine."userId"
    JOIN "Participation" theirs ON theirs."id" = side."partner"
    LEFT JOIN "User" partner ON partner."id" = theirs."userId"
    WHERE d."anchor" <= ${today}::date - ${logMeetingAfterDays}::int
      AND u."email" IS NOT NULL AND u."erasedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "ReminderOptOut" o WHERE o."userId" = u."id" AND o."kind" = 'LOG_MEETING')`;
  return rows.map((row) => ({
    ...recipient(row, "LOG_MEETING", `${row.pairId}/${row.dueOn}`),
    template: "reminderLogMeeting",
    params: {
      name: row.name,
      partnerName: row.partnerName ?? "",
      partnerRole: row.role === "MENTOR" ? "MENTEE" : "MENTOR",
      hasMeeting: row.lastMeeting ? "yes" : "no",
      lastMeeting: row.lastMeeting ?? at,
      link: appUrl(paths.pair(row.role, row.pairId)),
    },
  }));
}

async function dueConfirmMeeting(db: Db, at: Date): Promise<EmailRequest[]> {
  const rows = await db.$queryRaw<DueConfirmMeeting[]>`
    SELECT m."id" AS "meetingId", m."heldOn", p."id" AS "pairId", c."programmeId", side."role",
           u."id" AS "userId", u."name", u."email", u."locale", logger."name" AS "partnerName"
    FROM "Meeting" m
    JOIN "Pair" p ON p."id" = m."pairId"
    JOIN "Cohort" c ON c."id" = p."cohortId"
    JOIN "Participation" mentor ON mentor."id" = p."mentorParticipationId"
    JOIN "Participation" mentee ON mentee."id" = p."menteeParticipationId"
    JOIN LATERAL (VALUES ('MENTOR', mentor."userId", mentor."status", mentee."userId"),
                         ('MENTEE', mentee."userId", mentee."status", mentor."userId")) AS side("role", "userId", "status", "partnerId")
      ON side."partnerId" = m."loggedById"
    JOIN "User" u ON u."id" = side."userId"
    LEFT JOIN "User" logger ON logger."id" = m."loggedById"
    WHERE m."confirmedAt" IS NULL AND m."disputedAt" IS NULL
      AND m."createdAt" <= (${utc(at)}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => ${confirmMeetingAfterDays}::int)
      AND m."createdAt" > (${utc(at)}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => ${confirmMeetingUntilDays}::int)
      AND p."status" = 'ACTIVE' AND c."status" <> 'CLOSED' AND side."status" = 'ACTIVE'
      AND u."email" IS NOT NULL AND u."erasedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "ReminderOptOut" o WHERE o."userId" = u."id" AND o."kind" = 'CONFIRM_MEETING')`;
  return rows.map((row) => ({
    ...recipient(row, "CONFIRM_MEETING", row.meetingId),
    template: "reminderConfirmMeeting",
    params: { name: row.name, partnerName: row.partnerName ?? "", heldOn: row.heldOn, link: appUrl(paths.pair(row.role, row.pairId)) },
  }));
}

async function dueJointSession(db: Db, at: Date): Promise<EmailRequest[]> {
  const rows = await db.$queryRaw<DueJointSession[]>`
    SELECT s."id" AS "sessionId", s."title", s."startsAt", s."location", c."name" AS "cohort", pr."name" AS "programme", c."programmeId",
           pa."role", u."id" AS "userId", u."name", u."email", u."locale"
    FROM "JointSession" s
    JOIN "Cohort" c ON c."id" = s."cohortId"
    JOIN "Programme" pr ON pr."id" = c."programmeId"
    JOIN "Participation" pa ON pa."cohortId" = c."id" AND pa."status" = 'ACTIVE'
    JOIN "User" u ON u."id" = pa."userId"
    WHERE s."startsAt" > (${utc(at)}::timestamptz AT TIME ZONE 'UTC')
      AND s."startsAt" <= (${utc(at)}::timestamptz AT TIME ZONE 'UTC') + make_interval(days => ${jointSessionBeforeDays}::int)
      AND c."status" <> 'CLOSED'
      AND u."email" IS NOT NULL AND u."erasedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "ReminderOptOut" o WHERE o."userId" = u."id" AND o."kind" = 'JOINT_SESSION')`;
  return rows.map((row) => ({
    ...recipient(row, "JOINT_SESSION", `${row.sessionId}/${row.startsAt.toISOString()}`),
    template: "reminderJointSession",
    params: {
      name: row.name,
      title: row.title,
      startsAt: row.startsAt,
      hasLocation: row.location ? "yes" : "no",
      location: row.location ?? "",
      cohort: row.cohort,
      programme: row.programme,
      link: appUrl(row.role === "MENTOR" ? paths.mentor() : paths.mentee()),
    },
  }));
}

const dedupeKind: Record<ReminderKind, string> = {
  LOG_MEETING: "logMeeting",
  CONFIRM_MEETING: "confirmMeeting",
  JOINT_SESSION: "jointSession",
};

/** The email's addressing and its dedupeKey, "<kind>:<who>:<period>". */
function recipient(row: Recipient, kind: ReminderKind, period: string) {
  return {
    to: row.email,
    locale: row.locale,
    userId: row.userId,
    programmeId: row.programmeId,
    dedupeKey: `${dedupeKind[kind]}:${row.userId}:${period}`,
    reminderOff: kind,
  };
}

const finders: Record<ReminderKind, (db: Db, at: Date) => Promise<EmailRequest[]>> = {
  LOG_MEETING: dueLogMeeting,
  CONFIRM_MEETING: dueConfirmMeeting,
  JOINT_SESSION: dueJointSession,
};

const chunk = 1_000;

/**
 * Queues the reminders of a kind that are due at `at` and not sent yet. Returns how many it queued;
 * a run at the same time elsewhere may queue some of the same, and the outbox keeps one of each.
 */
export async function sendDueReminders(db: Db, kind: ReminderKind, at: Date): Promise<number> {
  const due = await finders[kind](db, at);
  let queued = 0;
  for (let start = 0; start < due.length; start += chunk) {
    const batch = due.slice(start, start + chunk);
    const sent = await db.outboxEmail.findMany({
      where: { dedupeKey: { in: batch.map((request) => request.dedupeKey!) } },
      select: { dedupeKey: true },
    });
    const already = new Set(sent.map((email) => email.dedupeKey));
    const fresh = batch.filter((request) => !already.has(request.dedupeKey!));
    if (fresh.length === 0) continue;
    const { count } = await db.outboxEmail.createMany({ data: outboxRows(fresh), skipDuplicates: true });
    queued += count;
  }
  return queued;
}
