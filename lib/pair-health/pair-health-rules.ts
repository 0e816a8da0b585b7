// When a pair needs a call from its coordinator, as rules on a pair's facts. Pure: the SQL of
// pair-health-table.ts computes the same flags and order inside PostgreSQL for a whole cohort, and
// the integration tests hold the two against each other on built data.
//
// A pair is flagged when it has
//   noFirstMeeting  held no meeting three weeks (21 days) or more after it was published
//   longGap         held meetings, but none for more than six weeks (42 days)
//   openDispute     a meeting its partner says did not happen
// A disputed meeting does not count as held. Only running (ACTIVE) pairs are flagged; ended ones
// are shown apart with their figures up to the day they ended.
//
// The order in which pairs need a call (the attention group, lowest first):
//   1 no first meeting, 2 a gap over six weeks, 3 an open dispute, 4 fewer meetings held than
//   the programme expects by now, 5 on track, 6 ended. Within a group, the pair that has gone
//   longest without a meeting (or since publishing, without one) comes first.

export const NO_FIRST_MEETING_DAYS = 21;
export const LONG_GAP_DAYS = 42;

export const HEALTH_FLAGS = ["noFirstMeeting", "longGap", "openDispute"] as const;
export type HealthFlag = (typeof HEALTH_FLAGS)[number];

/** What the rules read of a pair, counted up to today (or the day it ended). */
export type HealthFacts = {
  status: "ACTIVE" | "ENDED";
  /** Days from the day it was published to today (or the day it ended). */
  daysSincePublished: number;
  /** Meetings held: logged, not disputed, not after today. */
  held: number;
  /** Days since the last meeting held; null without one. */
  daysSinceLast: number | null;
  /** Meetings the partner disputed. */
  openDisputes: number;
  /** The programme's expected days between meetings (30 = monthly). */
  intervalDays: number;
};

export type Health = {
  flags: HealthFlag[];
  /** Meetings the programme expects by now: one per interval since publishing. */
  expected: number;
  /** Fewer meetings held than expected. */
  behind: boolean;
  /** 1 (call first) … 6 (ended); see above. */
  attention: number;
  /** Days without a meeting: since the last one, or since publishing without one. */
  daysWithout: number;
};

export function expectedMeetings(daysSincePublished: number, intervalDays: number): number {
  if (intervalDays <= 0 || daysSincePublished <= 0) return 0;
  return Math.floor(daysSincePublished / intervalDays);
}

export function healthOf(facts: HealthFacts): Health {
  const running = facts.status === "ACTIVE";
  const expected = expectedMeetings(facts.daysSincePublished, facts.intervalDays);
  const flags: HealthFlag[] = [];
  if (running && facts.held === 0 && facts.daysSincePublished >= NO_FIRST_MEETING_DAYS) flags.push("noFirstMeeting");
  if (running && facts.held > 0 && facts.daysSinceLast !== null && facts.daysSinceLast > LONG_GAP_DAYS) flags.push("longGap");
  if (running && facts.openDisputes > 0) flags.push("openDispute");
  const behind = running && facts.held < expected;
  const attention = !running
    ? 6
    : flags.includes("noFirstMeeting")
      ? 1
      : flags.includes("longGap")
        ? 2
        : flags.includes("openDispute")
          ? 3
          : behind
            ? 4
            : 5;
  return { flags, expected, behind, attention, daysWithout: facts.daysSinceLast ?? Math.max(0, facts.daysSincePublished) };
}

/** The order of the health page: the pair that needs a call most first; ties by name, then id. */
export function compareAttention(
  a: Pick<Health, "attention" | "daysWithout"> & { sortName: string; id: string },
  b: Pick<Health, "attention" | "daysWithout"> & { sortName: string; id: string },
): number {
  if (a.attention !== b.attention) return a.attention - b.attention;
  if (a.daysWithout !== b.daysWithout) return b.daysWithout - a.daysWithout;
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
