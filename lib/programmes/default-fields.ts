/**
 * The professional fields (utbildningsbakgrund) a new programme starts with. The keys are stable:
 * reports and imports refer to them. A programme may rename, reorder, hide or add fields.
 */
export const DEFAULT_PROFESSIONAL_FIELDS = [
  { key: "law", nameSv: "Jurist", nameEn: "Lawyer" },
  { key: "economics", nameSv: "Ekonom", nameEn: "Economist" },
  { key: "social_science", nameSv: "Samhällsvetare", nameEn: "Social scientist" },
  { key: "hr", nameSv: "Personalvetare", nameEn: "HR specialist" },
  { key: "information_systems", nameSv: "Systemvetare", nameEn: "Information systems specialist" },
  { key: "communications", nameSv: "Kommunikatör", nameEn: "Communicator" },
  { key: "other", nameSv: "Övrigt", nameEn: "Other" },
] as const;

export type DefaultFieldKey = (typeof DEFAULT_PROFESSIONAL_FIELDS)[number]["key"];

/** Rows for ProfessionalField.createMany, in the order above. */
export function defaultFieldRows(programmeId: string) {
  return DEFAULT_PROFESSIONAL_FIELDS.map((field, index) => ({
    programmeId,
    key: field.key,
    nameSv: field.nameSv,
    nameEn: field.nameEn,
    sortOrder: index,
  }));
}
