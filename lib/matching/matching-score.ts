import {
  experienceValue,
  expertiseServesGoal,
  LANGUAGE_GOAL,
  LEVEL_BY_RANK,
  LEVEL_RANK,
  OTHER_LANGUAGE_VALUE,
  SAME_REGION_VALUE,
  SWEDISH,
  SWEDISH_VALUE,
  wishValue,
} from "@/lib/matching/matching-criteria";
import { assertValidSettings } from "@/lib/matching/matching-settings";
import {
  CRITERIA,
  RULES,
  SWITCHABLE_RULES,
  type CriterionDetails,
  type CriterionExplanation,
  type Gender,
  type LocationLevel,
  type MatchingInput,
  type Outcome,
  type PairExplanation,
  type ParticipantProfile,
  type Rule,
} from "@/lib/matching/matching-types";

// Scoring and hard rules for one pair. A criterion does not apply when the mentee states no need
// for it (no wished industries, no goals, no wishes, unknown years) or when it cannot matter (both
// accept remote meetings; the same-field rule is hard): it then leaves the weighted mean. When the
// mentee states a need and the mentor's profile says nothing to meet it, it scores 0, so that a
// silent profile never beats a partial match.
//
// A cohort is first compiled into typed arrays (strings interned to small integers, tag lists to
// bit sets), so that scoring every candidate pair of a large cohort allocates nothing. `scorePair` is the one place a score is computed: the solver's
// candidate scores and the explanations shown to the coordinator both come from it.

export const RULE_BIT = Object.fromEntries(RULES.map((rule, index) => [rule, 1 << index])) as Record<Rule, number>;

const ALWAYS_HARD = RULE_BIT.capacity | RULE_BIT.notExcluded | RULE_BIT.notAvoided;

// Per mentee, per mentor: what the pair has between them, packed in one integer.
const PAIRED_BEFORE = 1;
const EXCLUDED = 2;
const AVOIDED = 4;
const RANK_SHIFT = 3;

const GENDERS: readonly Gender[] = ["FEMALE", "MALE", "NON_BINARY"];

// Positions in CRITERIA, for the per-criterion arrays.
const INDUSTRY = CRITERIA.indexOf("industry");
const GOALS = CRITERIA.indexOf("goals");
const LOCATION = CRITERIA.indexOf("location");
const EXPERIENCE = CRITERIA.indexOf("experience");
const WISHES = CRITERIA.indexOf("wishes");
const LANGUAGE = CRITERIA.indexOf("language");
const FIELD = CRITERIA.indexOf("field");

export interface CompiledCohort {
  input: MatchingInput;
  menteeCount: number;
  mentorCount: number;
  menteeIndex: Map<string, number>;
  mentorIndex: Map<string, number>;
  /** Weights in the order of CRITERIA. */
  weights: Float64Array;
  /** The rules that are hard for this cohort, as RULE_BIT flags. */
  enforcedRules: number;
  sameFieldHard: boolean;
  minimumScore: number;

  menteeField: Int32Array;
  mentorField: Int32Array;
  industryWords: number;
  menteeIndustries: Uint32Array;
  mentorIndustries: Uint32Array;
  menteeIndustryCount: Int32Array;
  mentorIndustryCount: Int32Array;
  goalWords: number;
  menteeGoals: Uint32Array;
  menteeGoalCount: Int32Array;
  /** Per mentor, the goals (of the mentees' goal universe) their expertise or Swedish serves. */
  mentorServes: Uint32Array;
  languageCount: number;
  /** Value of a language both speak, by language index × level rank. */
  languageValue: Float64Array;
  mentorLanguageLevel: Uint8Array;
  menteeLanguageStart: Int32Array;
  menteeLanguageCode: Int32Array;
  menteeLanguageLevel: Int32Array;
  menteeCity: Int32Array;
  mentorCity: Int32Array;
  menteeRegion: Int32Array;
  mentorRegion: Int32Array;
  menteeInPerson: Uint8Array;
  mentorInPerson: Uint8Array;
  menteeYears: Float64Array;
  mentorYears: Float64Array;
  menteeGender: Int8Array;
  mentorGender: Int8Array;
  menteePreference: Int8Array;
  mentorPreference: Int8Array;
  menteeEmployer: Int32Array;
  mentorEmployer: Int32Array;
  relations: (Map<number, number> | undefined)[];
  wishCount: Int32Array;
  /** The mentor index a mentee is locked to, or -1. */
  lockedMentor: Int32Array;
  lockedCount: Int32Array;
  /** Capacity left after locked pairs, never below 0. */
  remainingCapacity: Int32Array;
  /** Each person's lists without repeats, and languages with their highest level, for explanations. */
  menteeLists: PersonLists[];
  mentorLists: PersonLists[];
}

