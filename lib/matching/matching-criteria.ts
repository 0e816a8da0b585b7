import type { EXPERTISE_TAGS, GOAL_TAGS, LanguageLevel } from "@/lib/profiles/profile-vocabulary";

// How each weighted criterion turns a pair into a number between 0 and 1. The numbers are kept
// here, apart from the code that applies them, so they can be read and argued about in one place.

type GoalTag = (typeof GOAL_TAGS)[number];
type ExpertiseTag = (typeof EXPERTISE_TAGS)[number];

/**
 * Which mentor expertise serves which mentee goal, where the two vocabularies differ. A goal is
 * also served by an expertise tag with the same key, so tags added to both lists later match
 * without an entry here. "swedish_language" is served by a mentor who speaks Swedish fluently.
 */
export const GOAL_EXPERTISE: Record<GoalTag, readonly ExpertiseTag[]> = {
  qualified_job: ["recruitment", "network", "leadership"],
  cv_applications: ["cv_review", "recruitment"],
  interview_practice: ["interview_practice", "recruitment"],
  network: ["network"],
  workplace_culture: ["leadership", "hr_processes"],
  swedish_language: [],
  degree_recognition: ["degree_recognition"],
  career_change: ["network", "recruitment"],
  further_studies: ["degree_recognition"],
};

/** The goal a fluent speaker of this language serves. */
export const LANGUAGE_GOAL = { goal: "swedish_language", language: "sv" } as const;

export function expertiseServesGoal(goal: string, expertise: string): boolean {
  if (goal === expertise) return true;
  const served: readonly string[] | undefined = (GOAL_EXPERTISE as Record<string, readonly string[]>)[goal];
  return served !== undefined && served.includes(expertise);
}

/** 1 = basic, 2 = good, 3 = fluent; 0 = does not speak it. */
export const LEVEL_RANK: Record<LanguageLevel, number> = { basic: 1, good: 2, fluent: 3 };
export const LEVEL_BY_RANK: readonly LanguageLevel[] = ["basic", "basic", "good", "fluent"];

/**
 * Language strength: the value of the best language both speak, at the weaker speaker's level.
 * Two people fluent in the same language talk freely, whichever it is: that is a full match.
 * Below fluent, Swedish counts more, since the mentee is entering a Swedish workplace (a mentee who
 * wants to practise Swedish is served through the goals criterion too).
 */
export const SWEDISH = "sv";
export const SWEDISH_VALUE = [0, 0.3, 0.8, 1] as const;
export const OTHER_LANGUAGE_VALUE = [0, 0.2, 0.5, 1] as const;

/** Location, when either side prefers meeting in person: same city 1, same region this, else 0. */
export const SAME_REGION_VALUE = 0.5;

/** Experience: the mentor should have this many years more than the mentee for a full score. */
export const FULL_EXPERIENCE_GAP = 5;

/** Wishes: rank r of k wishes scores (k − r + 1) / k, so the first wish scores 1. */
export function wishValue(rank: number, wishCount: number): number {
  return (wishCount - rank + 1) / wishCount;
}

export function experienceValue(gap: number): number {
  if (gap <= 0) return 0;
  if (gap >= FULL_EXPERIENCE_GAP) return 1;
  return gap / FULL_EXPERIENCE_GAP;
}
