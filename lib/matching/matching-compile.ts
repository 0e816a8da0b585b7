import {
  expertiseServesGoal,
  LANGUAGE_GOAL,
  LEVEL_RANK,
  OTHER_LANGUAGE_VALUE,
  SWEDISH,
  SWEDISH_VALUE,
} from "@/lib/matching/matching-criteria";
import { bitSets, Interner, normaliseText, setBit, unique, wordsFor } from "@/lib/matching/matching-encoding";
import { assertValidSettings } from "@/lib/matching/matching-settings";
import {
  CRITERIA,
  RULES,
  SWITCHABLE_RULES,
  type Gender,
  type MatchingInput,
  type MatchingSettings,
  type MenteeProfile,
  type MentorProfile,
  type ParticipantProfile,
  type Rule,
} from "@/lib/matching/matching-types";

// A cohort compiled for scoring: the settings become weights and rule flags, and every profile
// becomes typed arrays (strings interned to small integers, tag lists to bit sets), so that
// scoring every candidate pair of a large cohort allocates nothing.

export const RULE_BIT = Object.fromEntries(RULES.map((rule, index) => [rule, 1 << index])) as Record<Rule, number>;

const ALWAYS_HARD = RULE_BIT.capacity | RULE_BIT.notExcluded | RULE_BIT.notAvoided;

// Per mentee, per mentor: what the pair has between them, packed in one integer.
export const PAIRED_BEFORE = 1;
export const EXCLUDED = 2;
export const AVOIDED = 4;
/** The wish rank (1 = first wish, 0 = not wished) sits above the flags. */
export const RANK_SHIFT = 3;

const GENDERS: readonly Gender[] = ["FEMALE", "MALE", "NON_BINARY"];

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

export interface PersonLists {
  industries: string[];
  /** Goal tags for a mentee, expertise tags for a mentor. */
  tags: string[];
  languages: Map<string, number>;
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

function inPerson(people: readonly ParticipantProfile[]): Uint8Array {
  return Uint8Array.from(people, (person) => (person.meetingPreference === "IN_PERSON" ? 1 : 0));
}

/** The highest level per language code, in the order the person listed them. */
function languageLevels(person: ParticipantProfile): Map<string, number> {
  const levels = new Map<string, number>();
  for (const { code, level } of person.languages) levels.set(code, Math.max(levels.get(code) ?? 0, LEVEL_RANK[level]));
  return levels;
}

function personLists(person: ParticipantProfile, tags: readonly string[]): PersonLists {
  return { industries: unique(person.industries), tags: unique(tags), languages: languageLevels(person) };
}

function indexIds(people: readonly { id: string }[], role: string): Map<string, number> {
  const index = new Map<string, number>();
  people.forEach((person, position) => {
    if (index.has(person.id)) throw new Error(`matching: ${role} ${person.id} appears twice`);
    index.set(person.id, position);
  });
  return index;
}

function assertCapacities(mentors: readonly MentorProfile[]): void {
  for (const mentor of mentors) {
    if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0) {
      throw new RangeError(`matching: mentor ${mentor.id} has capacity ${mentor.capacity}; it must be a whole number, 0 or more`);
    }
  }
}

function compileSettings(settings: MatchingSettings) {
  let enforcedRules = ALWAYS_HARD;
  for (const rule of SWITCHABLE_RULES) if (settings.rules[rule]) enforcedRules |= RULE_BIT[rule];
  return {
    weights: Float64Array.from(CRITERIA, (criterion) => settings.weights[criterion]),
    enforcedRules,
    sameFieldHard: settings.rules.sameField,
    minimumScore: settings.minimumScore,
  };
}

/** The plain profile values. Places and employers share interners, so equal names get equal ids on both sides. */
function compileProfiles(mentees: readonly MenteeProfile[], mentors: readonly MentorProfile[]) {
  const fields = new Interner();
  const cities = new Interner();
  const regions = new Interner();
  const employers = new Interner();
  return {
    menteeField: Int32Array.from(mentees, (mentee) => fields.id(mentee.fieldKey)),
    mentorField: Int32Array.from(mentors, (mentor) => fields.id(mentor.fieldKey)),
    menteeCity: textIds(mentees, "city", cities),
    mentorCity: textIds(mentors, "city", cities),
    menteeRegion: textIds(mentees, "region", regions),
    mentorRegion: textIds(mentors, "region", regions),
    menteeInPerson: inPerson(mentees),
    mentorInPerson: inPerson(mentors),
    menteeYears: years(mentees),
    mentorYears: years(mentors),
    menteeGender: genderIds(mentees, "gender"),
    mentorGender: genderIds(mentors, "gender"),
    menteePreference: genderIds(mentees, "genderPreference"),
    mentorPreference: genderIds(mentors, "genderPreference"),
    menteeEmployer: textIds(mentees, "employer", employers),
    mentorEmployer: textIds(mentors, "employer", employers),
  };
}