interface PersonLists {
  industries: string[];
  /** Goal tags for a mentee, expertise tags for a mentor. */
  tags: string[];
  languages: Map<string, number>;
}

class Interner {
  readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** Free text (city, region, employer) as compared: Unicode-normalised, lower case, single spaces. */
function normaliseText(value: string | null): string | null {
  if (value === null) return null;
  const key = value.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  return key === "" ? null : key;
}

/** The list without repeats, in its order. Profile lists are short, so a scan beats a Set. */
function unique(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) if (!out.includes(value)) out.push(value);
  return out;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function wordsFor(size: number): number {
  return Math.max(1, Math.ceil(size / 32));
}

function setBit(bits: Uint32Array, offset: number, bit: number): void {
  const index = offset + (bit >>> 5);
  bits[index] = bits[index]! | (1 << (bit & 31));
}

function textIds(people: readonly ParticipantProfile[], key: "city" | "region" | "employer", interner: Interner): Int32Array {
  const ids = new Int32Array(people.length);
  people.forEach((person, index) => {
    const text = normaliseText(person[key]);
    ids[index] = text === null ? -1 : interner.id(text);
  });
  return ids;
}

function genderIds(people: readonly ParticipantProfile[], key: "gender" | "genderPreference"): Int8Array {
  return Int8Array.from(people, (person) => (person[key] === null ? -1 : GENDERS.indexOf(person[key])));
}

function years(people: readonly ParticipantProfile[]): Float64Array {
  return Float64Array.from(people, (person) =>
    person.yearsExperience === null || !Number.isFinite(person.yearsExperience) ? Number.NaN : person.yearsExperience,
  );
}

/** The highest level per language code, in the order the person listed them. */
function languageLevels(person: ParticipantProfile): Map<string, number> {
  const levels = new Map<string, number>();
  for (const { code, level } of person.languages) levels.set(code, Math.max(levels.get(code) ?? 0, LEVEL_RANK[level]));
  return levels;
}

function indexIds(people: readonly { id: string }[], role: string): Map<string, number> {
  const index = new Map<string, number>();
  people.forEach((person, position) => {
    if (index.has(person.id)) throw new Error(`matching: ${role} ${person.id} appears twice`);
    index.set(person.id, position);
  });
  return index;
}

function peopleByPerson(people: readonly ParticipantProfile[]): Map<string, number[]> {
  const byPerson = new Map<string, number[]>();
  people.forEach((person, index) => {
    if (person.personId === null) return;
    const list = byPerson.get(person.personId);
    if (list) list.push(index);
    else byPerson.set(person.personId, [index]);
  });
  return byPerson;
}

/** Validates the input and turns it into arrays for scoring. Throws on duplicate ids or bad locks. */
export function compileCohort(input: MatchingInput): CompiledCohort {
  const { mentees, mentors, settings } = input;
  assertValidSettings(settings);
  const n = mentees.length;
  const m = mentors.length;
  const menteeIndex = indexIds(mentees, "mentee");
  const mentorIndex = indexIds(mentors, "mentor");
  for (const mentor of mentors) {
    if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0) {
      throw new RangeError(`matching: mentor ${mentor.id} has capacity ${mentor.capacity}; it must be a whole number, 0 or more`);
    }
  }

