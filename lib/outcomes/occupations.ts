import { SSYK_MAJOR_GROUPS, SSYK_OCCUPATIONS, type MajorGroup, type Occupation } from "@/lib/outcomes/ssyk-2012";

// The occupation list and Tandem's qualified-job judgement. Pure, safe on the client.

const byCode = new Map(SSYK_OCCUPATIONS.map((occupation) => [occupation.code, occupation]));

export const OCCUPATION_CODES = SSYK_OCCUPATIONS.map((occupation) => occupation.code);

export function findOccupation(code: string | null | undefined): Occupation | null {
  return code ? (byCode.get(code) ?? null) : null;
}

export function majorGroupOf(occupation: Occupation): MajorGroup {
  return SSYK_MAJOR_GROUPS.find((group) => group.code === occupation.code[0])!;
}

/** The name in the reader's language: Swedish for "sv", English otherwise. */
export function occupationName(occupation: Occupation, locale: string): string {
  return locale === "sv" ? occupation.sv : occupation.en;
}

export function majorGroupName(group: MajorGroup, locale: string): string {
  return locale === "sv" ? group.sv : group.en;
}

/** Lower case, without accents, so "ekonomi" finds "Ekonomi" and "ingenjor" finds "ingenjörs". */
function folded(text: string): string {
  return text.toLocaleLowerCase("sv").normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * The occupations whose code or name (Swedish or English, whatever the reader's language) holds
 * every word of the query, in the list's order; all of them for an empty query.
 */
export function searchOccupations(query: string): Occupation[] {
  const words = folded(query)
    .split(/[\s,]+/u)
    .filter(Boolean);
  if (words.length === 0) return [...SSYK_OCCUPATIONS];
  return SSYK_OCCUPATIONS.filter((occupation) => {
    const haystack = folded(`${occupation.code} ${occupation.sv} ${occupation.en}`);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Does the occupation require higher education? As the national statistics read SSYK: an
 * occupation of skill level 3 or 4 (major groups 1–3, and commissioned officers, 01).
 */
export function requiresHigherEducation(occupation: Occupation): boolean {
  return occupation.skillLevel >= 3;
}

export type QualifiedJudgementInput = {
  occupationCode: string | null | undefined;
  /** Has the person a post-secondary education? null when Tandem does not know. */
  postSecondaryEducation: boolean | null;
};

/**
 * Tandem's judgement of "a qualified job" (kvalificerat arbete): for a person with a
 * post-secondary education, a job whose occupation requires higher education. No judgement
 * (null) without a known occupation, without a known education, or for a person without a
 * post-secondary education (the measure is not defined for them).
 */
export function judgeQualified({ occupationCode, postSecondaryEducation }: QualifiedJudgementInput): boolean | null {
  const occupation = findOccupation(occupationCode);
  if (!occupation || postSecondaryEducation !== true) return null;
  return requiresHigherEducation(occupation);
}

/**
 * What Tandem knows of a mentee's education from their participation: a degree filled in is a
 * post-secondary education (the programmes admit people with a university degree); nothing filled
 * in is unknown.
 */
export function postSecondaryFromParticipation(participation: { educationDegree: string | null }): boolean | null {
  return participation.educationDegree && participation.educationDegree.trim() !== "" ? true : null;
}
