import { z } from "zod";
import { formText } from "@/lib/actions/action-state";
import { optionalEnglish } from "@/lib/i18n/bilingual";
import { wholeNumberBetween } from "@/lib/profiles/profile-fields";
import { emailSchema } from "@/lib/profiles/profile-schemas";
import { programmeContactFromForm, programmeContactShape } from "@/lib/programmes/programme-contact";

// Inputs of the programme forms. Safe to import on the client. Messages are keys into
// messages/*.json (validation.* and programmes.errors.*), translated where they are shown.

/** How often pairs are expected to meet, as offered on the form (days between meetings). */
export const MEETING_INTERVALS = [14, 30, 42] as const;

export const programmeLimits = {
  defaultCohortMonths: { min: 1, max: 36, default: 7 },
  jointSessionCount: { min: 0, max: 12, default: 3 },
  meetingIntervalDays: { min: 7, max: 120, default: 30 },
  retentionMonths: { min: 12, max: 360, default: 120 },
} as const;

/** A whole number typed into a form field, within bounds. */
export const wholeNumber = (min: number, max: number) =>
  z.string().trim().min(1, "validation.required").transform(Number).pipe(wholeNumberBetween(min, max));

const limit = programmeLimits;

/** The programme's texts in English: optional, empty is none (readers then get the Swedish ones). */
const programmeEnglishTexts = {
  nameEn: z.string().trim().max(200, "validation.tooLong").optional().transform(optionalEnglish),
  descriptionEn: z.string().trim().max(2000, "validation.tooLong").optional().transform(optionalEnglish),
};

export const programmeSchema = z.object({
  name: z.string().trim().min(1, "programmes.errors.nameMissing").max(200, "validation.tooLong"),
  description: z.string().trim().max(2000, "validation.tooLong"),
  ...programmeEnglishTexts,
  /** Stable keys of the professional fields the programme offers; checked against what may be offered. */
  fieldKeys: z
    .array(z.string().trim().min(1).max(60))
    .min(1, "programmes.errors.fieldsMissing")
    .max(50)
    .transform((keys) => [...new Set(keys)]),
  defaultCohortMonths: wholeNumber(limit.defaultCohortMonths.min, limit.defaultCohortMonths.max),
  jointSessionCount: wholeNumber(limit.jointSessionCount.min, limit.jointSessionCount.max),
  meetingIntervalDays: wholeNumber(limit.meetingIntervalDays.min, limit.meetingIntervalDays.max),
  retentionMonths: wholeNumber(limit.retentionMonths.min, limit.retentionMonths.max),
  ...programmeContactShape,
});

export type ProgrammeInput = z.infer<typeof programmeSchema>;

/** A new programme also names the organisation it belongs to (checked: the viewer must administer it). */
export const newProgrammeSchema = programmeSchema.extend({
  organizationId: z.uuid("programmes.errors.organizationMissing"),
});

export function programmeFieldsFromForm(formData: FormData) {
  const text = (name: string) => formText(formData, name);
  return {
    name: text("name"),
    description: text("description"),
    nameEn: text("nameEn"),
    descriptionEn: text("descriptionEn"),
    fieldKeys: formData.getAll("fieldKeys").filter((value) => typeof value === "string"),
    defaultCohortMonths: text("defaultCohortMonths"),
    jointSessionCount: text("jointSessionCount"),
    meetingIntervalDays: text("meetingIntervalDays"),
    retentionMonths: text("retentionMonths"),
    ...programmeContactFromForm(formData),
  };
}

export const appointCoordinatorSchema = z.object({
  name: z.string().trim().min(1, "validation.nameMissing").max(200, "validation.tooLong"),
  email: emailSchema,
});

export type AppointCoordinatorInput = z.infer<typeof appointCoordinatorSchema>;