  const fields = new Interner();
  const menteeField = Int32Array.from(mentees, (mentee) => fields.id(mentee.fieldKey));
  const mentorField = Int32Array.from(mentors, (mentor) => fields.id(mentor.fieldKey));

  // Industries: one bit set per person over every industry either side names.
  const industries = new Interner();
  const menteeLevels = mentees.map(languageLevels);
  const mentorLevels = mentors.map(languageLevels);
  const menteeLists: PersonLists[] = mentees.map((mentee, i) => ({
    industries: unique(mentee.industries),
    tags: unique(mentee.goalTags),
    languages: menteeLevels[i]!,
  }));
  const mentorLists: PersonLists[] = mentors.map((mentor, j) => ({
    industries: unique(mentor.industries),
    tags: unique(mentor.expertiseTags),
    languages: mentorLevels[j]!,
  }));
  const menteeIndustryLists = menteeLists.map((lists) => lists.industries.map((key) => industries.id(key)));
  const mentorIndustryLists = mentorLists.map((lists) => lists.industries.map((key) => industries.id(key)));
  const industryWords = wordsFor(industries.size);
  const menteeIndustries = new Uint32Array(n * industryWords);
  const mentorIndustries = new Uint32Array(m * industryWords);
  menteeIndustryLists.forEach((list, i) => list.forEach((bit) => setBit(menteeIndustries, i * industryWords, bit)));
  mentorIndustryLists.forEach((list, j) => list.forEach((bit) => setBit(mentorIndustries, j * industryWords, bit)));

  // Languages.
  const languages = new Interner();
  for (const levels of [...menteeLevels, ...mentorLevels]) for (const code of levels.keys()) languages.id(code);
  const languageCount = languages.size;
  const languageValue = new Float64Array(Math.max(1, languageCount) * 4);
  for (const [code, index] of languages.ids) {
    const values = code === SWEDISH ? SWEDISH_VALUE : OTHER_LANGUAGE_VALUE;
    for (let level = 0; level < 4; level++) languageValue[index * 4 + level] = values[level]!;
  }
  const mentorLanguageLevel = new Uint8Array(Math.max(1, m * languageCount));
  mentorLevels.forEach((levels, j) =>
    levels.forEach((level, code) => (mentorLanguageLevel[j * languageCount + languages.id(code)] = level)),
  );
  const menteeLanguageStart = new Int32Array(n + 1);
  const menteeLanguageCodes: number[] = [];
  const menteeLanguageLevels: number[] = [];
  menteeLevels.forEach((levels, i) => {
    levels.forEach((level, code) => {
      menteeLanguageCodes.push(languages.id(code));
      menteeLanguageLevels.push(level);
    });
    menteeLanguageStart[i + 1] = menteeLanguageCodes.length;
  });

  // Goals: bit sets over the goals mentees name; per mentor the goals they serve.
  const goals = new Interner();
  const menteeGoalLists = menteeLists.map((lists) => lists.tags.map((key) => goals.id(key)));
  const goalWords = wordsFor(goals.size);
  const menteeGoals = new Uint32Array(n * goalWords);
  menteeGoalLists.forEach((list, i) => list.forEach((bit) => setBit(menteeGoals, i * goalWords, bit)));
  const mentorServes = new Uint32Array(m * goalWords);
  mentorLists.forEach(({ tags: expertise }, j) => {
    const speaksGoalLanguage = mentorLevels[j]!.get(LANGUAGE_GOAL.language) === LEVEL_RANK.fluent;
    for (const [goal, bit] of goals.ids) {
      const served = expertise.some((tag) => expertiseServesGoal(goal, tag)) || (goal === LANGUAGE_GOAL.goal && speaksGoalLanguage);
      if (served) setBit(mentorServes, j * goalWords, bit);
    }
  });

  // Places and employers share interners per kind, so equal names get equal ids on both sides.
  const cities = new Interner();
  const regions = new Interner();
  const employers = new Interner();

