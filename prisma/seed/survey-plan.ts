import type { Random } from "@/lib/demo/random";
import type { BuiltInKey } from "@/lib/surveys/instruments";
import type { CohortPlan, PairPlan } from "@/prisma/seed/plan-types";
import { drawStories } from "@/prisma/seed/stories";

// Who answered which survey of the closed cohorts, and what happened to each of their mentees.

/**
 * `count` items spread over the groups in proportion to their sizes: the groups are laid out one
 * after the other (each shuffled) and every (length / count)-th item is taken from a random start.
 */
function proportionalSample<T>(rng: Random, items: readonly T[], count: number, group: (item: T) => string): T[] {
  if (count <= 0) return [];
  if (count >= items.length) return [...items];
  const groups = new Map<string, T[]>();
  for (const item of rng.shuffle(items)) {
    const key = group(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const laidOut = [...groups.keys()].sort().flatMap((key) => groups.get(key) ?? []);
  const step = laidOut.length / count;
  const offset = rng.next() * step;
  return Array.from({ length: count }, (_, index) => laidOut[Math.floor(offset + index * step)] as T);
}

/** Response rates of the seeded rounds, close to what the report describes. */
const RESPONSE_RATES: Record<BuiltInKey, number> = {
  "goal_evaluation.mentee": 0.77,
  "goal_evaluation.mentor": 0.77,
  "effect_survey.mentee": 0.56,
  "effect_survey.mentor": 0.59,
};

/** Marks a fixed share of those who could answer each of the cohort's surveys as having answered. */
function chooseRespondents(rng: Random, cohort: CohortPlan): void {
  for (const pair of cohort.pairs) pair.responds = new Set(Object.keys(pair.fixedAnswers ?? {}) as BuiltInKey[]);
  const keys: BuiltInKey[] = ["goal_evaluation.mentee", "goal_evaluation.mentor"];
  if (cohort.effectSurvey) keys.push("effect_survey.mentee", "effect_survey.mentor");
  for (const key of keys) {
    const role = key.endsWith(".mentee") ? "mentee" : "mentor";
    // Goal evaluations are filled in at the last session, which those who left did not reach.
    const eligible = cohort.pairs.filter((pair) => key.startsWith("effect_survey") || pair[role].status !== "WITHDRAWN");
    const wanted = Math.round(RESPONSE_RATES[key] * eligible.length);
    const already = eligible.filter((pair) => pair.responds?.has(key)).length;
    const others = eligible.filter((pair) => !pair.responds?.has(key));
    const byField = (pair: PairPlan) => pair.mentee.profile.fieldKey;
    for (const pair of proportionalSample(rng, others, wanted - already, byField)) pair.responds?.add(key);
  }
}

/**
 * Decides who answered which survey of the closed cohorts (a fixed share of those who could), then
 * what happened to each mentee, drawn for the effect-survey respondents as one group so that their
 * answers show the intended shares.
 */
export function planSurveys(rng: Random, closed: CohortPlan[]): void {
  for (const cohort of closed) chooseRespondents(rng, cohort);
  const pairs = closed.flatMap((cohort) => cohort.pairs).filter((pair) => !pair.story);
  const effectRespondents = pairs.filter((pair) => pair.responds?.has("effect_survey.mentee"));
  for (const group of [effectRespondents, pairs.filter((pair) => !effectRespondents.includes(pair))]) {
    const stories = drawStories(
      rng,
      group.map((pair) => pair.mentee.profile.fieldKey),
    );
    group.forEach((pair, index) => (pair.story = stories[index] ?? null));
  }
}
