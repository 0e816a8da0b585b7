import { LANGUAGE_CODES, type LanguageCode } from "@/lib/participants/vocabulary";

// How the public application form is read and written back. Pure, so the form (client) and the
// action (server) agree on names. Values travel as strings: lists joined by commas (their keys
// never contain one), languages as `language.<code>` = level.

export type ApplicantRole = "MENTOR" | "MENTEE";
export type FormValues = Record<string, string>;

/** The URL segment of each role's form. */
export const roleSlugs = { MENTEE: "mentee", MENTOR: "mentor" } as const satisfies Record<ApplicantRole, string>;

/** The languages most applicants speak are listed first; the rest sit behind "More languages". */
export const COMMON_LANGUAGES = ["sv", "en", "ar", "fa", "prs", "so", "ti", "uk"] as const satisfies readonly LanguageCode[];

export const LIST_FIELDS = ["industries", "goalTags", "expertiseTags"] as const;

const TEXT_FIELDS = [
  "name",
  "email",
  "phone",
  "city",
  "region",
  "fieldKey",
  "educationDegree",
  "educationCountry",
  "educationYear",
  "yearsExperience",
  "goals",
  "meetingPreference",
  "gender",
  "genderPreference",
  "mentorCapacity",
  "employer",
] as const;

/** Everything the visitor typed, to put back into the form after a failed submit. */
export function formValuesFromForm(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const name of TEXT_FIELDS) {
    const value = formData.get(name);
    if (typeof value === "string" && value !== "") values[name] = value.slice(0, 2000);
  }
  for (const name of LIST_FIELDS) {
    const chosen = formData.getAll(name).filter((value): value is string => typeof value === "string" && !value.includes(","));
    if (chosen.length) values[name] = chosen.join(",");
  }
  for (const code of LANGUAGE_CODES) {
    const level = formData.get(`language.${code}`);
    if (typeof level === "string" && level !== "") values[`language.${code}`] = level;
  }
  if (formData.get("consent") === "yes") values.consent = "yes";
  return values;
}

export function listValue(values: FormValues, name: string): string[] {
  return values[name] ? values[name].split(",") : [];
}

/**
 * A stored profile as form values, for a returning person: their latest participation fills in
 * the form. Consent is never carried over; it is given for each application.
 */
export function formValuesFromProfile(profile: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const name of TEXT_FIELDS) {
    const value = profile[name];
    if (typeof value === "string" && value !== "") values[name] = value;
    if (typeof value === "number") values[name] = String(value);
  }
  for (const name of LIST_FIELDS) {
    const list = profile[name];
    if (Array.isArray(list) && list.length) values[name] = list.join(",");
  }
  if (Array.isArray(profile.languages)) {
    for (const entry of profile.languages as Array<{ code?: unknown; level?: unknown }>) {
      if (typeof entry?.code === "string" && typeof entry.level === "string") values[`language.${entry.code}`] = entry.level;
    }
  }
  return values;
}
