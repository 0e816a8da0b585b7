import { experienceValue, SAME_REGION_VALUE, wishValue } from "@/lib/matching/matching-criteria";
import { AVOIDED, EXCLUDED, PAIRED_BEFORE, RANK_SHIFT, RULE_BIT, type CompiledCohort } from "@/lib/matching/matching-compile";
import { popcount } from "@/lib/matching/matching-encoding";
import { CRITERIA } from "@/lib/matching/matching-types";

// Scoring and hard rules for one pair of a compiled cohort. A criterion does not apply when the
// mentee states no need for it (no wished industries, no goals, no wishes, unknown years) or when
// it cannot matter (both accept remote meetings): it then leaves the weighted mean. When the mentee states a need and the mentor's profile says nothing to meet it,
// it scores 0, so that a silent profile never beats a partial match.
//
// `scorePair` is the one place a score is computed: the solver's candidate scores and the
// explanations shown to the coordinator both come from it.

// The cohort is compiled before it is scored; callers that score also compile.
export { compileCohort, RULE_BIT, type CompiledCohort } from "@/lib/matching/matching-compile";

// Positions in CRITERIA, for the per-criterion arrays.
const INDUSTRY = CRITERIA.indexOf("industry");
const GOALS = CRITERIA.indexOf("goals");
const LOCATION = CRITERIA.indexOf("location");
const EXPERIENCE = CRITERIA.indexOf("experience");
const WISHES = CRITERIA.indexOf("wishes");
const LANGUAGE = CRITERIA.indexOf("language");
const FIELD = CRITERIA.indexOf("field");

function sameId(a: number, b: number): boolean {
  return a >= 0 && a === b;
}

/** The best value of a language both speak (0 when they share none). */
function bestLanguageValue(c: CompiledCohort, i: number, j: number): number {
  let best = 0;
  const offset = j * c.languageCount;
  for (let k = c.menteeLanguageStart[i]!, end = c.menteeLanguageStart[i + 1]!; k < end; k++) {
    const code = c.menteeLanguageCode[k]!;
    const mentorLevel = c.mentorLanguageLevel[offset + code]!;
    if (mentorLevel === 0) continue;
    const level = Math.min(mentorLevel, c.menteeLanguageLevel[k]!);
    const value = c.languageValue[code * 4 + level]!;
    if (value > best) best = value;
  }
  return best;
}

function sharesLanguage(c: CompiledCohort, i: number, j: number): boolean {
  const offset = j * c.languageCount;
  for (let k = c.menteeLanguageStart[i]!, end = c.menteeLanguageStart[i + 1]!; k < end; k++) {
    if (c.mentorLanguageLevel[offset + c.menteeLanguageCode[k]!]! > 0) return true;
  }
  return false;
}

/** The share of the smaller industry list that both name. */
function industryValue(c: CompiledCohort, i: number, j: number): number {
  const menteeCount = c.menteeIndustryCount[i]!;
  const mentorCount = c.mentorIndustryCount[j]!;
  if (menteeCount === 0) return Number.NaN;
  if (mentorCount === 0) return 0;
  let shared = 0;
  const words = c.industryWords;
  for (let k = 0; k < words; k++) shared += popcount(c.menteeIndustries[i * words + k]! & c.mentorIndustries[j * words + k]!);
  return shared / Math.min(menteeCount, mentorCount);
}

/** The share of the mentee's goals that the mentor serves. */
function goalsValue(c: CompiledCohort, i: number, j: number): number {
  const goalCount = c.menteeGoalCount[i]!;
  if (goalCount === 0) return Number.NaN;
  let met = 0;
  const words = c.goalWords;
  for (let k = 0; k < words; k++) met += popcount(c.menteeGoals[i * words + k]! & c.mentorServes[j * words + k]!);
  return met / goalCount;
}

function locationValue(c: CompiledCohort, i: number, j: number): number {
  if (c.menteeInPerson[i] === 0 && c.mentorInPerson[j] === 0) return Number.NaN;
  if (sameId(c.menteeCity[i]!, c.mentorCity[j]!)) return 1;
  if (sameId(c.menteeRegion[i]!, c.mentorRegion[j]!)) return SAME_REGION_VALUE;
  return 0;
}

function yearsValue(c: CompiledCohort, i: number, j: number): number {
  const menteeYears = c.menteeYears[i]!;
  const mentorYears = c.mentorYears[j]!;
  if (menteeYears !== menteeYears) return Number.NaN;
  return mentorYears === mentorYears ? experienceValue(mentorYears - menteeYears) : 0;
}

