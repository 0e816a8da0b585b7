import { z } from "zod";
import {
  COUNTRY_CODES,
  EXPERTISE_TAGS,
  GENDERS,
  GOAL_TAGS,
  INDUSTRIES,
  LANGUAGE_CODES,
  LANGUAGE_LEVELS,
  MEETING_PREFERENCES,
} from "@/lib/participants/vocabulary";

// One description of a participant's profile, used by the public application form, the
// coordinator's invitation and CSV import, and profile editing. Messages are keys into
// messages/*.json (validation.* and profile.errors.*), translated where they are shown.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const optionalInt = (min: number, max: number) =>
  z
    .union([z.literal(""), z.coerce.number()])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value))
    .pipe(z.number().int("validation.wholeNumber").min(min, "validation.outOfRange").max(max, "validation.outOfRange").nullable());

export const emailSchema = z
  .string()
  .trim()
  .min(1, "validation.emailMissing")
  .max(320, "validation.tooLong")
  .pipe(z.email("validation.emailFormat"))
  .transform((email) => email.toLowerCase());

export const languageSchema = z.object({
  code: z.enum(LANGUAGE_CODES, "profile.errors.language"),
  level: z.enum(LANGUAGE_LEVELS, "profile.errors.languageLevel"),
});

export const roleSchema = z.enum(["MENTOR", "MENTEE"], "validation.choose");

/** The profile as it is stored on a participation (and in an application's `profile`). */
export const profileSchema = z.object({
  name: z.string().trim().min(1, "validation.nameMissing").max(200, "validation.tooLong"),
  phone: optionalText(40).refine((phone) => phone === null || /^[+\d][\d\s()-]{5,}$/.test(phone), "validation.phoneFormat"),
  city: optionalText(100),
  region: optionalText(100),
  /** The stable key of one of the programme's professional fields; checked against the programme. */
  fieldKey: z.string().trim().min(1, "profile.errors.fieldMissing").max(60),
  educationDegree: optionalText(200),
  educationCountry: z
    .union([z.literal(""), z.enum(COUNTRY_CODES, "profile.errors.country")])
    .optional()
    .transform((value) => value || null),
  educationYear: optionalInt(1950, new Date().getFullYear() + 1),
  yearsExperience: optionalInt(0, 60),
  languages: z
    .array(languageSchema)
    .min(1, "profile.errors.languagesMissing")
    .refine((list) => new Set(list.map((language) => language.code)).size === list.length, "profile.errors.languageTwice"),
  industries: z.array(z.enum(INDUSTRIES)).max(INDUSTRIES.length).default([]),
  goals: optionalText(2000),
  goalTags: z.array(z.enum(GOAL_TAGS)).max(GOAL_TAGS.length).default([]),
  expertiseTags: z.array(z.enum(EXPERTISE_TAGS)).max(EXPERTISE_TAGS.length).default([]),
  meetingPreference: z.enum(MEETING_PREFERENCES, "validation.choose").default("BOTH"),
  gender: z
    .union([z.literal(""), z.enum(GENDERS)])
    .optional()
    .transform((value) => value || null),
  genderPreference: z
    .union([z.literal(""), z.enum(GENDERS)])
    .optional()
    .transform((value) => value || null),
  mentorCapacity: z.coerce
    .number()
    .int("validation.wholeNumber")
    .min(1, "validation.outOfRange")
    .max(5, "validation.outOfRange")
    .default(1),
  employer: optionalText(200),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/** A full application: role, email, the profile, and consent to the processing of personal data. */
export const applicationSchema = profileSchema.extend({
  role: roleSchema,
  email: emailSchema,
  consent: z.literal(true, "profile.errors.consentMissing"),
});

export type ApplicationInput = z.infer<typeof applicationSchema>;

/**
 * Reads the profile fields of a submitted form: lists come as repeated checkboxes, languages as
 * `language.<code>` = level (empty = not spoken).
 */
export function profileFieldsFromForm(formData: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const languages = LANGUAGE_CODES.flatMap((code) => {
    const level = text(`language.${code}`);
    return level ? [{ code, level }] : [];
  });
  return {
    name: text("name") ?? "",
    phone: text("phone"),
    city: text("city"),
    region: text("region"),
    fieldKey: text("fieldKey") ?? "",
    educationDegree: text("educationDegree"),
    educationCountry: text("educationCountry"),
    educationYear: text("educationYear"),
    yearsExperience: text("yearsExperience"),
    languages,
    industries: formData.getAll("industries").map(String),
    goals: text("goals"),
    goalTags: formData.getAll("goalTags").map(String),
    expertiseTags: formData.getAll("expertiseTags").map(String),
    meetingPreference: text("meetingPreference") || undefined,
    gender: text("gender"),
    genderPreference: text("genderPreference"),
    mentorCapacity: text("mentorCapacity") || undefined,
    employer: text("employer"),
  };
}

/** The profile's columns of a Participation, to read a profile with (the field as its key). */
export const profileColumnSelect = {
  phone: true,
  city: true,
  region: true,
  educationDegree: true,
  educationCountry: true,
  educationYear: true,
  yearsExperience: true,
  languages: true,
  industries: true,
  goals: true,
  goalTags: true,
  expertiseTags: true,
  meetingPreference: true,
  gender: true,
  genderPreference: true,
  mentorCapacity: true,
  employer: true,
  professionalField: { select: { key: true } },
} as const;

/** The columns of a Participation for a profile, given the programme's field id for its key. */
export function participationColumns(profile: Profile, professionalFieldId: string) {
  return {
    professionalFieldId,
    phone: profile.phone,
    city: profile.city,
    region: profile.region,
    educationDegree: profile.educationDegree,
    educationCountry: profile.educationCountry,
    educationYear: profile.educationYear,
    yearsExperience: profile.yearsExperience,
    languages: profile.languages,
    industries: profile.industries,
    goals: profile.goals,
    goalTags: profile.goalTags,
    expertiseTags: profile.expertiseTags,
    meetingPreference: profile.meetingPreference,
    gender: profile.gender,
    genderPreference: profile.genderPreference,
    mentorCapacity: profile.mentorCapacity,
    employer: profile.employer,
  };
}
