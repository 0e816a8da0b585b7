import type { Random } from "@/lib/demo/random";
import {
  MENTEE_EFFECT_COMMENTS,
  MENTEE_GOAL_COMMENTS,
  MENTEE_GOAL_COMMENTS_EN,
  MENTOR_EFFECT_COMMENTS,
  MENTOR_GOAL_COMMENTS,
} from "@/prisma/seed/activity-content";
import type { Story } from "@/prisma/seed/stories";
import type { Answers } from "@/tests/factories/surveys";

// Survey answers drawn from what happened to the mentee, in the shares the programme's reports show.

/** A comment from the pool, written by `share` of those who answer. */
function drawComment(rng: Random, share: number, pool: readonly string[]): string | null {
  return rng.chance(share) ? rng.pick(pool) : null;
}

/** Whether the comment may be quoted; asked only of those who wrote one. */
function quoteConsent(rng: Random, comment: string | null, share: number): "yes" | "no" | null {
  return comment ? (rng.chance(share) ? "yes" : "no") : null;
}

const yesNo = (value: boolean) => (value ? "yes" : "no");

export function menteeGoalAnswers(rng: Random, story: Story, locale: "sv" | "en"): Answers {
  const comment = drawComment(rng, 0.35, locale === "en" ? MENTEE_GOAL_COMMENTS_EN : MENTEE_GOAL_COMMENTS);
  return {
    useful_reference: yesNo(story.usefulReference),
    job_interview: yesNo(story.jobInterview),
    expanded_network: yesNo(story.expandedNetwork),
    workplace_culture: rng.weighted([
      [2, 6],
      [3, 26],
      [4, 45],
      [5, 23],
    ] as const),
    professional_confidence: story.qualifiedDuring
      ? rng.weighted([
          [3, 15],
          [4, 45],
          [5, 40],
        ] as const)
      : rng.weighted([
          [1, 3],
          [2, 10],
          [3, 35],
          [4, 38],
          [5, 14],
        ] as const),
    recommend: rng.weighted([
      [4, 2],
      [5, 3],
      [6, 4],
      [7, 8],
      [8, 21],
      [9, 26],
      [10, 36],
    ] as const),
    comment,
    quote_consent: quoteConsent(rng, comment, 0.7),
  };
}

export function mentorGoalAnswers(rng: Random, menteeStory: Story | null): Answers {
  const comment = drawComment(rng, 0.3, MENTOR_GOAL_COMMENTS);
  return {
    mentee_progress: menteeStory?.qualifiedDuring
      ? rng.weighted([
          [3, 10],
          [4, 45],
          [5, 45],
        ] as const)
      : rng.weighted([
          [1, 4],
          [2, 15],
          [3, 40],
          [4, 31],
          [5, 10],
        ] as const),
    would_mentor_again: rng.weighted([
      ["yes", 78],
      ["maybe", 17],
      ["no", 5],
    ] as const),
    comment,
    quote_consent: quoteConsent(rng, comment, 0.8),
  };
}

export function menteeEffectAnswers(rng: Random, story: Story): Answers {
  const comment = drawComment(rng, 0.3, MENTEE_EFFECT_COMMENTS);
  return {
    qualified_job_before: yesNo(story.qualifiedBefore),
    qualified_job_during: yesNo(story.qualifiedDuring),
    qualified_job_after: yesNo(story.qualifiedAfter),
    searched_before: yesNo(story.searchedBefore),
    searched_during: yesNo(story.searchedDuring),
    searched_after: yesNo(story.searchedAfter),
    qualified_job_now: yesNo(story.qualifiedNow),
    qualified_job_obtained: story.obtained,
    contribution: story.contribution,
    job_title: story.qualifiedNow && rng.chance(0.75) ? story.jobTitle : null,
    comment,
    quote_consent: quoteConsent(rng, comment, 0.7),
  };
}

export function mentorEffectAnswers(rng: Random, menteeStory: Story | null): Answers {
  const comment = drawComment(rng, 0.25, MENTOR_EFFECT_COMMENTS);
  const knows = menteeStory?.qualifiedNow
    ? rng.weighted([
        ["yes", 70],
        ["dont_know", 25],
        ["no", 5],
      ] as const)
    : rng.weighted([
        ["no", 45],
        ["dont_know", 50],
        ["yes", 5],
      ] as const);
  return {
    would_mentor_again: rng.weighted([
      ["yes", 70],
      ["maybe", 22],
      ["no", 8],
    ] as const),
    mentee_qualified_job: knows,
    comment,
    quote_consent: quoteConsent(rng, comment, 0.8),
  };
}
