import type { NewParticipant } from "@/lib/participants/participant-admin-schemas";
import { normaliseHeader } from "@/lib/participants/import-columns";
import { LANGUAGE_CODES, type LanguageCode, type LanguageLevel } from "@/lib/profiles/profile-vocabulary";

// Reading the words in one cell of a participant CSV file: a role, languages with their levels,
// a meeting preference, the language of the emails, a professional field by key or name. Each
// reads what people write in Swedish or English, and returns null (or the words that did not
// read) for anything else. Pure.

export type ImportField = { id: string; key: string; nameSv: string; nameEn: string };

const LEVEL_WORDS: Record<string, LanguageLevel> = {
  fluent: "fluent",
  native: "fluent",
  flytande: "fluent",
  modersmål: "fluent",
  good: "good",
  god: "good",
  goda: "good",
  bra: "good",
  basic: "basic",
  grundläggande: "basic",
  grund: "basic",
};

const languageCodes: ReadonlySet<string> = new Set(LANGUAGE_CODES);

/**
 * Languages written as `code:level` pairs separated by spaces, e.g. "sv:fluent en:good" (commas
 * or semicolons between the pairs are read too). Levels are fluent, good or basic, or the Swedish
 * flytande, god/bra, grundläggande. Returns the pairs that read and the ones that do not.
 */
export function parseLanguages(text: string): { languages: Array<{ code: LanguageCode; level: LanguageLevel }>; invalid: string[] } {
  const languages: Array<{ code: LanguageCode; level: LanguageLevel }> = [];
  const invalid: string[] = [];
  const tokens = text
    .replace(/\s*:\s*/g, ":")
    .split(/[\s,;/|]+/)
    .filter(Boolean);
  for (const token of tokens) {
    const [code = "", level = "", ...rest] = token.toLowerCase().split(":");
    const known = LEVEL_WORDS[level];
    if (rest.length === 0 && languageCodes.has(code) && known) languages.push({ code: code as LanguageCode, level: known });
    else invalid.push(token);
  }
  return { languages, invalid };
}

export function parseRole(text: string): NewParticipant["role"] | null {
  const word = text.toLowerCase();
  if (word === "mentor") return "MENTOR";
  if (word === "mentee" || word === "adept") return "MENTEE";
  return null;
}

export const MEETING_WORDS: Record<string, "IN_PERSON" | "REMOTE" | "BOTH"> = {
  inperson: "IN_PERSON",
  fysiskt: "IN_PERSON",
  påplats: "IN_PERSON",
  remote: "REMOTE",
  distans: "REMOTE",
  digitalt: "REMOTE",
  both: "BOTH",
  båda: "BOTH",
  either: "BOTH",
};

export function parseLocale(text: string): "sv" | "en" | null {
  const word = normaliseHeader(text);
  if (word === "" || word === "sv" || word === "svenska" || word === "swedish") return "sv";
  if (word === "en" || word === "engelska" || word === "english") return "en";
  return null;
}

/** The programme's field a cell names: by its key or by its Swedish or English name. */
export function findField(fields: ImportField[], text: string): ImportField | undefined {
  const wanted = text.trim().toLocaleLowerCase("sv");
  return fields.find(
    (field) =>
      field.key.toLowerCase() === wanted ||
      field.nameSv.toLocaleLowerCase("sv") === wanted ||
      field.nameEn.toLocaleLowerCase("en") === wanted,
  );
}
