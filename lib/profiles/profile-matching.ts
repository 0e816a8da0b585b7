import { fieldNamesWhere, type FieldsWhere, type MatchingFieldName, type ProfileRole, asksFor } from "@/lib/profiles/profile-fields";
import type { Profile } from "@/lib/profiles/profile-schemas";
import { LANGUAGE_LEVELS, type LanguageLevel } from "@/lib/profiles/profile-vocabulary";

// What the matching engine reads of a profile, derived from the list of fields (those marked
// `matching`): the columns to select and the plain values they become. The engine itself
// (lib/matching) takes plain data and knows nothing of the database; the board's reader
// (lib/matching-board/matching-input.ts) adds the cohort's pairs, wishes and capacities.

type ColumnMatchingField = Exclude<MatchingFieldName, "fieldKey">;
type OnlyFor<R extends ProfileRole> = FieldsWhere<{ role: R }>;

/** The matching values of a mentor's or a mentee's profile: the common fields and their role's own. */
export type MatchingValues<R extends ProfileRole> = Pick<
  Profile,
  Exclude<MatchingFieldName, OnlyFor<ProfileRole>> | Extract<MatchingFieldName, OnlyFor<R>>
>;

const matchingColumns = fieldNamesWhere<ColumnMatchingField>((spec, name) => spec.matching === true && name !== "fieldKey");

export type MatchingProfileSelect = { [K in ColumnMatchingField]: true } & { professionalField: { select: { key: true } } };

/** The columns of a Participation the engine reads. */
export const matchingProfileSelect = {
  ...Object.fromEntries(matchingColumns.map((name) => [name, true])),
  professionalField: { select: { key: true } },
} as MatchingProfileSelect;

export type MatchingRow = { [K in ColumnMatchingField]: unknown } & { professionalField: { key: string } };

/** Stored languages as the engine reads them; an entry that does not read is left out. */
export function storedLanguages(value: unknown): Profile["languages"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [];
    const { code, level } = entry as { code?: unknown; level?: unknown };
    if (typeof code !== "string" || !LANGUAGE_LEVELS.includes(level as LanguageLevel)) return [];
    return [{ code, level } as Profile["languages"][number]];
  });
}

/** A participation's profile as the engine's plain values, for a person in this role. */
export function matchingValues<R extends ProfileRole>(row: MatchingRow, role: R): MatchingValues<R> {
  const values: Record<string, unknown> = { fieldKey: row.professionalField.key };
  for (const name of matchingColumns) {
    if (asksFor(name, role)) values[name] = name === "languages" ? storedLanguages(row.languages) : row[name];
  }
  return values as MatchingValues<R>;
}
