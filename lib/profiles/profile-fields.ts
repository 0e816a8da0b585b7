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
} from "@/lib/profiles/profile-vocabulary";

// The one list of a participant's profile fields. Everything else about the profile is derived
// from it: the zod schema, how a form is read and echoed back, the database columns, the bulk
// insert, the application's stored answers, the matching engine's input and the form controls.
// Adding a field is one entry here, its labels in messages/*.json (profile.labels.<name>) and,
// when it is a column, the column in prisma/schema.prisma. Pure: safe on the client.
// Messages are keys into messages/*.json (validation.* and profile.errors.*).

export type ProfileRole = "MENTOR" | "MENTEE";

/**
 * How a field is asked for and travels through a form:
 * text and longText are typed (one line, a paragraph), number is a typed whole number, choice is
 * one key of its vocabulary, list any number of keys (repeated checkboxes), languages one level
 * per language (`language.<code>` = level), professionalField the key of one of the programme's fields.
 */
export type ProfileFieldKind = "text" | "longText" | "number" | "choice" | "list" | "languages" | "professionalField";

/**
 * Where a participation keeps the field: in a column of its own (with the column's PostgreSQL
 * type, for the bulk insert), on the person's account (the name, the same in every cohort), or
 * as the relation to the programme's professional field.
 */
export type ProfileFieldStore = { column: string } | "account" | "professionalField";

export type ProfileSection = "person" | "education" | "languages" | "mentorship";

export type ProfileFieldSpec = {
  kind: ProfileFieldKind;
  schema: z.ZodType;
  /** The keys a choice or list takes, and the group of profile.* messages that names them (none: the key is its own label). */
  vocabulary?: { keys: readonly string[]; messages?: string };
  /** Only this role's forms ask for it; the other role's value is left as it is. */
  role?: ProfileRole;
  /** Always has a value (required, or a default): its label says nothing about being optional. */
  required?: boolean;
  stored: ProfileFieldStore;
  /** An application keeps the field in a column of its own rather than in its JSON of answers. */
  applicationColumn?: boolean;
  /** The matching engine reads it. */
  matching?: boolean;
  section: ProfileSection;
  /**
   * How the control looks: the browser's autofill name (the person's own forms only), a phone
   * keypad, radio buttons instead of a list, a narrow box, and the profile.* message an empty
   * choice shows (else the form's "Choose …").
   */
  control?: { autoComplete?: string; type?: "tel"; radio?: boolean; narrow?: boolean; placeholder?: string };
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** A whole number from min to max; one outside is answered with the range ("between 1950 and 2027"). */
export const wholeNumberBetween = (min: number, max: number) =>
  z
    .number("validation.wholeNumber")
    .int("validation.wholeNumber")
    .refine((value) => value >= min && value <= max, { message: "validation.outOfRange", params: { min, max } });

const optionalInt = (min: number, max: number) =>
  z
    .union([z.literal(""), z.coerce.number()])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value))
    .pipe(wholeNumberBetween(min, max).nullable());

/** One key of the vocabulary, or nothing. */
const optionalChoice = <const T extends readonly [string, ...string[]]>(keys: T, message?: string) =>
  z
    .union([z.literal(""), z.enum(keys, message)])
    .optional()
    .transform((value) => value || null);

const keyList = <const T extends readonly [string, ...string[]]>(keys: T) => z.array(z.enum(keys)).max(keys.length).default([]);

export const languageSchema = z.object({
  code: z.enum(LANGUAGE_CODES, "profile.errors.language"),
  level: z.enum(LANGUAGE_LEVELS, "profile.errors.languageLevel"),
});

/** Each language once; the full profile asks for at least one (see addedProfileSchema for when it does not). */
export const languageListSchema = z
  .array(languageSchema)
  .refine((list) => new Set(list.map((language) => language.code)).size === list.length, "profile.errors.languageTwice");

const MENTOR_CAPACITIES = ["1", "2", "3", "4", "5"] as const;