function wishesValue(c: CompiledCohort, i: number, relation: number): number {
  const wishCount = c.wishCount[i]!;
  if (wishCount === 0) return Number.NaN;
  const rank = relation >>> RANK_SHIFT;
  return rank === 0 ? 0 : wishValue(rank, wishCount);
}

/** Same field 1, else 0. It counts whether or not the same-field rule is hard: a pair that shares its field is told so. */
function fieldValue(c: CompiledCohort, i: number, j: number): number {
  return c.menteeField[i] === c.mentorField[j] ? 1 : 0;
}

const CRITERION_COUNT = CRITERIA.length;

// Criterion values of the pair being scored when the caller does not ask for them.
const scratchValues = new Float64Array(CRITERION_COUNT);

/**
 * The pair's score, 0–100: the weighted mean of the criteria that apply, rounded. With `out`,
 * every criterion's 0–1 value is written to it in the order of CRITERIA (NaN = not applicable);
 * without, criteria weighted 0 are skipped. No criterion counting gives the neutral 100.
 * (`value === value` is false only for NaN: a criterion that does not apply.)
 */
export function scorePair(c: CompiledCohort, i: number, j: number, relation: number, out: Float64Array | null): number {
  const w = c.weights;
  const all = out !== null;
  const values = out ?? scratchValues;
  values[INDUSTRY] = all || w[INDUSTRY]! > 0 ? industryValue(c, i, j) : Number.NaN;
  values[GOALS] = all || w[GOALS]! > 0 ? goalsValue(c, i, j) : Number.NaN;
  values[LOCATION] = all || w[LOCATION]! > 0 ? locationValue(c, i, j) : Number.NaN;
  values[EXPERIENCE] = all || w[EXPERIENCE]! > 0 ? yearsValue(c, i, j) : Number.NaN;
  values[WISHES] = all || w[WISHES]! > 0 ? wishesValue(c, i, relation) : Number.NaN;
  values[LANGUAGE] = all || w[LANGUAGE]! > 0 ? bestLanguageValue(c, i, j) : Number.NaN;
  values[FIELD] = all || w[FIELD]! > 0 ? fieldValue(c, i, j) : Number.NaN;
  let weightSum = 0;
  let weighted = 0;
  for (let k = 0; k < CRITERION_COUNT; k++) {
    const weight = w[k]!;
    const value = values[k]!;
    if (weight > 0 && value === value) {
      weightSum += weight;
      weighted += weight * value;
    }
  }
  return weightSum === 0 ? 100 : Math.round((100 * weighted) / weightSum);
}

/**
 * What lies between mentee i and mentor j (earlier pair, exclusion, avoid list, wish rank), packed.
 * Callers scoring many pairs of one mentee may read it from a row they fill once instead.
 */
export function relationOf(c: CompiledCohort, i: number, j: number): number {
  return c.relations[i]?.get(j) ?? 0;
}

/** Writes mentee i's relations into `row` (indexed by mentor), or clears them with `clear`. */
export function fillRelationRow(c: CompiledCohort, i: number, row: Int32Array, clear: boolean): void {
  c.relations[i]?.forEach((relation, j) => (row[j] = clear ? 0 : relation));
}

/**
 * The hard rules the pair breaks, as RULE_BIT flags, whether or not the cohort enforces them.
 * Capacity is left out: it depends on the other pairs, which the caller knows.
 */
export function pairRuleFlags(c: CompiledCohort, i: number, j: number, relation: number): number {
  let flags = 0;
  if (c.menteeField[i] !== c.mentorField[j]) flags |= RULE_BIT.sameField;
  if (!sharesLanguage(c, i, j)) flags |= RULE_BIT.sharedLanguage;
  const employer = c.menteeEmployer[i]!;
  if (employer >= 0 && employer === c.mentorEmployer[j]) flags |= RULE_BIT.differentEmployer;
  const wantedByMentee = c.menteePreference[i]!;
  const wantedByMentor = c.mentorPreference[j]!;
  if ((wantedByMentee >= 0 && c.mentorGender[j] !== wantedByMentee) || (wantedByMentor >= 0 && c.menteeGender[i] !== wantedByMentor)) {
    flags |= RULE_BIT.genderPreference;
  }
  if (relation !== 0) {
    if (relation & PAIRED_BEFORE) flags |= RULE_BIT.notPairedBefore;
    if (relation & EXCLUDED) flags |= RULE_BIT.notExcluded;
    if (relation & AVOIDED) flags |= RULE_BIT.notAvoided;
  }
  return flags;
}
