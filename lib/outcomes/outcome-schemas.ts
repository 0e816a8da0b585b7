import { z } from "zod";
import { parseCalendarDate } from "@/lib/cohorts/stockholm-time";
import { OCCUPATION_CODES } from "@/lib/outcomes/occupations";

// The outcome form. Safe to import on the client. Dates arrive as "YYYY-MM-DD"; messages are keys
// into messages/*.json. Whether the date lies in the future is checked by the action, against
// lib/clock's now().

export const OUTCOME_TYPES = ["USEFUL_REFERENCE", "JOB_INTERVIEW", "JOB_OFFER", "JOB_STARTED", "INTRODUCTION"] as const;
export type OutcomeTypeKey = (typeof OUTCOME_TYPES)[number];

/** A job: it carries an occupation, the person's answer and whether it came through the programme. */
export const JOB_TYPES: readonly OutcomeTypeKey[] = ["JOB_OFFER", "JOB_STARTED"];
/** Types that name a title and an employer. */
export const EMPLOYER_TYPES: readonly OutcomeTypeKey[] = ["JOB_INTERVIEW", "JOB_OFFER", "JOB_STARTED"];

export const YES_NO = ["yes", "no"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .transform((value) => value || null);

const optionalYesNo = z
  .union([z.enum(YES_NO, "validation.choose"), z.literal("")])
  .transform((value) => (value === "" ? null : value === "yes"));

export const outcomeSchema = z
  .object({
    type: z.enum(OUTCOME_TYPES, "outcomes.errors.typeMissing"),
    occurredOn: z
      .string()
      .trim()
      .min(1, "outcomes.errors.dateMissing")
      .refine((value) => parseCalendarDate(value) !== null, "validation.dateFormat"),
    jobTitle: optionalText(200),
    employer: optionalText(200),
    /** The occupation search's words: only read to narrow the list, never stored. */
    occupationQuery: z.string().max(200, "validation.tooLong"),
    occupationCode: z.union([z.enum(OCCUPATION_CODES as [string, ...string[]], "outcomes.errors.occupationUnknown"), z.literal("")]),
    throughProgramme: optionalYesNo,
    qualified: optionalYesNo,
    note: optionalText(2000),
  })
  .superRefine((value, context) => {
    if (!JOB_TYPES.includes(value.type)) return;
    if (!value.jobTitle) context.addIssue({ code: "custom", path: ["jobTitle"], message: "outcomes.errors.jobTitleMissing" });
    if (!value.occupationCode) context.addIssue({ code: "custom", path: ["occupationCode"], message: "outcomes.errors.occupationMissing" });
  })
  .transform((value) => {
    const job = JOB_TYPES.includes(value.type);
    const named = EMPLOYER_TYPES.includes(value.type);
    return {
      type: value.type,
      occurredOn: parseCalendarDate(value.occurredOn)!,
      jobTitle: named ? value.jobTitle : null,
      employer: named ? value.employer : null,
      occupationCode: job && value.occupationCode ? value.occupationCode : null,
      throughProgramme: job ? value.throughProgramme : null,
      qualified: job ? value.qualified : null,
      note: value.note,
    };
  });

export type OutcomeInput = z.output<typeof outcomeSchema>;

/** The form's fields as text, the way the form and its echo know them. */
export type OutcomeFormValues = {
  type: string;
  occurredOn: string;
  jobTitle: string;
  employer: string;
  occupationQuery: string;
  occupationCode: string;
  throughProgramme: string;
  qualified: string;
  note: string;
};

export const OUTCOME_FORM_FIELDS = [
  "type",
  "occurredOn",
  "jobTitle",
  "employer",
  "occupationQuery",
  "occupationCode",
  "throughProgramme",
  "qualified",
  "note",
] as const satisfies ReadonlyArray<keyof OutcomeFormValues>;

export const emptyOutcomeValues: OutcomeFormValues = {
  type: "",
  occurredOn: "",
  jobTitle: "",
  employer: "",
  occupationQuery: "",
  occupationCode: "",
  throughProgramme: "",
  qualified: "",
  note: "",
};

/** The form's values from a page address (the occupation search sends the whole form there). */
export function outcomeValuesFromSearch(search: Record<string, string | string[] | undefined>): OutcomeFormValues | null {
  if (!OUTCOME_FORM_FIELDS.some((name) => typeof search[name] === "string")) return null;
  const text = (name: keyof OutcomeFormValues) => {
    const value = search[name];
    return (typeof value === "string" ? value : "").slice(0, 2000);
  };
  return Object.fromEntries(OUTCOME_FORM_FIELDS.map((name) => [name, text(name)])) as OutcomeFormValues;
}