  // Relations: exclusions, avoid lists, wishes, earlier pairs.
  const relations: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(n);
  const mark = (i: number, j: number, flags: number) => {
    let map = relations[i];
    if (map === undefined) {
      map = new Map();
      relations[i] = map;
    }
    map.set(j, (map.get(j) ?? 0) | flags);
  };
  for (const { mentorId, menteeId } of input.exclusions) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i !== undefined && j !== undefined) mark(i, j, EXCLUDED);
  }
  const wishCount = new Int32Array(n);
  if (settings.wishesEnabled) {
    mentees.forEach((mentee, i) => {
      const wishes = mentee.wishes ?? [];
      wishCount[i] = wishes.length;
      const seen = new Set<number>();
      wishes.forEach((mentorId, position) => {
        const j = mentorIndex.get(mentorId);
        if (j === undefined || seen.has(j)) return;
        seen.add(j);
        mark(i, j, (position + 1) << RANK_SHIFT);
      });
      for (const mentorId of mentee.avoid ?? []) {
        const j = mentorIndex.get(mentorId);
        if (j !== undefined) mark(i, j, AVOIDED);
      }
    });
  }
  const menteesByPerson = peopleByPerson(mentees);
  const mentorsByPerson = peopleByPerson(mentors);
  for (const { mentorPersonId, menteePersonId } of input.previousPairings) {
    // Roles may have changed since: a former mentee can be a mentor now.
    for (const [menteePerson, mentorPerson] of [
      [menteePersonId, mentorPersonId],
      [mentorPersonId, menteePersonId],
    ] as const) {
      for (const i of menteesByPerson.get(menteePerson) ?? []) {
        for (const j of mentorsByPerson.get(mentorPerson) ?? []) mark(i, j, PAIRED_BEFORE);
      }
    }
  }

  // Locked pairs.
  const lockedMentor = new Int32Array(n).fill(-1);
  const lockedCount = new Int32Array(m);
  for (const { mentorId, menteeId } of input.lockedPairs) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i === undefined || j === undefined)
      throw new Error(`matching: locked pair ${mentorId}–${menteeId} names someone not in the cohort`);
    if (lockedMentor[i] !== -1) throw new Error(`matching: mentee ${menteeId} is locked to two mentors`);
    lockedMentor[i] = j;
    lockedCount[j]! += 1;
  }
  const remainingCapacity = Int32Array.from(mentors, (mentor, j) => Math.max(0, mentor.capacity - lockedCount[j]!));

  let enforcedRules = ALWAYS_HARD;
  for (const rule of SWITCHABLE_RULES) if (settings.rules[rule]) enforcedRules |= RULE_BIT[rule];

  return {
    input,
    menteeCount: n,
    mentorCount: m,
    menteeIndex,
    mentorIndex,
    weights: Float64Array.from(CRITERIA, (criterion) => settings.weights[criterion]),
    enforcedRules,
    sameFieldHard: settings.rules.sameField,
    minimumScore: settings.minimumScore,
    menteeField,
    mentorField,
    industryWords,
    menteeIndustries,
    mentorIndustries,
    menteeIndustryCount: Int32Array.from(menteeIndustryLists, (list) => list.length),
    mentorIndustryCount: Int32Array.from(mentorIndustryLists, (list) => list.length),
    goalWords,
    menteeGoals,
    menteeGoalCount: Int32Array.from(menteeGoalLists, (list) => list.length),
    mentorServes,
    languageCount,
    languageValue,
    mentorLanguageLevel,
    menteeLanguageStart,
    menteeLanguageCode: Int32Array.from(menteeLanguageCodes),
    menteeLanguageLevel: Int32Array.from(menteeLanguageLevels),
    menteeCity: textIds(mentees, "city", cities),
    mentorCity: textIds(mentors, "city", cities),
    menteeRegion: textIds(mentees, "region", regions),
    mentorRegion: textIds(mentors, "region", regions),
    menteeInPerson: Uint8Array.from(mentees, (mentee) => (mentee.meetingPreference === "IN_PERSON" ? 1 : 0)),
    mentorInPerson: Uint8Array.from(mentors, (mentor) => (mentor.meetingPreference === "IN_PERSON" ? 1 : 0)),
    menteeYears: years(mentees),
    mentorYears: years(mentors),
    menteeGender: genderIds(mentees, "gender"),
    mentorGender: genderIds(mentors, "gender"),
    menteePreference: genderIds(mentees, "genderPreference"),
    mentorPreference: genderIds(mentors, "genderPreference"),
    menteeEmployer: textIds(mentees, "employer", employers),
    mentorEmployer: textIds(mentors, "employer", employers),
    relations,
    wishCount,
    lockedMentor,
    lockedCount,
    remainingCapacity,
    menteeLists,
    mentorLists,
  };
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

