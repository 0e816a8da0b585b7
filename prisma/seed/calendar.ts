import type { Random } from "@/lib/demo/random";
import { addDays, addMonths, daysBetween, startOfUtcDay } from "@/tests/factories/dates";

// When the demo cohorts run, all counted from "today" so that the running cohort is always running.

const MONTHS_SV = "januari februari mars april maj juni juli augusti september oktober november december".split(" ");

export type CohortKey = "past1" | "past2" | "past3" | "active" | "matching";
export type Span = { start: Date; end: Date };
export type Timeline = Record<CohortKey | "recruiting", Span>;

export function cohortName(start: Date): string {
  return `Omgång ${MONTHS_SV[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
}

/** The first Tuesday on or after the date (joint sessions are held on Tuesday evenings). */
function tuesdayOnOrAfter(date: Date): Date {
  const day = startOfUtcDay(date);
  return addDays(day, (2 - day.getUTCDay() + 7) % 7);
}

function tuesdayOnOrBefore(date: Date): Date {
  const day = startOfUtcDay(date);
  return addDays(day, -((day.getUTCDay() - 2 + 7) % 7));
}

export function timeline(today: Date): Timeline {
  const span = (start: Date) => ({ start, end: tuesdayOnOrBefore(addMonths(start, 7)) });
  const activeStart = tuesdayOnOrAfter(addMonths(today, -3));
  return {
    past1: span(tuesdayOnOrAfter(addMonths(activeStart, -30))),
    past2: span(tuesdayOnOrAfter(addMonths(activeStart, -18))),
    past3: span(tuesdayOnOrAfter(addMonths(activeStart, -8))),
    active: span(activeStart),
    matching: span(tuesdayOnOrAfter(addDays(today, 28))),
    recruiting: span(tuesdayOnOrAfter(addMonths(today, 4))),
  };
}

/** A day from `from` to `to`, both included. */
export function randomDay(rng: Random, from: Date, to: Date): Date {
  const span = daysBetween(from, to);
  return addDays(startOfUtcDay(from), span > 0 ? rng.int(0, span) : 0);
}
