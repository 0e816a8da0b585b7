import { columnFieldNames, fieldSpec, type ColumnFieldName } from "@/lib/profiles/profile-fields";
import type { Profile } from "@/lib/profiles/profile-schemas";

// Where a participation keeps its profile, derived from the list of fields: the columns to read a
// profile with, the columns to write one, and their PostgreSQL types for the bulk insert of a CSV
// import. The name lives on the person's account and the field as a relation; see profile-fields.ts.

export type ProfileColumnSelect = { [K in ColumnFieldName]: true } & { professionalField: { select: { key: true } } };

/** The profile's columns of a Participation, to read a profile with (the professional field as its key). */
export const profileColumnSelect = {
  ...Object.fromEntries(columnFieldNames.map((name) => [name, true])),
  professionalField: { select: { key: true } },
} as ProfileColumnSelect;

export type ProfileColumns = Pick<Profile, ColumnFieldName> & { professionalFieldId: string };

/** The columns of a Participation for a profile, given the programme's field id for its key. */
export function participationColumns(profile: Profile, professionalFieldId: string): ProfileColumns {
  const columns = Object.fromEntries(columnFieldNames.map((name) => [name, profile[name]]));
  return { ...columns, professionalFieldId } as ProfileColumns;
}

/** The same columns with their PostgreSQL types, for inserting many participations in one statement. */
export const participationSqlColumns: ReadonlyArray<readonly [name: string, sqlType: string]> = [
  ["professionalFieldId", "uuid"],
  ...columnFieldNames.map((name) => {
    const stored = fieldSpec(name).stored as { column: string };
    return [name, stored.column] as const;
  }),
];