function sameId(a: number, b: number): boolean {
  return a >= 0 && a === b;
}

/**
 * The pair's score, 0–100: the weighted mean of the criteria that apply, rounded. With `out`,
 * every criterion's 0–1 value is written to it in the order of CRITERIA (NaN = not applicable);
 * without, criteria weighted 0 are skipped. No criterion counting gives the neutral 100.
 * (`value === value` is false only for NaN: a criterion that does not apply.)
 */
export function scorePair(c: CompiledCohort, i: number, j: number, relation: number, out: Float64Array | null): number {
  const w = c.weights;
  let weightSum = 0;
  let weighted = 0;
  let value: number;

  if (out !== null || w[INDUSTRY]! > 0) {
    const menteeCount = c.menteeIndustryCount[i]!;
    const mentorCount = c.mentorIndustryCount[j]!;
    if (menteeCount === 0) value = Number.NaN;
    else if (mentorCount === 0) value = 0;
    else {
      let shared = 0;
      const words = c.industryWords;
      for (let k = 0; k < words; k++) shared += popcount(c.menteeIndustries[i * words + k]! & c.mentorIndustries[j * words + k]!);
      value = shared / Math.min(menteeCount, mentorCount);
    }
    if (out !== null) out[INDUSTRY] = value;
    if (w[INDUSTRY]! > 0 && value === value) {
      weightSum += w[INDUSTRY]!;
      weighted += w[INDUSTRY]! * value;
    }
  }

  if (out !== null || w[GOALS]! > 0) {
    const goalCount = c.menteeGoalCount[i]!;
    if (goalCount === 0) value = Number.NaN;
    else {
      let met = 0;
      const words = c.goalWords;
      for (let k = 0; k < words; k++) met += popcount(c.menteeGoals[i * words + k]! & c.mentorServes[j * words + k]!);
      value = met / goalCount;
    }
    if (out !== null) out[GOALS] = value;
    if (w[GOALS]! > 0 && value === value) {
      weightSum += w[GOALS]!;
      weighted += w[GOALS]! * value;
    }
  }

  if (out !== null || w[LOCATION]! > 0) {
    if (c.menteeInPerson[i] === 0 && c.mentorInPerson[j] === 0) value = Number.NaN;
    else if (sameId(c.menteeCity[i]!, c.mentorCity[j]!)) value = 1;
    else if (sameId(c.menteeRegion[i]!, c.mentorRegion[j]!)) value = SAME_REGION_VALUE;
    else value = 0;
    if (out !== null) out[LOCATION] = value;
    if (w[LOCATION]! > 0 && value === value) {
      weightSum += w[LOCATION]!;
      weighted += w[LOCATION]! * value;
    }
  }

  if (out !== null || w[EXPERIENCE]! > 0) {
    const menteeYears = c.menteeYears[i]!;
    const mentorYears = c.mentorYears[j]!;
    if (menteeYears !== menteeYears) value = Number.NaN;
    else value = mentorYears === mentorYears ? experienceValue(mentorYears - menteeYears) : 0;
    if (out !== null) out[EXPERIENCE] = value;
    if (w[EXPERIENCE]! > 0 && value === value) {
      weightSum += w[EXPERIENCE]!;
      weighted += w[EXPERIENCE]! * value;
    }
  }

  if (out !== null || w[WISHES]! > 0) {
    const wishCount = c.wishCount[i]!;
    if (wishCount === 0) value = Number.NaN;
    else {
      const rank = relation >>> RANK_SHIFT;
      value = rank === 0 ? 0 : wishValue(rank, wishCount);
    }
    if (out !== null) out[WISHES] = value;
    if (w[WISHES]! > 0 && value === value) {
      weightSum += w[WISHES]!;
      weighted += w[WISHES]! * value;
    }
  }

  if (out !== null || w[LANGUAGE]! > 0) {
    value = bestLanguageValue(c, i, j);
    if (out !== null) out[LANGUAGE] = value;
    if (w[LANGUAGE]! > 0) {
      weightSum += w[LANGUAGE]!;
      weighted += w[LANGUAGE]! * value;
    }
  }

  if (out !== null || w[FIELD]! > 0) {
    // With the same-field rule hard, every allowed pair shares its field: nothing to weigh.
    value = c.sameFieldHard ? Number.NaN : c.menteeField[i] === c.mentorField[j] ? 1 : 0;
    if (out !== null) out[FIELD] = value;
    if (w[FIELD]! > 0 && value === value) {
      weightSum += w[FIELD]!;
      weighted += w[FIELD]! * value;
    }
  }

  return weightSum === 0 ? 100 : Math.round((100 * weighted) / weightSum);
}