/** Industries: one bit set per person over every industry either side names. */
function compileIndustries(menteeLists: readonly PersonLists[], mentorLists: readonly PersonLists[]) {
  const industries = new Interner();
  const menteeIndustryLists = menteeLists.map((lists) => lists.industries.map((key) => industries.id(key)));
  const mentorIndustryLists = mentorLists.map((lists) => lists.industries.map((key) => industries.id(key)));
  const industryWords = wordsFor(industries.size);
  return {
    industryWords,
    menteeIndustries: bitSets(menteeIndustryLists, industryWords),
    mentorIndustries: bitSets(mentorIndustryLists, industryWords),
    menteeIndustryCount: Int32Array.from(menteeIndustryLists, (list) => list.length),
    mentorIndustryCount: Int32Array.from(mentorIndustryLists, (list) => list.length),
  };
}

/** Goals: bit sets over the goals mentees name; per mentor the goals they serve. */
function compileGoals(menteeLists: readonly PersonLists[], mentorLists: readonly PersonLists[]) {
  const goals = new Interner();
  const menteeGoalLists = menteeLists.map((lists) => lists.tags.map((key) => goals.id(key)));
  const goalWords = wordsFor(goals.size);
  const mentorServes = new Uint32Array(mentorLists.length * goalWords);
  mentorLists.forEach(({ tags: expertise, languages }, j) => {
    const speaksGoalLanguage = languages.get(LANGUAGE_GOAL.language) === LEVEL_RANK.fluent;
    for (const [goal, bit] of goals.ids) {
      const served = expertise.some((tag) => expertiseServesGoal(goal, tag)) || (goal === LANGUAGE_GOAL.goal && speaksGoalLanguage);
      if (served) setBit(mentorServes, j * goalWords, bit);
    }
  });
  return {
    goalWords,
    menteeGoals: bitSets(menteeGoalLists, goalWords),
    menteeGoalCount: Int32Array.from(menteeGoalLists, (list) => list.length),
    mentorServes,
  };
}

/** Languages: each mentor's level per language, each mentee's languages as a list. */
function compileLanguages(menteeLists: readonly PersonLists[], mentorLists: readonly PersonLists[]) {
  const languages = new Interner();
  for (const { languages: levels } of [...menteeLists, ...mentorLists]) for (const code of levels.keys()) languages.id(code);
  const languageCount = languages.size;
  const languageValue = new Float64Array(Math.max(1, languageCount) * 4);
  for (const [code, index] of languages.ids) {
    const values = code === SWEDISH ? SWEDISH_VALUE : OTHER_LANGUAGE_VALUE;
    for (let level = 0; level < 4; level++) languageValue[index * 4 + level] = values[level]!;
  }
  const mentorLanguageLevel = new Uint8Array(Math.max(1, mentorLists.length * languageCount));
  mentorLists.forEach(({ languages: levels }, j) =>
    levels.forEach((level, code) => (mentorLanguageLevel[j * languageCount + languages.id(code)] = level)),
  );
  const menteeLanguageStart = new Int32Array(menteeLists.length + 1);
  const codes: number[] = [];
  const levels: number[] = [];
  menteeLists.forEach(({ languages: spoken }, i) => {
    spoken.forEach((level, code) => {
      codes.push(languages.id(code));
      levels.push(level);
    });
    menteeLanguageStart[i + 1] = codes.length;
  });
  return {
    languageCount,
    languageValue,
    mentorLanguageLevel,
    menteeLanguageStart,
    menteeLanguageCode: Int32Array.from(codes),
    menteeLanguageLevel: Int32Array.from(levels),
  };
}

type Relations = (Map<number, number> | undefined)[];

function mark(relations: Relations, i: number, j: number, flags: number): void {
  let map = relations[i];
  if (map === undefined) {
    map = new Map();
    relations[i] = map;
  }
  map.set(j, (map.get(j) ?? 0) | flags);
}

