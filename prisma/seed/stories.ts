import { pickWeighted, type Random, stratified } from "@/lib/demo/random";
import { QUALIFIED_TITLES } from "@/prisma/seed/activity-content";
import { EMPLOYERS, EMPLOYERS_BY_FIELD, type Employer, type FieldKey } from "@/prisma/seed/profile-content";

// What happened to each mentee. The story drives both the outcomes a pair logs and the survey
// answers, so that they agree with each other.

type Obtained = "before" | "during" | "within_6_months" | "later";
type Contribution = "direct_contacts" | "direct_other" | "indirect" | "no" | "dont_know";

export type Story = {
  usefulReference: boolean;
  jobInterview: boolean;
  expandedNetwork: boolean;
  qualifiedNow: boolean;
  obtained: Obtained | null;
  qualifiedBefore: boolean;
  qualifiedDuring: boolean;
  qualifiedAfter: boolean;
  searchedBefore: boolean;
  searchedDuring: boolean;
  searchedAfter: boolean;
  contribution: Contribution | null;
  jobTitle: string | null;
  jobEmployer: string | null;
  otherJobDuring: boolean;
};

/** Share with a qualified job at the time of the effect survey, by field (economists do best). */
const QUALIFIED_NOW_BY_FIELD: Record<FieldKey, number> = {
  economics: 0.78,
  law: 0.5,
  social_science: 0.47,
  hr: 0.64,
  information_systems: 0.75,
  communications: 0.6,
  other: 0.55,
};

type Draft = Partial<Story> & { fieldKey: FieldKey };
type Flag = { [K in keyof Story]: Story[K] extends boolean ? K : never }[keyof Story];
type Probability = number | ((draft: Draft) => number);

/**
 * Each decision over the people it concerns uses one stratified block of that size, so even a
 * group of thirty (all the effect survey of two cohorts gets) shows the intended shares rather
 * than whatever chance gives.
 */
class Decisions {
  constructor(private readonly rng: Random) {}

  private uniforms(count: number): number[] {
    const next = stratified(this.rng, Math.max(count, 1));
    return Array.from({ length: count }, () => next());
  }

  /** Sets `flag` on each of `who`, true with the given probability. */
  decide(who: Draft[], probability: Probability, flag: Flag): void {
    const us = this.uniforms(who.length);
    who.forEach((draft, index) => {
      draft[flag] = (us[index] ?? 1) < (typeof probability === "number" ? probability : probability(draft));
    });
  }

  /** Sets `key` on each of `who` to one of the weighted values. */
  choose<K extends "obtained" | "contribution">(
    who: Draft[],
    entries: (draft: Draft) => readonly (readonly [Story[K], number])[],
    key: K,
  ): void {
    const us = this.uniforms(who.length);
    who.forEach((draft, index) => {
      const story: Partial<Story> = draft;
      story[key] = pickWeighted(us[index] ?? 0, entries(draft));
    });
  }
}

/** Who has a qualified job now (by field, so the differences between fields show even in small groups), since when, and why. */
function decideJobs(decisions: Decisions, drafts: Draft[]): { unemployed: Draft[] } {
  for (const fieldKey of new Set(drafts.map((d) => d.fieldKey))) {
    const inField = drafts.filter((d) => d.fieldKey === fieldKey);
    decisions.decide(inField, QUALIFIED_NOW_BY_FIELD[fieldKey], "qualifiedNow");
  }
  const employed = drafts.filter((d) => d.qualifiedNow);
  const unemployed = drafts.filter((d) => !d.qualifiedNow);
  const obtained = [
    ["before", 6],
    ["during", 31],
    ["within_6_months", 43],
    ["later", 20],
  ] as const;
  decisions.choose(employed, () => obtained, "obtained");
  for (const d of unemployed) d.obtained = null;
  const contribution = (d: Draft) =>
    [
      ["direct_contacts", d.fieldKey === "economics" ? 12 : 9],
      ["direct_other", 19],
      ["indirect", 36],
      ["no", 20],
      ["dont_know", 14],
    ] as const;
  decisions.choose(employed, contribution, "contribution");
  for (const d of unemployed) d.contribution = null;
  return { unemployed };
}