// ---------------------------------------------------------------------------------------------
// Explanations

function outcomeOf(value: number): Outcome {
  if (Number.isNaN(value)) return "not_applicable";
  if (value >= 1) return "match";
  return value > 0 ? "partial" : "none";
}

/**
 * Whole points per criterion that sum to the score exactly: each criterion's share of the
 * weighted mean, floored, with the points lost to rounding given to the largest remainders.
 */
function allocatePoints(values: Float64Array, weights: Float64Array, score: number): number[] {
  const points = new Array<number>(values.length).fill(0);
  let weightSum = 0;
  values.forEach((value, k) => {
    if (weights[k]! > 0 && !Number.isNaN(value)) weightSum += weights[k]!;
  });
  if (weightSum === 0) return points;
  const remainders: { k: number; fraction: number }[] = [];
  let floored = 0;
  values.forEach((value, k) => {
    if (!(weights[k]! > 0) || Number.isNaN(value)) return;
    const share = (100 * weights[k]! * value) / weightSum;
    const whole = Math.floor(share + 1e-9);
    points[k] = whole;
    floored += whole;
    remainders.push({ k, fraction: share - whole });
  });
  remainders.sort((a, b) => b.fraction - a.fraction || a.k - b.k);
  const left = Math.min(Math.max(score - floored, 0), remainders.length);
  for (let r = 0; r < left; r++) points[remainders[r]!.k]! += 1;
  return points;
}

function locationLevel(c: CompiledCohort, i: number, j: number, value: number): LocationLevel {
  if (Number.isNaN(value)) return "remote_possible";
  if (value >= 1) return "same_city";
  if (value > 0) return "same_region";
  const comparable = (c.menteeCity[i]! >= 0 && c.mentorCity[j]! >= 0) || (c.menteeRegion[i]! >= 0 && c.mentorRegion[j]! >= 0);
  return comparable ? "different" : "unknown";
}

