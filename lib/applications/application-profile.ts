import { fieldNamesWhere, type FieldsWhere } from "@/lib/profiles/profile-fields";
import { profileSchema, type Profile } from "@/lib/profiles/profile-schemas";

// How an application keeps the profile it was sent with. Name and professional field are columns
// of their own, and only there; every other answer is in the `profile` JSON. Two columns repeat
// an answer for the coordinators' filters: `city`, and `languageCodes` (the languages' codes).
// Which field is a column comes from the list of fields (`applicationColumn`).

type ColumnField = FieldsWhere<{ applicationColumn: true }>;

const columnFields = new Set<string>(fieldNamesWhere<ColumnField>((spec) => spec.applicationColumn === true));

/** The Application columns that hold the profile: its own columns and the JSON of the other answers. */
export function applicationProfileColumns(profile: Profile, professionalFieldId: string) {
  // Empty answers are left out, so the JSON parses again with the profile schema.
  const answers = Object.fromEntries(
    Object.entries(profile).filter(([name, value]) => !columnFields.has(name) && value !== null && value !== undefined),
  );
  return {
    name: profile.name,
    professionalFieldId,
    // Repeated for the filters.
    city: profile.city,
    languageCodes: profile.languages.map((language) => language.code),
    profile: answers as { [name: string]: string | number | string[] | Array<{ code: string; level: string }> },
  };
}

/**
 * The profile stored on an application, read field by field with the profile schema. The form
 * validated it when it was submitted, but the JSON may come from an older form or an import: a
 * field that no longer reads is left empty rather than making the whole application unreadable.
 * The fields with columns of their own always come from those columns.
 */
export function readApplicationProfile(stored: unknown, columns: { name: string; fieldKey: string }): Profile {
  const source: Record<string, unknown> = stored && typeof stored === "object" && !Array.isArray(stored) ? { ...stored } : {};
  Object.assign(source, columns);

  const whole = profileSchema.safeParse(source);
  if (whole.success) return whole.data;

  const profile: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(profileSchema.shape)) {
    const given = schema.safeParse(source[key]);
    const empty = given.success ? given : schema.safeParse(undefined);
    // Required lists (languages) have no empty default: an empty list is the honest reading.
    profile[key] = empty.success ? empty.data : [];
  }
  return { ...profile, name: columns.name, fieldKey: columns.fieldKey } as Profile;
}
