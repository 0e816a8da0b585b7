import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePair, findCandidates, rankMentorsForMentee, suggestMatching } from "@/lib/matching/matching-engine";
import { compileCohort } from "@/lib/matching/matching-score";
import type { Criterion, CriterionExplanation, PairEvaluation } from "@/lib/matching/matching-types";
import { cohort, cohortArb, mentee, mentor, only } from "./matching-fixtures";

function criterion<C extends Criterion>(evaluation: PairEvaluation, key: C): Extract<CriterionExplanation, { criterion: C }> {
  const found = evaluation.explanation.criteria.find((entry) => entry.criterion === key);
  if (!found) throw new Error(`no ${key} in the explanation`);
  return found as Extract<CriterionExplanation, { criterion: C }>;
}

describe("criteria", () => {
  it("industry: the share of the smaller list that both name", () => {
    const input = cohort({
      settings: { weights: only("industry") },
      mentees: [mentee("a", { industries: ["banking_finance", "insurance", "it"] })],
      mentors: [
        mentor("one", { industries: ["banking_finance"] }),
        mentor("half", { industries: ["insurance", "media"] }),
        mentor("none", { industries: ["media"] }),
        mentor("empty"),
      ],
    });
    const one = evaluatePair(input, "a", "one");
    expect(one.score).toBe(100);
    expect(criterion(one, "industry")).toMatchObject({
      score01: 1,
      outcome: "match",
      details: { shared: ["banking_finance"], menteeOnly: ["insurance", "it"], mentorOnly: [] },
    });
    expect(criterion(evaluatePair(input, "a", "half"), "industry")).toMatchObject({ score01: 0.5, outcome: "partial" });
    expect(evaluatePair(input, "a", "half").score).toBe(50);
    expect(criterion(evaluatePair(input, "a", "none"), "industry")).toMatchObject({ score01: 0, outcome: "none", points: 0 });
    expect(criterion(evaluatePair(input, "a", "empty"), "industry")).toMatchObject({ score01: 0, outcome: "none" });
    const noWish = cohort({
      settings: { weights: only("industry") },
      mentees: [mentee("b")],
      mentors: [mentor("m", { industries: ["it"] })],
    });
    expect(criterion(evaluatePair(noWish, "b", "m"), "industry").outcome).toBe("not_applicable");
  });

  it("goals: met by expertise through the mapping between the two vocabularies, Swedish by a fluent speaker", () => {
    const input = cohort({
      settings: { weights: only("goals") },
      mentees: [mentee("a", { goalTags: ["cv_applications", "swedish_language", "degree_recognition", "network"] })],
      mentors: [mentor("m", { expertiseTags: ["cv_review", "tax", "network"], languages: [{ code: "sv", level: "fluent" }] })],
    });
    const evaluation = evaluatePair(input, "a", "m");
    expect(criterion(evaluation, "goals")).toMatchObject({
      score01: 0.75,
      outcome: "partial",
      details: {
        met: [
          { goal: "cv_applications", expertise: ["cv_review"], language: null },
          { goal: "swedish_language", expertise: [], language: "sv" },
          { goal: "network", expertise: ["network"], language: null },
        ],
        unmet: ["degree_recognition"],
      },
    });
    expect(evaluation.score).toBe(75);
  });

  it("location: counts only when someone prefers meeting in person; same city, then same region", () => {
    const place = (city: string | null, region: string | null) => ({ city, region });
    const input = cohort({
      settings: { weights: only("location") },
      mentees: [
        mentee("inPerson", { meetingPreference: "IN_PERSON", ...place("Solna", "Stockholms län") }),
        mentee("remote", place("Solna", "Stockholms län")),
      ],
      mentors: [
        mentor("city", place(" solna ", "Stockholms län")),
        mentor("region", place("Stockholm", "stockholms län")),
        mentor("far", place("Malmö", "Skåne län")),
        mentor("nowhere", place(null, null)),
        mentor("wantsToMeet", { meetingPreference: "IN_PERSON", ...place("Uppsala", "Uppsala län") }),
      ],
    });
    const level = (menteeId: string, mentorId: string) => {
      const entry = criterion(evaluatePair(input, menteeId, mentorId), "location");
      return [entry.details.level, entry.score01, entry.outcome];
    };
    expect(level("inPerson", "city")).toEqual(["same_city", 1, "match"]);
    expect(level("inPerson", "region")).toEqual(["same_region", 0.5, "partial"]);
    expect(level("inPerson", "far")).toEqual(["different", 0, "none"]);
    expect(level("inPerson", "nowhere")).toEqual(["unknown", 0, "none"]);
    expect(level("remote", "city")).toEqual(["remote_possible", 0, "not_applicable"]);
    expect(level("remote", "wantsToMeet")).toEqual(["different", 0, "none"]);
    expect(criterion(evaluatePair(input, "remote", "wantsToMeet"), "location").details.inPersonWantedBy).toBe("mentor");
  });

  it("experience: full marks from five more years, low for a mentor with fewer years", () => {
    const input = cohort({
      settings: { weights: only("experience") },
      mentees: [mentee("a", { yearsExperience: 4 }), mentee("unknown", { yearsExperience: null })],
      mentors: [
        mentor("senior", { yearsExperience: 12 }),
        mentor("bitMore", { yearsExperience: 6 }),
        mentor("same", { yearsExperience: 4 }),
        mentor("junior", { yearsExperience: 1 }),
        mentor("silent", { yearsExperience: null }),
      ],
    });
    expect(evaluatePair(input, "a", "senior").score).toBe(100);
    expect(evaluatePair(input, "a", "bitMore").score).toBe(40);
    expect(evaluatePair(input, "a", "same").score).toBe(0);
    expect(criterion(evaluatePair(input, "a", "junior"), "experience")).toMatchObject({ score01: 0, details: { gap: -3 } });
    expect(criterion(evaluatePair(input, "a", "silent"), "experience")).toMatchObject({
      score01: 0,
      outcome: "none",
      details: { gap: null },
    });
    expect(criterion(evaluatePair(input, "unknown", "senior"), "experience").outcome).toBe("not_applicable");
  });

  it("wishes: rank 1 best, unwished 0, not applicable where the cohort has no wishes", () => {
    const parts = {
      mentees: [mentee("a", { wishes: ["first", "second"] })],
      mentors: [mentor("first"), mentor("second"), mentor("other")],
    };
    const input = cohort({ ...parts, settings: { weights: only("wishes"), wishesEnabled: true } });
    expect(evaluatePair(input, "a", "first").score).toBe(100);
    expect(criterion(evaluatePair(input, "a", "second"), "wishes")).toMatchObject({ score01: 0.5, details: { rank: 2, wishCount: 2 } });
    expect(evaluatePair(input, "a", "other").score).toBe(0);
    const off = cohort({ ...parts, settings: { weights: only("wishes") } });
    expect(criterion(evaluatePair(off, "a", "first"), "wishes").outcome).toBe("not_applicable");
  });

  it("language: the best language both speak, at the weaker level; fluent in any is a full match, below that Swedish first", () => {
    const speaks = (...languages: [string, "basic" | "good" | "fluent"][]) => languages.map(([code, level]) => ({ code, level }));
    const input = cohort({
      settings: { weights: only("language") },
      mentees: [mentee("a", { languages: speaks(["ar", "fluent"], ["sv", "good"], ["en", "fluent"]) })],
      mentors: [
        mentor("swedish", { languages: speaks(["sv", "fluent"], ["en", "good"]) }),
        mentor("english", { languages: speaks(["en", "fluent"]) }),
        mentor("some-english", { languages: speaks(["en", "good"]) }),
        mentor("arabic", { languages: speaks(["ar", "basic"]) }),
      ],
    });
    expect(criterion(evaluatePair(input, "a", "swedish"), "language")).toMatchObject({
      score01: 0.8,
      outcome: "partial",
      details: { best: { code: "sv", level: "good" }, shared: ["sv", "en"] },
    });
    // Both fluent in English: they talk freely, which is not "partly".
    expect(criterion(evaluatePair(input, "a", "english"), "language")).toMatchObject({
      score01: 1,
      outcome: "match",
      details: { best: { code: "en", level: "fluent" } },
    });
    expect(evaluatePair(input, "a", "english").score).toBe(100);
    expect(evaluatePair(input, "a", "some-english").score).toBe(50);
    expect(evaluatePair(input, "a", "arabic").score).toBe(20);
  });

  it("field: counts when the fields match, also where the same-field rule is hard; across fields it scores 0", () => {
    const hard = cohort({
      settings: { weights: only("field") },
      mentees: [mentee("a", { fieldKey: "law" })],
      mentors: [mentor("lawyer", { fieldKey: "law" })],
    });
    expect(criterion(evaluatePair(hard, "a", "lawyer"), "field")).toMatchObject({ weight: 10, score01: 1, points: 100, outcome: "match" });
    const relaxed = cohort({
      settings: { weights: only("field"), rules: { sameField: false } },
      mentees: [mentee("a", { fieldKey: "law" })],
      mentors: [mentor("economist", { fieldKey: "economics" })],
    });
    expect(criterion(evaluatePair(relaxed, "a", "economist"), "field")).toMatchObject({ score01: 0, points: 0, outcome: "none" });
  });
});

