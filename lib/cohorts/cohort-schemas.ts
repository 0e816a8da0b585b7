import { z } from "zod";
import { formText } from "@/lib/actions/action-state";
import { optionalEnglish } from "@/lib/i18n/bilingual";
import { COHORT_STATUSES } from "@/lib/cohorts/cohort-status";
import { isTimeOfDay, parseCalendarDate } from "@/lib/cohorts/stockholm-time";
import { wholeNumber } from "@/lib/programmes/programme-schemas";

// Inputs of the cohort and joint-session forms. Safe to import on the client. Dates arrive as
// "YYYY-MM-DD" and times as "HH:MM" (Stockholm local time); messages are keys into messages/*.json.

export const cohortLimits = {
  defaultMentorCapacity: { min: 1, max: 10, default: 1 },
} as const;

const requiredDate = (missingKey: string) =>
  z
    .string()
    .trim()
    .min(1, missingKey)
    .refine((value) => parseCalendarDate(value) !== null, "validation.dateFormat");

const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || parseCalendarDate(value) !== null, "validation.dateFormat");

type CohortDates = { startDate: string; endDate: string; applicationOpensAt: string; applicationClosesAt: string };
type DateProblem = { field: keyof CohortDates; key: string };

/**
 * What is wrong with a cohort's dates taken together: it must end after it starts, and its
 * application window must close on or after the day it opens and no later than the cohort's end.
 * Empty dates are not checked here (the end date has a default; the window is optional).
 */
export function cohortDateProblems(dates: CohortDates): DateProblem[] {
  const start = parseCalendarDate(dates.startDate);
  const end = parseCalendarDate(dates.endDate);
  const opens = parseCalendarDate(dates.applicationOpensAt);
  const closes = parseCalendarDate(dates.applicationClosesAt);
  const problems: DateProblem[] = [];
  if (start && end && end.getTime() <= start.getTime()) problems.push({ field: "endDate", key: "cohorts.errors.endBeforeStart" });
  if (opens && closes && closes.getTime() < opens.getTime()) {
    problems.push({ field: "applicationClosesAt", key: "cohorts.errors.closesBeforeOpens" });
  } else if (closes && end && closes.getTime() > end.getTime()) {
    problems.push({ field: "applicationClosesAt", key: "cohorts.errors.closesAfterEnd" });
  }
  if (opens && end && opens.getTime() > end.getTime()) problems.push({ field: "applicationOpensAt", key: "cohorts.errors.opensAfterEnd" });
  return problems;
}

const cohortFields = z.object({
  name: z.string().trim().min(1, "cohorts.errors.nameMissing").max(200, "validation.tooLong"),
  /** Optional; empty is none (English readers then get the Swedish name). */
  nameEn: z.string().trim().max(200, "validation.tooLong").optional().transform(optionalEnglish),
  startDate: requiredDate("cohorts.errors.startMissing"),
  /** Empty: the programme's default length after the start. */
  endDate: optionalDate,
  applicationOpensAt: optionalDate,
  applicationClosesAt: optionalDate,
  defaultMentorCapacity: wholeNumber(cohortLimits.defaultMentorCapacity.min, cohortLimits.defaultMentorCapacity.max),
  menteeWishesEnabled: z.boolean(),
});

// Zod runs this even when another field has a problem, so every problem shows at once.
export const cohortSchema = cohortFields.superRefine((value, context) => {
  for (const problem of cohortDateProblems(value)) context.addIssue({ code: "custom", message: problem.key, path: [problem.field] });
});

export type CohortInput = z.infer<typeof cohortSchema>;

export function cohortFieldsFromForm(formData: FormData) {
  const text = (name: string) => formText(formData, name);
  return {
    name: text("name"),
    nameEn: text("nameEn"),
    startDate: text("startDate"),
    endDate: text("endDate"),
    applicationOpensAt: text("applicationOpensAt"),
    applicationClosesAt: text("applicationClosesAt"),
    defaultMentorCapacity: text("defaultMentorCapacity"),
    menteeWishesEnabled: formData.get("menteeWishesEnabled") === "on",
  };
}

/** The submitted values, to put back into the form when something is wrong. */
export function cohortFormEcho(formData: FormData): Record<string, string> {
  const { menteeWishesEnabled, ...rest } = cohortFieldsFromForm(formData);
  return { ...rest, menteeWishesEnabled: menteeWishesEnabled ? "on" : "" };
}

export const cohortStatusSchema = z.object({ status: z.enum(COHORT_STATUSES, "validation.choose") });

export const jointSessionSchema = z
  .object({
    title: z.string().trim().min(1, "cohorts.sessions.errors.titleMissing").max(200, "validation.tooLong"),
    date: requiredDate("cohorts.sessions.errors.dateMissing"),
    startTime: z.string().trim().refine(isTimeOfDay, "cohorts.sessions.errors.timeFormat"),
    endTime: z.string().trim().refine(isTimeOfDay, "cohorts.sessions.errors.timeFormat"),
    location: z
      .string()
      .trim()
      .max(200, "validation.tooLong")
      .transform((value) => value || null),
    description: z
      .string()
      .trim()
      .max(2000, "validation.tooLong")
      .transform((value) => value || null),
  })
  .refine((value) => value.endTime > value.startTime, { message: "cohorts.sessions.errors.endBeforeStart", path: ["endTime"] });

export type JointSessionInput = z.infer<typeof jointSessionSchema>;

export function jointSessionFieldsFromForm(formData: FormData) {
  const text = (name: string) => formText(formData, name);
  return {
    title: text("title"),
    date: text("date"),
    startTime: text("startTime"),
    endTime: text("endTime"),
    location: text("location"),
    description: text("description"),
  };
}
