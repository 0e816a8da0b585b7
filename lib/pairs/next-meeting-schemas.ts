import { z } from "zod";
import { formText } from "@/lib/actions/action-state";
import { now } from "@/lib/clock";
import { wholeNumber } from "@/lib/programmes/programme-schemas";
import { isTimeOfDay, parseCalendarDate, stockholmInstant } from "@/lib/cohorts/stockholm-time";

// The pair's planned next meeting: a date and a time in Stockholm time, how long it is planned to
// take, and where (optional: a video link, a café). It must lie ahead. Safe on the client.

export const nextMeetingLimits = { minutes: { min: 15, max: 480 }, place: 200 } as const;

/** The fields as typed (their text limits show on the form). */
export const nextMeetingFields = z.object({
  date: z
    .string()
    .trim()
    .min(1, { message: "nextMeeting.errors.dateMissing", abort: true })
    .refine((value) => parseCalendarDate(value) !== null, "validation.dateFormat"),
  time: z
    .string()
    .trim()
    .min(1, { message: "nextMeeting.errors.timeMissing", abort: true })
    .refine(isTimeOfDay, "nextMeeting.errors.timeFormat"),
  minutes: wholeNumber(nextMeetingLimits.minutes.min, nextMeetingLimits.minutes.max),
  place: z
    .string()
    .trim()
    .max(nextMeetingLimits.place, "validation.tooLong")
    .transform((text) => text || null),
});

/** The fields read as the instant the meeting starts: in Stockholm time, and ahead of now. */
export const nextMeetingSchema = nextMeetingFields.transform((value, context) => {
  const startsAt = stockholmInstant(value.date, value.time);
  if (startsAt <= now()) {
    context.addIssue({ code: "custom", message: "nextMeeting.errors.notAhead", path: ["date"] });
    return z.NEVER;
  }
  return { startsAt, minutes: value.minutes, place: value.place };
});

export type NextMeetingInput = z.infer<typeof nextMeetingSchema>;

export function nextMeetingFieldsFromForm(formData: FormData) {
  return {
    date: formText(formData, "date"),
    time: formText(formData, "time"),
    minutes: formText(formData, "minutes"),
    place: formText(formData, "place"),
  };
}