describe("score", () => {
  it("is the weighted mean of the applicable criteria, rounded", () => {
    const input = cohort({
      settings: { weights: { industry: 6, goals: 3, location: 10, experience: 1, wishes: 10, language: 0, field: 10 } },
      mentees: [mentee("a", { industries: ["it", "media"], goalTags: ["network", "tax"], yearsExperience: 3 })],
      mentors: [mentor("m", { industries: ["it", "public_sector"], expertiseTags: ["network"], yearsExperience: 5 })],
    });
    // industry 1/2 × 6, goals 1/2 × 3, experience 2/5 × 1, the same field 1 × 10; location and wishes do not apply.
    const expected = Math.round((100 * (0.5 * 6 + 0.5 * 3 + 0.4 * 1 + 10)) / (6 + 3 + 1 + 10));
    const evaluation = evaluatePair(input, "a", "m");
    expect(evaluation.score).toBe(expected);
    expect(evaluation.explanation.criteria.map((entry) => [entry.criterion, entry.points])).toEqual([
      ["industry", 15],
      ["goals", 8],
      ["location", 0],
      ["experience", 2],
      ["wishes", 0],
      ["language", 0],
      ["field", 50],
    ]);
  });

  it("comes with an explanation that survives a round trip through JSON, as it is stored", () => {
    fc.assert(
      fc.property(cohortArb(3, 3), (input) => {
        for (const { id } of input.mentees) {
          for (const evaluation of rankMentorsForMentee(input, id)) {
            expect(JSON.parse(JSON.stringify(evaluation.explanation))).toEqual(evaluation.explanation);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it("is a neutral 100 when no criterion counts", () => {
    const zero = { industry: 0, goals: 0, location: 0, experience: 0, wishes: 0, language: 0, field: 0 };
    const input = cohort({
      settings: { weights: zero, minimumScore: 100 },
      mentees: [mentee("a", { industries: ["it"] })],
      mentors: [mentor("m", { industries: ["media"] })],
    });
    const evaluation = evaluatePair(input, "a", "m");
    expect(evaluation.score).toBe(100);
    expect(evaluation.explanation.neutral).toBe(true);
    expect(evaluation.explanation.criteria.every((entry) => entry.points === 0)).toBe(true);
    expect(suggestMatching(input).proposals).toHaveLength(1);
  });

  it("has points that sum to the score for every pair", () => {
    fc.assert(
      fc.property(cohortArb(4, 4), (input) => {
        for (const { id } of input.mentees) {
          for (const evaluation of rankMentorsForMentee(input, id)) {
            const points = evaluation.explanation.criteria.reduce((sum, entry) => sum + entry.points, 0);
            expect(evaluation.score).toBeGreaterThanOrEqual(0);
            expect(evaluation.score).toBeLessThanOrEqual(100);
            expect(Number.isInteger(evaluation.score)).toBe(true);
            // Whole points, the rounding spread by largest remainder: they sum to the score exactly.
            expect(points).toBe(evaluation.explanation.neutral ? 0 : evaluation.score);
            for (const entry of evaluation.explanation.criteria) {
              expect(entry.points).toBeGreaterThanOrEqual(0);
              if (entry.weight === 0 || entry.outcome === "not_applicable") expect(entry.points).toBe(0);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("candidates", () => {
  it("carry the same score the explanation shows, and are exactly the allowed pairs at or above the minimum", () => {
    fc.assert(
      fc.property(cohortArb(6, 5), (input) => {
        const compiled = compileCohort(input);
        const candidates = new Map<string, number>();
        for (const component of findCandidates(compiled).components) {
          component.mentees.forEach((i, row) =>
            component.mentors.forEach((j, col) => {
              const score = component.scores[row * component.mentors.length + col]!;
              if (score >= 0) candidates.set(`${input.mentees[i]!.id}>${input.mentors[j]!.id}`, score);
            }),
          );
        }
        const locked = new Set(input.lockedPairs.map((pair) => pair.menteeId));
        for (const mentee of input.mentees) {
          for (const evaluation of rankMentorsForMentee(input, mentee.id)) {
            const candidate = !locked.has(mentee.id) && evaluation.allowed && !evaluation.belowMinimumScore;
            expect(candidates.get(`${mentee.id}>${evaluation.mentorId}`)).toBe(candidate ? evaluation.score : undefined);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("weights", () => {
  const parts = {
    mentees: [mentee("a", { industries: ["banking_finance"], goalTags: ["interview_practice"] })],
    mentors: [mentor("banker", { industries: ["banking_finance"] }), mentor("coach", { expertiseTags: ["interview_practice"] })],
  };

  const weights = (industry: number, goals: number) => ({ ...only("language"), language: 0, industry, goals });

  it("change the suggestion", () => {
    const byIndustry = suggestMatching(cohort({ ...parts, settings: { weights: weights(10, 1) } }));
    const byGoals = suggestMatching(cohort({ ...parts, settings: { weights: weights(1, 10) } }));
    expect(byIndustry.proposals.map((proposal) => proposal.mentorId)).toEqual(["banker"]);
    expect(byGoals.proposals.map((proposal) => proposal.mentorId)).toEqual(["coach"]);
  });

  it("of 0 leave a criterion out of the score", () => {
    const input = cohort({ ...parts, settings: { weights: weights(0, 10) } });
    const evaluation = evaluatePair(input, "a", "banker");
    expect(evaluation.score).toBe(0);
    expect(criterion(evaluation, "industry")).toMatchObject({ weight: 0, points: 0, outcome: "match" });
  });
});

describe("minimum score", () => {
  it("keeps pairs below it from being proposed, and says so", () => {
    const input = cohort({
      settings: { weights: only("industry"), minimumScore: 60 },
      mentees: [mentee("a", { industries: ["it", "media"] }), mentee("b", { industries: ["it"] })],
      mentors: [mentor("m", { industries: ["it", "banking_finance"], capacity: 2 })],
    });
    // a scores 50 (one of two), b scores 100.
    const result = suggestMatching(input);
    expect(result.proposals.map((proposal) => proposal.menteeId)).toEqual(["b"]);
    expect(result.unmatched).toEqual([{ menteeId: "a", reason: "below_minimum_score" }]);
    expect(evaluatePair(input, "a", "m")).toMatchObject({ score: 50, belowMinimumScore: true, allowed: true });
  });

  it("counts a pair exactly at the minimum", () => {
    const input = cohort({
      settings: { weights: only("industry"), minimumScore: 50 },
      mentees: [mentee("a", { industries: ["it", "media"] })],
      mentors: [mentor("m", { industries: ["it", "banking_finance"] })],
    });
    expect(suggestMatching(input).proposals).toHaveLength(1);
  });
});
