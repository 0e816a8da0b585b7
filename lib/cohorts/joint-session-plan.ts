import { addCalendarDays, formatCalendarDate, stockholmInstant } from "@/lib/cohorts/stockholm-time";

// The joint sessions a new cohort starts with: the programme's number of sessions spread evenly
// from the first day to the last (three sessions: start, middle, end), in the early evening when
// working mentors can come. Coordinators move them afterwards; this is only a sensible first plan.

export const DEFAULT_SESSION_START = "17:00";
export const DEFAULT_SESSION_END = "19:00";

/** Which default title a session gets; the words come from the coordinator's language. */
export type SessionTitleKind = { kind: "kickoff" } | { kind: "midway" } | { kind: "closing" } | { kind: "numbered"; number: number };

export type PlannedSession = { ordinal: number; title: SessionTitleKind; startsAt: Date; endsAt: Date };

function titleFor(index: number, count: number): SessionTitleKind {
  if (index === 0) return { kind: "kickoff" };
  if (index === count - 1) return { kind: "closing" };
  if (count % 2 === 1 && index === (count - 1) / 2) return { kind: "midway" };
  return { kind: "numbered", number: index + 1 };
}

/** `count` sessions between two calendar dates (UTC midnight), both ends included. */
export function planJointSessions(startDate: Date, endDate: Date, count: number): PlannedSession[] {
  const span = Math.max(0, Math.round((endDate.getTime() - startDate.getTime()) / 86_400_000));
  return Array.from({ length: Math.max(0, count) }, (_, index) => {
    const offset = count === 1 ? 0 : Math.round((index * span) / (count - 1));
    const day = formatCalendarDate(addCalendarDays(startDate, offset));
    return {
      ordinal: index + 1,
      title: titleFor(index, count),
      startsAt: stockholmInstant(day, DEFAULT_SESSION_START),
      endsAt: stockholmInstant(day, DEFAULT_SESSION_END),
    };
  });
}
