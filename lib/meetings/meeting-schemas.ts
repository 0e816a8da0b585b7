import { z } from "zod";
import { formText } from "@/lib/actions/action-state";
import { parseCalendarDate } from "@/lib/cohorts/stockholm-time";
import { wholeNumberBetween } from "@/lib/profiles/profile-fields";

// Inputs of the meeting forms: logging or changing a meeting, and saying it did not happen. Safe to
// import on the client. Dates arrive as "YYYY-MM-DD" (a day in Stockholm); messages are keys into
// messages/*.json. Whether the day is in the future or before the pair was published is asked of
// the clock and the pair when the form is sent (meeting-rules.ts), next to the date all the same.

export const MEETING_MODES = ["IN_PERSON", "VIDEO", "PHONE"] as const;

export const MEETING_TOPICS = [
  "cv_applications",
  "interview_practice",
  "networking",
  "workplace_culture",
  "industry_knowledge",
  "language_practice",
  "career_plan",
  "other",
] as const;

export type MeetingTopic = (typeof MEETING_TOPICS)[number];

export const meetingLimits = {
  /** Minutes: a short call counts; a whole working day is the most one meeting is. */
  durationMinutes: { min: 5, max: 480, default: 60 },
  sharedNotes: 2000,
  privateNote: 2000,
  disputeNote: 500,
} as const;

const limits = meetingLimits;

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");

export const meetingSchema = z.object({
  heldOn: z
    .string()
    .trim()
    .min(1, "meetings.errors.dateMissing")
    .refine((value) => value === "" || parseCalendarDate(value) !== null, "validation.dateFormat"),
  durationMinutes: z
    .string()
    .trim()
    .min(1, "meetings.errors.durationMissing")
    .transform(Number)
    .pipe(wholeNumberBetween(limits.durationMinutes.min, limits.durationMinutes.max)),
  mode: z.enum(MEETING_MODES, "meetings.errors.modeMissing"),
  topics: z.array(z.enum(MEETING_TOPICS, "validation.invalid")).max(MEETING_TOPICS.length, "validation.tooMany"),
  sharedNotes: optionalText(limits.sharedNotes),
  privateNote: optionalText(limits.privateNote),
});

export type MeetingInput = z.infer<typeof meetingSchema>;

/** The form's fields as the schema reads them: the ticked topics as a list, however many. */
export function meetingFieldsFromForm(formData: FormData) {
  const text = (name: string) => formText(formData, name);
  return {
    heldOn: text("heldOn"),
    durationMinutes: text("durationMinutes"),
    mode: formData.get("mode") ?? undefined,
    topics: formData.getAll("topics").filter((value) => typeof value === "string"),
    sharedNotes: text("sharedNotes"),
    privateNote: text("privateNote"),
  };
}

/** What the partner may say with "this meeting did not happen". */
export const disputeSchema = z.object({
  disputeNote: optionalText(limits.disputeNote),
});
