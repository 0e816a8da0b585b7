import type { FieldNames } from "@/components/matching/pair-explanation";

/** The programme's fields by key, and a way to name one in the reader's language (the key when unknown). */
export function boardFieldNames(fields: { key: string; nameSv: string; nameEn: string }[], locale: string) {
  const byKey: FieldNames = Object.fromEntries(fields.map((field) => [field.key, field]));
  const fieldName = (key: string) => (locale === "en" ? byKey[key]?.nameEn : byKey[key]?.nameSv) ?? key;
  return { fields: byKey, fieldName };
}

export type FieldName = (key: string) => string;
