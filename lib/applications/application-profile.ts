import { profileSchema, type Profile } from "@/lib/participants/profile-schemas";

/**
 * The profile stored on an application, read field by field with the profile schema. The form
 * validated it when it was submitted, but the JSON may come from an older form or an import: a
 * field that no longer reads is left empty rather than making the whole application unreadable.
 * Name and field always come from the application's own columns.
 */
export function readApplicationProfile(stored: unknown, columns: { name: string; fieldKey: string }): Profile {
  const source: Record<string, unknown> = stored && typeof stored === "object" && !Array.isArray(stored) ? { ...stored } : {};
  source.name = columns.name;
  source.fieldKey = columns.fieldKey;

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
