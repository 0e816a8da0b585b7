import { RULE_BIT, type CompiledCohort, type PersonLists } from "@/lib/matching/matching-compile";
import {
  expertiseServesGoal,
  LANGUAGE_GOAL,
  LEVEL_BY_RANK,
  LEVEL_RANK,
  OTHER_LANGUAGE_VALUE,
  SWEDISH,
  SWEDISH_VALUE,
} from "@/lib/matching/matching-criteria";
import { pairRuleFlags, relationOf, scorePair } from "@/lib/matching/matching-score";
import {
  CRITERIA,
  RULES,
  type CriterionDetails,
  type CriterionExplanation,
  type LocationLevel,
  type Outcome,
  type PairExplanation,
} from "@/lib/matching/matching-types";

// A pair's score explained for the coordinator: per criterion its value, its points (which sum to
// the score) and what lies behind it, and the rules the pair breaks or would break.

const LOCATION = CRITERIA.indexOf("location");

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

function industryDetails(mentee: PersonLists, mentor: PersonLists): CriterionDetails["industry"] {
  return {
    shared: mentee.industries.filter((key) => mentor.industries.includes(key)),
    menteeOnly: mentee.industries.filter((key) => !mentor.industries.includes(key)),
    mentorOnly: mentor.industries.filter((key) => !mentee.industries.includes(key)),
  };
}

function goalDetails(mentee: PersonLists, mentor: PersonLists): CriterionDetails["goals"] {
  const expertise = mentor.tags;
  const mentorSpeaksGoalLanguage = mentor.languages.get(LANGUAGE_GOAL.language) === LEVEL_RANK.fluent;
  const met: CriterionDetails["goals"]["met"] = [];
  const unmet: string[] = [];
  for (const goal of mentee.tags) {
    const serving = expertise.filter((tag) => expertiseServesGoal(goal, tag));
    const language = goal === LANGUAGE_GOAL.goal && mentorSpeaksGoalLanguage ? LANGUAGE_GOAL.language : null;
    if (serving.length > 0 || language !== null) met.push({ goal, expertise: serving, language });
    else unmet.push(goal);
  }
  return { met, unmet };
}

function locationLevel(c: CompiledCohort, i: number, j: number, value: number): LocationLevel {
  if (Number.isNaN(value)) return "remote_possible";
  if (value >= 1) return "same_city";
  if (value > 0) return "same_region";
  const comparable = (c.menteeCity[i]! >= 0 && c.mentorCity[j]! >= 0) || (c.menteeRegion[i]! >= 0 && c.mentorRegion[j]! >= 0);
  return comparable ? "different" : "unknown";
}

function locationDetails(c: CompiledCohort, i: number, j: number, value: number): CriterionDetails["location"] {
  const mentee = c.input.mentees[i]!;
  const mentor = c.input.mentors[j]!;
  const menteeInPerson = mentee.meetingPreference === "IN_PERSON";
  const mentorInPerson = mentor.meetingPreference === "IN_PERSON";
  return {
    level: locationLevel(c, i, j, value),
    inPersonWantedBy: menteeInPerson && mentorInPerson ? "both" : menteeInPerson ? "mentee" : mentorInPerson ? "mentor" : null,
    menteeCity: mentee.city,
    mentorCity: mentor.city,
    menteeRegion: mentee.region,
    mentorRegion: mentor.region,
  };
}

function experienceDetails(c: CompiledCohort, i: number, j: number): CriterionDetails["experience"] {
  const menteeYears = c.menteeYears[i]!;
  const mentorYears = c.mentorYears[j]!;
  return {
    menteeYears: Number.isNaN(menteeYears) ? null : menteeYears,
    mentorYears: Number.isNaN(mentorYears) ? null : mentorYears,
    gap: Number.isNaN(mentorYears - menteeYears) ? null : mentorYears - menteeYears,
  };
}

function wishDetails(c: CompiledCohort, i: number, j: number): CriterionDetails["wishes"] {
  const wishes = c.wishCount[i]! > 0 ? (c.input.mentees[i]!.wishes ?? []) : [];
  const wishPosition = wishes.indexOf(c.input.mentors[j]!.id);
  return { rank: wishPosition === -1 ? null : wishPosition + 1, wishCount: wishes.length };
}

/** The languages both speak, and the one worth most at the weaker speaker's level. */
function languageDetails(mentee: PersonLists, mentor: PersonLists): CriterionDetails["language"] {
  const shared: string[] = [];
  let best: CriterionDetails["language"]["best"] = null;
  let bestValue = 0;
  for (const [code, menteeLevel] of mentee.languages) {
    const mentorLevel = mentor.languages.get(code);
    if (mentorLevel === undefined) continue;
    shared.push(code);
    const level = Math.min(menteeLevel, mentorLevel);
    const value = (code === SWEDISH ? SWEDISH_VALUE : OTHER_LANGUAGE_VALUE)[level]!;
    if (value > bestValue) {
      bestValue = value;
      best = { code, level: LEVEL_BY_RANK[level]! };
    }
  }
  return { best, shared };
}

function details(c: CompiledCohort, i: number, j: number, values: Float64Array): CriterionDetails {
  const menteeLists = c.menteeLists[i]!;
  const mentorLists = c.mentorLists[j]!;
  return {
    industry: industryDetails(menteeLists, mentorLists),
    goals: goalDetails(menteeLists, mentorLists),
    location: locationDetails(c, i, j, values[LOCATION]!),
    experience: experienceDetails(c, i, j),
    wishes: wishDetails(c, i, j),
    language: languageDetails(menteeLists, mentorLists),
    field: { menteeField: c.input.mentees[i]!.fieldKey, mentorField: c.input.mentors[j]!.fieldKey },
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
