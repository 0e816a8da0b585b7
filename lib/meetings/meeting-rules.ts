import { formatCalendarDate, parseCalendarDate, toStockholmParts } from "@/lib/cohorts/stockholm-time";

// The rules of a logged meeting, pure: the days it may be said to have happened on, how long its
// author may change it, what state it is in, and which changes ask the partner to confirm again.
// Days are Stockholm's days, as the people of a programme live them.

/** The author may change or delete a meeting for this many days after logging it. */
export const CHANGE_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

export type MeetingState = "waiting" | "confirmed" | "disputed";

export function meetingState(meeting: { confirmedAt: Date | null; disputedAt: Date | null }): MeetingState {
  if (meeting.disputedAt) return "disputed";
  return meeting.confirmedAt ? "confirmed" : "waiting";
}

/** Today in Stockholm, as "YYYY-MM-DD". */
export function stockholmToday(at: Date): string {
  return toStockholmParts(at).date;
}

/**
 * What is wrong with the day a meeting is said to have happened on: a day after today (in
 * Stockholm), or a day before the pair was published. Null when the day may be logged.
 */
export function heldOnProblem(heldOn: string, publishedAt: Date | null, at: Date): string | null {
  const day = parseCalendarDate(heldOn);
  if (!day) return "validation.dateFormat";
  if (formatCalendarDate(day) > stockholmToday(at)) return "meetings.errors.dateInFuture";
  if (publishedAt && formatCalendarDate(day) < stockholmToday(publishedAt)) return "meetings.errors.beforePublished";
  return null;
}

/** The first day a meeting of the pair may be logged on ("YYYY-MM-DD"), for the date field's `min`. */
export function firstMeetingDay(publishedAt: Date | null): string | undefined {
  return publishedAt ? stockholmToday(publishedAt) : undefined;
}

/** Whether the author may still change or delete a meeting logged at `loggedAt`. */
export function withinChangeWindow(loggedAt: Date, at: Date): boolean {
  return at.getTime() - loggedAt.getTime() < CHANGE_WINDOW_DAYS * DAY_MS;
}

/** The last moment the author may change a meeting logged at `loggedAt`. */
export function changeWindowEnds(loggedAt: Date): Date {
  return new Date(loggedAt.getTime() + CHANGE_WINDOW_DAYS * DAY_MS);
}

export type MeetingFacts = {
  heldOn: Date;
  durationMinutes: number;
  mode: string;
  topics: string[];
  sharedNotes: string | null;
};

/** The facts that say whether and when the meeting happened: a change to one asks the partner again. */
const FACTS_TO_CONFIRM = ["heldOn", "durationMinutes", "mode"] as const;

/** The names of the fields an edit changes (the private note is never named here; it is its author's alone). */
export function changedFields(before: MeetingFacts, after: MeetingFacts): Array<keyof MeetingFacts> {
  const changed: Array<keyof MeetingFacts> = [];
  if (before.heldOn.getTime() !== after.heldOn.getTime()) changed.push("heldOn");
  if (before.durationMinutes !== after.durationMinutes) changed.push("durationMinutes");
  if (before.mode !== after.mode) changed.push("mode");
  if ([...before.topics].sort().join(",") !== [...after.topics].sort().join(",")) changed.push("topics");
  if ((before.sharedNotes ?? "") !== (after.sharedNotes ?? "")) changed.push("sharedNotes");
  return changed;
}

/**
 * Whether an edit asks the partner to confirm again: the partner confirmed (or disputed) a meeting
 * on a day, of a length, in a way; a change to any of those is a meeting they have not seen.
 * Topics and notes are the author's account of it and leave the partner's answer standing.
 */
export function asksPartnerAgain(changed: ReadonlyArray<keyof MeetingFacts>): boolean {
  return changed.some((field) => (FACTS_TO_CONFIRM as readonly string[]).includes(field));
}
