import { asksFor, fieldSpec, profileFieldNames, type ProfileFieldName, type ProfileRole } from "@/lib/profiles/profile-fields";
import { LANGUAGE_CODES } from "@/lib/profiles/profile-vocabulary";

// How a profile travels through an HTML form, for every form that asks for it (the application,
// the profile, the invitation). Pure, so the form (client) and the action (server) agree on names.
// Values travel as strings: lists joined by commas (their keys never contain one), languages as
// `language.<code>` = level. Which field is which kind comes from the list in profile-fields.ts.

export type FormValues = Record<string, string>;

/** Fields a profile form sends besides the profile itself, echoed back the same way. */
const OTHER_TEXT_FIELDS = ["email", "role", "locale"] as const;

const textFieldNames = profileFieldNames.filter((name) => {
  const kind = fieldSpec(name).kind;
  return kind !== "list" && kind !== "languages";
});
const listFieldNames = profileFieldNames.filter((name) => fieldSpec(name).kind === "list");

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/**
 * The profile fields of a submitted form, as the profile schema reads them: lists from repeated
 * checkboxes, languages from `language.<code>` = level (empty = not spoken). A typed field left
 * empty is "", a choice left empty takes its default. Given a role, the fields that role is not
 * asked for are left out (a tampered form cannot set them).
 */
export function profileFieldsFromForm(formData: FormData, role?: ProfileRole): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of profileFieldNames) {
    if (role && !asksFor(name, role)) continue;
    const { kind } = fieldSpec(name);
    if (kind === "list") fields[name] = formData.getAll(name).map(String);
    else if (kind === "languages") {
      fields[name] = LANGUAGE_CODES.flatMap((code) => {
        const level = text(formData, `language.${code}`);
        return level ? [{ code, level }] : [];
      });
    } else if (kind === "choice" || kind === "number") fields[name] = text(formData, name) || undefined;
    else fields[name] = text(formData, name) ?? "";
  }
  return fields;
}

/** Everything typed into a profile form, to put back into it after a failed submit: whole, a text over its limit too. */
export function formValuesFromForm(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const name of [...textFieldNames, ...OTHER_TEXT_FIELDS]) {
    const value = text(formData, name);
    if (value) values[name] = value;
  }
  for (const name of listFieldNames) {
    const chosen = formData.getAll(name).filter((value): value is string => typeof value === "string" && !value.includes(","));
    if (chosen.length) values[name] = chosen.join(",");
  }
  for (const code of LANGUAGE_CODES) {
    const level = text(formData, `language.${code}`);
    if (level) values[`language.${code}`] = level;
  }
  if (formData.get("consent") === "yes") values.consent = "yes";
  return values;
}

/** The keys of a list field as the form's values hold them. */
export function listValue(values: FormValues, name: string): string[] {
  return values[name] ? values[name].split(",") : [];
}

/**
 * A stored profile as form values: to edit it, or to fill in a returning person's application.
 * Consent is never carried over; it is given for each application.
 */
export function formValuesFromProfile(profile: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const name of textFieldNames) {
    const value = profile[name];
    if (typeof value === "string" && value !== "") values[name] = value;
    if (typeof value === "number") values[name] = String(value);
  }
  for (const name of listFieldNames) {
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

/** What a field's control shows before anything is chosen: the schema's default (a choice's usual value), else nothing. */
export function defaultFormValue(name: ProfileFieldName): string {
  const parsed = fieldSpec(name).schema.safeParse(undefined);
  return parsed.success && (typeof parsed.data === "string" || typeof parsed.data === "number") ? String(parsed.data) : "";
}