/** A qualified job before, during and after the programme, consistent with when the present one was obtained. */
function decideQualifiedJobs(decisions: Decisions, drafts: Draft[], unemployed: Draft[]): void {
  const notBefore = drafts.filter((d) => d.obtained !== "before");
  for (const d of drafts) d.qualifiedBefore = d.obtained === "before";
  decisions.decide(notBefore, 0.04, "qualifiedBefore");
  for (const d of drafts) d.qualifiedDuring = d.obtained === "before" || d.obtained === "during";
  decisions.decide(
    drafts.filter((d) => !d.qualifiedDuring),
    0.02,
    "qualifiedDuring",
  );
  for (const d of drafts) d.qualifiedAfter = d.qualifiedNow === true && d.obtained !== "later";
  decisions.decide(
    drafts.filter((d) => d.obtained === "later"),
    0.3,
    "qualifiedAfter",
  );
  decisions.decide(unemployed, 0.05, "qualifiedAfter");
}

/** Job searching before, during and after, and what the programme brought along the way. */
function decideSearchesAndGains(decisions: Decisions, drafts: Draft[]): void {
  const during = (yes: number, no: number) => (d: Draft) => (d.qualifiedDuring ? yes : no);
  decisions.decide(drafts, 0.71, "searchedBefore");
  decisions.decide(
    drafts.filter((d) => d.searchedBefore),
    0.96,
    "searchedDuring",
  );
  decisions.decide(
    drafts.filter((d) => !d.searchedBefore),
    0.55,
    "searchedDuring",
  );
  decisions.decide(drafts, during(0.6, 0.86), "searchedAfter");
  decisions.decide(drafts, during(0.9, 0.76), "usefulReference");
  decisions.decide(drafts, during(1, 0.3), "jobInterview");
  decisions.decide(drafts, 0.76, "expandedNetwork");
  decisions.decide(drafts, during(0, 0.12), "otherJobDuring");
}

function completeStory(rng: Random, d: Draft): Story {
  return {
    usefulReference: d.usefulReference ?? false,
    jobInterview: d.jobInterview ?? false,
    expandedNetwork: d.expandedNetwork ?? false,
    qualifiedNow: d.qualifiedNow ?? false,
    obtained: d.obtained ?? null,
    qualifiedBefore: d.qualifiedBefore ?? false,
    qualifiedDuring: d.qualifiedDuring ?? false,
    qualifiedAfter: d.qualifiedAfter ?? false,
    searchedBefore: d.searchedBefore ?? false,
    searchedDuring: d.searchedDuring ?? false,
    searchedAfter: d.searchedAfter ?? false,
    contribution: d.contribution ?? null,
    jobTitle: d.qualifiedNow || d.qualifiedDuring ? rng.pick(QUALIFIED_TITLES[d.fieldKey]) : null,
    jobEmployer: (EMPLOYERS[rng.pick(EMPLOYERS_BY_FIELD[d.fieldKey])] as Employer).name,
    otherJobDuring: d.otherJobDuring ?? false,
  };
}

/** Draws the stories of a group of mentees one decision at a time (see Decisions). */
export function drawStories(rng: Random, fieldKeys: readonly FieldKey[]): Story[] {
  const decisions = new Decisions(rng);
  const drafts: Draft[] = fieldKeys.map((fieldKey) => ({ fieldKey }));
  const { unemployed } = decideJobs(decisions, drafts);
  decideQualifiedJobs(decisions, drafts, unemployed);
  decideSearchesAndGains(decisions, drafts);
  return drafts.map((d) => completeStory(rng, d));
}
