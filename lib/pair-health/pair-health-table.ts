import type { Db } from "@/lib/db/client";
import type { OutcomeType, PairEnd } from "@/lib/generated/prisma/client";
import { HEALTH_FLAGS, LONG_GAP_DAYS, NO_FIRST_MEETING_DAYS, type HealthFlag } from "@/lib/pair-health/pair-health-rules";

// A cohort's pair health in one query: every published pair (running or ended) with its meetings
// and outcomes counted, its flags and its place in the order of who needs a call, all computed in
// PostgreSQL (the rules are written out in pair-health-rules.ts; the tests hold the two together).
// "Today" is a calendar date in Stockholm, from lib/clock's now(), so tests can let time pass.
// Days are counted up to today, or for an ended pair up to the day it ended.

export const OUTCOME_TYPES = [
  "USEFUL_REFERENCE",
  "JOB_INTERVIEW",
  "JOB_OFFER",
  "JOB_STARTED",
  "INTRODUCTION",
] as const satisfies readonly OutcomeType[];

export type PairHealthRow = {
  id: string;
  status: "ACTIVE" | "ENDED";
  endedAs: PairEnd | null;
  /** Calendar dates, YYYY-MM-DD. */
  publishedOn: string;
  endedOn: string | null;
  mentorName: string | null;
  menteeName: string | null;
  /** Meetings logged, whatever became of them. */
  logged: number;
  /** Confirmed by the partner and not disputed. */
  confirmed: number;
  /** Not disputed, not after today: these count as held. */
  held: number;
  openDisputes: number;
  lastHeldOn: string | null;
  daysSinceLast: number | null;
  daysSincePublished: number;
  intervalDays: number;
  expected: number;
  behind: boolean;
  flags: HealthFlag[];
  attention: number;
  daysWithout: number;
  /** The name the order breaks ties by: the mentee's, then the mentor's. */
  sortName: string;
  outcomes: Record<(typeof OUTCOME_TYPES)[number], number>;
  note: { text: string; updatedAt: Date; updatedBy: string | null } | null;
};

type Raw = Omit<PairHealthRow, "flags" | "outcomes" | "note"> & {
  noFirstMeeting: boolean;
  longGap: boolean;
  openDispute: boolean;
  useful: number;
  interviews: number;
  offers: number;
  started: number;
  introductions: number;
  noteText: string | null;
  noteUpdatedAt: Date | null;
  noteUpdatedBy: string | null;
};

