// What stands between a cohort and its matching, computed from grouped counts: per professional
// field, how many mentees there are and how many places the mentors offer (each mentor takes up to
// their capacity). Pure, so the home page's wording can be tested without a database.

export type FieldName = { id: string; key: string; nameSv: string; nameEn: string };

/** One row of a grouped count: participations of one role in one field, with their summed capacity. */
export type ParticipantGroup = { role: "MENTOR" | "MENTEE"; professionalFieldId: string; count: number; capacity: number };

export type FieldPipeline = FieldName & {
  mentees: number;
  mentors: number;
  /** How many mentees the mentors can take together. */
  mentorPlaces: number;
  /** Mentees without a mentor place: how many more places recruiting must find. */
  missingPlaces: number;
  /** Places no mentee in the field would use. */
  sparePlaces: number;
};

export type CohortPipeline = {
  fields: FieldPipeline[];
  mentees: number;
  mentors: number;
  mentorPlaces: number;
  missingPlaces: number;
};

export function buildPipeline(fields: FieldName[], groups: ParticipantGroup[]): CohortPipeline {
  const rows = fields
    .map((field) => {
      const inField = groups.filter((group) => group.professionalFieldId === field.id);
      const mentees = inField.filter((group) => group.role === "MENTEE").reduce((sum, group) => sum + group.count, 0);
      const mentorGroups = inField.filter((group) => group.role === "MENTOR");
      const mentors = mentorGroups.reduce((sum, group) => sum + group.count, 0);
      const mentorPlaces = mentorGroups.reduce((sum, group) => sum + group.capacity, 0);
      return {
        ...field,
        mentees,
        mentors,
        mentorPlaces,
        missingPlaces: Math.max(0, mentees - mentorPlaces),
        sparePlaces: Math.max(0, mentorPlaces - mentees),
      };
    })
    .filter((row) => row.mentees > 0 || row.mentors > 0);
  const total = (pick: (row: FieldPipeline) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  return {
    fields: rows,
    mentees: total((row) => row.mentees),
    mentors: total((row) => row.mentors),
    mentorPlaces: total((row) => row.mentorPlaces),
    missingPlaces: total((row) => row.missingPlaces),
  };
}