function details(c: CompiledCohort, i: number, j: number, values: Float64Array): CriterionDetails {
  const mentee = c.input.mentees[i]!;
  const mentor = c.input.mentors[j]!;
  const menteeLists = c.menteeLists[i]!;
  const mentorLists = c.mentorLists[j]!;
  const menteeIndustries = menteeLists.industries;
  const mentorIndustries = mentorLists.industries;

  const expertise = mentorLists.tags;
  const mentorSpeaksGoalLanguage = mentorLists.languages.get(LANGUAGE_GOAL.language) === LEVEL_RANK.fluent;
  const met: CriterionDetails["goals"]["met"] = [];
  const unmet: string[] = [];
  for (const goal of menteeLists.tags) {
    const serving = expertise.filter((tag) => expertiseServesGoal(goal, tag));
    const language = goal === LANGUAGE_GOAL.goal && mentorSpeaksGoalLanguage ? LANGUAGE_GOAL.language : null;
    if (serving.length > 0 || language !== null) met.push({ goal, expertise: serving, language });
    else unmet.push(goal);
  }

  const menteeInPerson = mentee.meetingPreference === "IN_PERSON";
  const mentorInPerson = mentor.meetingPreference === "IN_PERSON";

  const wishes = c.wishCount[i]! > 0 ? (mentee.wishes ?? []) : [];
  const wishPosition = wishes.indexOf(mentor.id);

  const shared: string[] = [];
  let best: CriterionDetails["language"]["best"] = null;
  let bestValue = 0;
  for (const [code, menteeLevel] of menteeLists.languages) {
    const mentorLevel = mentorLists.languages.get(code);
    if (mentorLevel === undefined) continue;
    shared.push(code);
    const level = Math.min(menteeLevel, mentorLevel);
    const value = (code === SWEDISH ? SWEDISH_VALUE : OTHER_LANGUAGE_VALUE)[level]!;
    if (value > bestValue) {
      bestValue = value;
      best = { code, level: LEVEL_BY_RANK[level]! };
    }
  }

  const menteeYears = c.menteeYears[i]!;
  const mentorYears = c.mentorYears[j]!;

  return {
    industry: {
      shared: menteeIndustries.filter((key) => mentorIndustries.includes(key)),
      menteeOnly: menteeIndustries.filter((key) => !mentorIndustries.includes(key)),
      mentorOnly: mentorIndustries.filter((key) => !menteeIndustries.includes(key)),
    },
    goals: { met, unmet },
    location: {
      level: locationLevel(c, i, j, values[LOCATION]!),
      inPersonWantedBy: menteeInPerson && mentorInPerson ? "both" : menteeInPerson ? "mentee" : mentorInPerson ? "mentor" : null,
      menteeCity: mentee.city,
      mentorCity: mentor.city,
      menteeRegion: mentee.region,
      mentorRegion: mentor.region,
    },
    experience: {
      menteeYears: Number.isNaN(menteeYears) ? null : menteeYears,
      mentorYears: Number.isNaN(mentorYears) ? null : mentorYears,
      gap: Number.isNaN(mentorYears - menteeYears) ? null : mentorYears - menteeYears,
    },
    wishes: { rank: wishPosition === -1 ? null : wishPosition + 1, wishCount: wishes.length },
    language: { best, shared },
    field: { menteeField: mentee.fieldKey, mentorField: mentor.fieldKey },
  };
}

export interface ExplainedPair {
  score: number;
  /** Every rule the pair breaks (capacity as given), enforced or not. */
  ruleFlags: number;
  explanation: PairExplanation;
}

// Criterion values of the pair being explained, reused: explainPair reads them before it returns.
const scratchValues = new Float64Array(CRITERIA.length);

/** Score and full explanation of a pair; `capacityBroken` says whether the mentor has no room. */
export function explainPair(c: CompiledCohort, i: number, j: number, capacityBroken: boolean): ExplainedPair {
  const values = scratchValues;
  const relation = relationOf(c, i, j);
  const score = scorePair(c, i, j, relation, values);
  const ruleFlags = pairRuleFlags(c, i, j, relation) | (capacityBroken ? RULE_BIT.capacity : 0);
  const points = allocatePoints(values, c.weights, score);
  const detail = details(c, i, j, values);
  const criteria = CRITERIA.map((criterion, k) => {
    const value = values[k]!;
    return {
      criterion,
      score01: Number.isNaN(value) ? 0 : value,
      weight: c.weights[k]!,
      points: points[k]!,
      outcome: outcomeOf(value),
      details: detail[criterion],
    } as CriterionExplanation;
  });
  const neutral = criteria.every((entry) => entry.weight === 0 || entry.outcome === "not_applicable");
  return {
    score,
    ruleFlags,
    explanation: {
      criteria,
      brokenRules: RULES.filter((rule) => ruleFlags & c.enforcedRules & RULE_BIT[rule]),
      relaxedRules: RULES.filter((rule) => ruleFlags & ~c.enforcedRules & RULE_BIT[rule]),
      neutral,
    },
  };
}