/** The profile's fields, in the order the forms show them. */
export const profileFields = {
  name: {
    kind: "text",
    schema: z.string().trim().min(1, "validation.nameMissing").max(200, "validation.tooLong"),
    required: true,
    stored: "account",
    applicationColumn: true,
    section: "person",
    control: { autoComplete: "name" },
  },
  phone: {
    kind: "text",
    schema: optionalText(40).refine((phone) => phone === null || /^[+\d][\d\s()-]{5,}$/.test(phone), "validation.phoneFormat"),
    stored: { column: "text" },
    section: "person",
    control: { autoComplete: "tel", type: "tel" },
  },
  city: {
    kind: "text",
    schema: optionalText(100),
    stored: { column: "text" },
    matching: true,
    section: "person",
    control: { autoComplete: "address-level2" },
  },
  region: {
    kind: "text",
    schema: optionalText(100),
    stored: { column: "text" },
    matching: true,
    section: "person",
    control: { autoComplete: "address-level1" },
  },
  /** The stable key of one of the programme's professional fields; checked against the programme. */
  fieldKey: {
    kind: "professionalField",
    schema: z.string().trim().min(1, "profile.errors.fieldMissing").max(60),
    required: true,
    stored: "professionalField",
    applicationColumn: true,
    matching: true,
    section: "education",
  },
  educationDegree: { kind: "text", schema: optionalText(200), stored: { column: "text" }, section: "education" },
  educationCountry: {
    kind: "choice",
    schema: optionalChoice(COUNTRY_CODES, "profile.errors.country"),
    vocabulary: { keys: COUNTRY_CODES },
    stored: { column: "text" },
    section: "education",
  },
  educationYear: {
    kind: "number",
    schema: optionalInt(1950, new Date().getFullYear() + 1),
    stored: { column: "integer" },
    section: "education",
  },
  yearsExperience: { kind: "number", schema: optionalInt(0, 60), stored: { column: "integer" }, matching: true, section: "education" },
  employer: {
    kind: "text",
    schema: optionalText(200),
    stored: { column: "text" },
    matching: true,
    section: "education",
    control: { autoComplete: "organization" },
  },
  languages: {
    kind: "languages",
    schema: languageListSchema.min(1, "profile.errors.languagesMissing"),
    required: true,
    stored: { column: "jsonb" },
    matching: true,
    section: "languages",
  },
  industries: {
    kind: "list",
    schema: keyList(INDUSTRIES),
    vocabulary: { keys: INDUSTRIES, messages: "industries" },
    stored: { column: "text[]" },
    matching: true,
    section: "mentorship",
  },
  expertiseTags: {
    kind: "list",
    schema: keyList(EXPERTISE_TAGS),
    vocabulary: { keys: EXPERTISE_TAGS, messages: "expertiseTags" },
    role: "MENTOR",
    stored: { column: "text[]" },
    matching: true,
    section: "mentorship",
  },
  goalTags: {
    kind: "list",
    schema: keyList(GOAL_TAGS),
    vocabulary: { keys: GOAL_TAGS, messages: "goalTags" },
    role: "MENTEE",
    stored: { column: "text[]" },
    matching: true,
    section: "mentorship",
  },
  goals: { kind: "longText", schema: optionalText(2000), role: "MENTEE", stored: { column: "text" }, section: "mentorship" },
  meetingPreference: {
    kind: "choice",
    schema: z.enum(MEETING_PREFERENCES, "validation.choose").default("BOTH"),
    vocabulary: { keys: MEETING_PREFERENCES, messages: "meetingPreferences" },
    required: true,
    stored: { column: '"MeetingPreference"' },
    matching: true,
    section: "mentorship",
    control: { radio: true },
  },
  mentorCapacity: {
    kind: "choice",
    schema: z.coerce.number("validation.wholeNumber").pipe(wholeNumberBetween(1, 5)).default(1),
    vocabulary: { keys: MENTOR_CAPACITIES },
    role: "MENTOR",
    required: true,
    stored: { column: "integer" },
    matching: true,
    section: "mentorship",
    control: { narrow: true },
  },
  gender: {
    kind: "choice",
    schema: optionalChoice(GENDERS),
    vocabulary: { keys: GENDERS, messages: "genders" },
    stored: { column: '"Gender"' },
    matching: true,
    section: "mentorship",
    control: { placeholder: "genders.none" },
  },
  genderPreference: {
    kind: "choice",
    schema: optionalChoice(GENDERS),
    vocabulary: { keys: GENDERS, messages: "genders" },
    stored: { column: '"Gender"' },
    matching: true,
    section: "mentorship",
    control: { placeholder: "noPreference" },
  },
} as const satisfies Record<string, ProfileFieldSpec>;

type Fields = typeof profileFields;
export type ProfileFieldName = keyof Fields;

/** The names of the fields whose spec matches `Where`, e.g. FieldsWhere<{ stored: { column: string } }>. */
export type FieldsWhere<Where> = { [K in ProfileFieldName]: Fields[K] extends Where ? K : never }[ProfileFieldName];

export type ColumnFieldName = FieldsWhere<{ stored: { column: string } }>;
export type MatchingFieldName = FieldsWhere<{ matching: true }>;

export const profileFieldNames = Object.keys(profileFields) as ProfileFieldName[];

/** The spec of one field, typed loosely for code that walks the whole list. */
export function fieldSpec(name: ProfileFieldName): ProfileFieldSpec {
  return profileFields[name];
}

/** The fields that pass the test, in the list's order. */
export function fieldNamesWhere<N extends ProfileFieldName = ProfileFieldName>(
  test: (spec: ProfileFieldSpec, name: ProfileFieldName) => boolean,
): N[] {
  return profileFieldNames.filter((name) => test(fieldSpec(name), name)) as N[];
}

/** The fields a participation keeps in columns of its own, in the list's order. */
export const columnFieldNames = fieldNamesWhere<ColumnFieldName>((spec) => typeof spec.stored === "object");

/** Whether a person in this role is asked for the field. */
export function asksFor(name: ProfileFieldName, role: ProfileRole): boolean {
  const only = fieldSpec(name).role;
  return only === undefined || only === role;
}

/** The fields of one section of the forms that a person in this role is asked for, in order. */
export function sectionFieldNames(section: ProfileSection, role: ProfileRole): ProfileFieldName[] {
  return profileFieldNames.filter((name) => fieldSpec(name).section === section && asksFor(name, role));
}