/** The cohort's published pairs, the ones that need a call first; ended pairs last. */
export async function queryPairHealth(db: Db, cohortId: string, today: string): Promise<PairHealthRow[]> {
  const rows = await db.$queryRaw<Raw[]>`
    WITH pairs AS (
      SELECT p."id", p."status"::text AS "status", p."endedAs", pr."meetingIntervalDays" AS "intervalDays",
             (p."publishedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')::date AS "publishedOn",
             (p."endedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Stockholm')::date AS "endedOn",
             mentor."name" AS "mentorName", mentee."name" AS "menteeName"
      FROM "Pair" p
      JOIN "Cohort" c ON c."id" = p."cohortId"
      JOIN "Programme" pr ON pr."id" = c."programmeId"
      JOIN "Participation" mp ON mp."id" = p."mentorParticipationId"
      JOIN "Participation" ep ON ep."id" = p."menteeParticipationId"
      LEFT JOIN "User" mentor ON mentor."id" = mp."userId"
      LEFT JOIN "User" mentee ON mentee."id" = ep."userId"
      WHERE p."cohortId" = ${cohortId}::uuid AND p."status" IN ('ACTIVE', 'ENDED') AND p."publishedAt" IS NOT NULL
    ),
    span AS (
      SELECT pairs.*,
             CASE WHEN pairs."status" = 'ENDED' AND pairs."endedOn" IS NOT NULL AND pairs."endedOn" < ${today}::date
                  THEN pairs."endedOn" ELSE ${today}::date END AS "until"
      FROM pairs
    ),
    met AS (
      SELECT m."pairId",
             count(*)::int AS "logged",
             count(*) FILTER (WHERE m."confirmedAt" IS NOT NULL AND m."disputedAt" IS NULL)::int AS "confirmed",
             count(*) FILTER (WHERE m."disputedAt" IS NULL AND m."heldOn" <= s."until")::int AS "held",
             count(*) FILTER (WHERE m."disputedAt" IS NOT NULL)::int AS "openDisputes",
             max(m."heldOn") FILTER (WHERE m."disputedAt" IS NULL AND m."heldOn" <= s."until") AS "lastHeldOn"
      FROM "Meeting" m
      JOIN span s ON s."id" = m."pairId"
      GROUP BY m."pairId"
    ),
    outcome AS (
      SELECT o."pairId",
             count(*) FILTER (WHERE o."type" = 'USEFUL_REFERENCE')::int AS "useful",
             count(*) FILTER (WHERE o."type" = 'JOB_INTERVIEW')::int AS "interviews",
             count(*) FILTER (WHERE o."type" = 'JOB_OFFER')::int AS "offers",
             count(*) FILTER (WHERE o."type" = 'JOB_STARTED')::int AS "started",
             count(*) FILTER (WHERE o."type" = 'INTRODUCTION')::int AS "introductions"
      FROM "OutcomeEvent" o
      JOIN pairs ON pairs."id" = o."pairId"
      GROUP BY o."pairId"
    ),
    facts AS (
      SELECT s.*,
             COALESCE(met."logged", 0) AS "logged",
             COALESCE(met."confirmed", 0) AS "confirmed",
             COALESCE(met."held", 0) AS "held",
             COALESCE(met."openDisputes", 0) AS "openDisputes",
             met."lastHeldOn",
             (s."until" - met."lastHeldOn") AS "daysSinceLast",
             (s."until" - s."publishedOn") AS "daysSincePublished",
             COALESCE(outcome."useful", 0) AS "useful",
             COALESCE(outcome."interviews", 0) AS "interviews",
             COALESCE(outcome."offers", 0) AS "offers",
             COALESCE(outcome."started", 0) AS "started",
             COALESCE(outcome."introductions", 0) AS "introductions"
      FROM span s
      LEFT JOIN met ON met."pairId" = s."id"
      LEFT JOIN outcome ON outcome."pairId" = s."id"
    ),
    judged AS (
      SELECT f.*,
             CASE WHEN f."intervalDays" > 0 AND f."daysSincePublished" > 0 THEN f."daysSincePublished" / f."intervalDays" ELSE 0 END AS "expected",
             (f."status" = 'ACTIVE' AND f."held" = 0 AND f."daysSincePublished" >= ${NO_FIRST_MEETING_DAYS}::int) AS "noFirstMeeting",
             (f."status" = 'ACTIVE' AND f."held" > 0 AND f."daysSinceLast" > ${LONG_GAP_DAYS}::int) AS "longGap",
             (f."status" = 'ACTIVE' AND f."openDisputes" > 0) AS "openDispute",
             COALESCE(f."daysSinceLast", GREATEST(f."daysSincePublished", 0)) AS "daysWithout",
             COALESCE(f."menteeName", '') || ' ' || COALESCE(f."mentorName", '') AS "sortName"
      FROM facts f
    ),
    ranked AS (
      SELECT j.*,
             (j."status" = 'ACTIVE' AND j."held" < j."expected") AS "behind",
             CASE WHEN j."status" <> 'ACTIVE' THEN 6
                  WHEN j."noFirstMeeting" THEN 1
                  WHEN j."longGap" THEN 2
                  WHEN j."openDispute" THEN 3
                  WHEN j."held" < j."expected" THEN 4
                  ELSE 5 END AS "attention"
      FROM judged j
    )
    SELECT r."id", r."status", r."endedAs", to_char(r."publishedOn", 'YYYY-MM-DD') AS "publishedOn",
           to_char(r."endedOn", 'YYYY-MM-DD') AS "endedOn", r."mentorName", r."menteeName",
           r."logged", r."confirmed", r."held", r."openDisputes", to_char(r."lastHeldOn", 'YYYY-MM-DD') AS "lastHeldOn",
           r."daysSinceLast", r."daysSincePublished", r."intervalDays", r."expected", r."behind",
           r."noFirstMeeting", r."longGap", r."openDispute", r."attention", r."daysWithout", r."sortName",
           r."useful", r."interviews", r."offers", r."started", r."introductions",
           n."text" AS "noteText", n."updatedAt" AS "noteUpdatedAt", updater."name" AS "noteUpdatedBy"
    FROM ranked r
    LEFT JOIN "PairCoordinatorNote" n ON n."pairId" = r."id"
    LEFT JOIN "User" updater ON updater."id" = n."updatedById"
    ORDER BY r."attention", r."daysWithout" DESC, r."sortName" COLLATE "C", r."id"`;

  return rows.map(
    ({
      noFirstMeeting,
      longGap,
      openDispute,
      useful,
      interviews,
      offers,
      started,
      introductions,
      noteText,
      noteUpdatedAt,
      noteUpdatedBy,
      ...row
    }) => {
      const set = { noFirstMeeting, longGap, openDispute };
      return {
        ...row,
        flags: HEALTH_FLAGS.filter((flag) => set[flag]),
        outcomes: {
          USEFUL_REFERENCE: useful,
          JOB_INTERVIEW: interviews,
          JOB_OFFER: offers,
          JOB_STARTED: started,
          INTRODUCTION: introductions,
        },
        note: noteText === null ? null : { text: noteText, updatedAt: noteUpdatedAt!, updatedBy: noteUpdatedBy },
      };
    },
  );
}