/** Each mentee's wishes (their rank) and avoid list; returns how many mentors each mentee wished for. */
function markWishes(relations: Relations, mentees: readonly MenteeProfile[], mentorIndex: Map<string, number>): Int32Array {
  const wishCount = new Int32Array(mentees.length);
  mentees.forEach((mentee, i) => {
    const wishes = mentee.wishes ?? [];
    wishCount[i] = wishes.length;
    const seen = new Set<number>();
    wishes.forEach((mentorId, position) => {
      const j = mentorIndex.get(mentorId);
      if (j === undefined || seen.has(j)) return;
      seen.add(j);
      mark(relations, i, j, (position + 1) << RANK_SHIFT);
    });
    for (const mentorId of mentee.avoid ?? []) {
      const j = mentorIndex.get(mentorId);
      if (j !== undefined) mark(relations, i, j, AVOIDED);
    }
  });
  return wishCount;
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

function markPreviousPairings(relations: Relations, input: MatchingInput): void {
  const menteesByPerson = peopleByPerson(input.mentees);
  const mentorsByPerson = peopleByPerson(input.mentors);
  for (const { mentorPersonId, menteePersonId } of input.previousPairings) {
    // Roles may have changed since: a former mentee can be a mentor now.
    for (const [menteePerson, mentorPerson] of [
      [menteePersonId, mentorPersonId],
      [mentorPersonId, menteePersonId],
    ] as const) {
      for (const i of menteesByPerson.get(menteePerson) ?? []) {
        for (const j of mentorsByPerson.get(mentorPerson) ?? []) mark(relations, i, j, PAIRED_BEFORE);
      }
    }
  }
}

/** Relations: exclusions, avoid lists, wishes, earlier pairs. */
function compileRelations(input: MatchingInput, menteeIndex: Map<string, number>, mentorIndex: Map<string, number>) {
  const relations: Relations = new Array<Map<number, number> | undefined>(input.mentees.length);
  for (const { mentorId, menteeId } of input.exclusions) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i !== undefined && j !== undefined) mark(relations, i, j, EXCLUDED);
  }
  const wishCount = input.settings.wishesEnabled ? markWishes(relations, input.mentees, mentorIndex) : new Int32Array(input.mentees.length);
  markPreviousPairings(relations, input);
  return { relations, wishCount };
}

function compileLocks(input: MatchingInput, menteeIndex: Map<string, number>, mentorIndex: Map<string, number>) {
  const lockedMentor = new Int32Array(input.mentees.length).fill(-1);
  const lockedCount = new Int32Array(input.mentors.length);
  for (const { mentorId, menteeId } of input.lockedPairs) {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i === undefined || j === undefined)
      throw new Error(`matching: locked pair ${mentorId}–${menteeId} names someone not in the cohort`);
    if (lockedMentor[i] !== -1) throw new Error(`matching: mentee ${menteeId} is locked to two mentors`);
    lockedMentor[i] = j;
    lockedCount[j]! += 1;
  }
  const remainingCapacity = Int32Array.from(input.mentors, (mentor, j) => Math.max(0, mentor.capacity - lockedCount[j]!));
  return { lockedMentor, lockedCount, remainingCapacity };
}

/** Validates the input and turns it into arrays for scoring. Throws on duplicate ids or bad locks. */
export function compileCohort(input: MatchingInput): CompiledCohort {
  const { mentees, mentors, settings } = input;
  assertValidSettings(settings);
  const menteeIndex = indexIds(mentees, "mentee");
  const mentorIndex = indexIds(mentors, "mentor");
  assertCapacities(mentors);
  const menteeLists = mentees.map((mentee) => personLists(mentee, mentee.goalTags));
  const mentorLists = mentors.map((mentor) => personLists(mentor, mentor.expertiseTags));
  const relations = compileRelations(input, menteeIndex, mentorIndex);
  const locks = compileLocks(input, menteeIndex, mentorIndex);
  return {
    input,
    menteeCount: mentees.length,
    mentorCount: mentors.length,
    menteeIndex,
    mentorIndex,
    ...compileSettings(settings),
    ...compileProfiles(mentees, mentors),
    ...compileIndustries(menteeLists, mentorLists),
    ...compileGoals(menteeLists, mentorLists),
    ...compileLanguages(menteeLists, mentorLists),
    ...relations,
    ...locks,
    menteeLists,
    mentorLists,
  };
}
