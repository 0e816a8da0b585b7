import fc from "fast-check";
import munkres from "munkres";
import { describe, expect, it } from "vitest";
import { rankMentorsForMentee, suggestMatching } from "@/lib/matching/matching-engine";
import { DEFAULT_MATCHING_SETTINGS } from "@/lib/matching/matching-settings";
import { solveCapacitatedAssignment } from "@/lib/matching/matching-solver";
import { createSyntheticCohort } from "@/lib/matching/matching-synthetic-cohort";
import type { MatchingInput, MatchingResult } from "@/lib/matching/matching-types";
import { cohortArb } from "./matching-fixtures";

// The solver must find the lexicographic optimum: the most mentees matched, then the highest
// total score. Small problems are checked against every feasible assignment; larger ones against
// munkres (an independent Hungarian-method implementation) on the same problem with a mentor of
// capacity c spread over c identical columns.

// Generous: these run hundreds of cases and share the machine with other work.
const SLOW = { timeout: 120_000 };

interface Objective {
  matched: number;
  totalScore: number;
}

/** Every feasible assignment of rows to columns with room; the best (count, then total). */
function bruteForce(scores: number[][], capacities: number[]): Objective {
  let best: Objective = { matched: 0, totalScore: 0 };
  const left = [...capacities];
  const visit = (row: number, matched: number, totalScore: number) => {
    if (row === scores.length) {
      if (matched > best.matched || (matched === best.matched && totalScore > best.totalScore)) best = { matched, totalScore };
      return;
    }
    visit(row + 1, matched, totalScore);
    scores[row]!.forEach((score, col) => {
      if (score < 0 || left[col]! === 0) return;
      left[col]! -= 1;
      visit(row + 1, matched + 1, totalScore + score);
      left[col]! += 1;
    });
  };
  visit(0, 0, 0);
  return best;
}

/** munkres on rows × capacity columns; a pair that is not allowed costs more than leaving a row out could ever save. */
function munkresObjective(scores: number[][], capacities: number[]): Objective {
  const slots = capacities.flatMap((capacity, col) => Array.from({ length: capacity }, () => col));
  if (scores.length === 0 || slots.length === 0) return { matched: 0, totalScore: 0 };
  const notAllowed = 100 * scores.length + 1 + 100;
  const matrix = scores.map((row) => slots.map((col) => (row[col]! < 0 ? notAllowed : 100 - row[col]!)));
  let matched = 0;
  let totalScore = 0;
  for (const [row, slot] of munkres(matrix)) {
    const score = scores[row]![slots[slot]!]!;
    if (score >= 0) {
      matched += 1;
      totalScore += score;
    }
  }
  return { matched, totalScore };
}

function solverObjective(scores: number[][], capacities: number[]): Objective {
  const width = capacities.length;
  const assignment = solveCapacitatedAssignment(scores.length, width, scores.flat(), capacities);
  const used = new Array<number>(width).fill(0);
  let matched = 0;
  let totalScore = 0;
  assignment.forEach((col, row) => {
    if (col < 0) return;
    expect(scores[row]![col]!).toBeGreaterThanOrEqual(0);
    used[col]! += 1;
    matched += 1;
    totalScore += scores[row]![col]!;
  });
  used.forEach((count, col) => expect(count).toBeLessThanOrEqual(capacities[col]!));
  return { matched, totalScore };
}

/**
 * The candidate problem, rebuilt pair by pair from the public evaluation: rows are the mentees
 * not locked, columns the mentors with their remaining capacity; -1 where a pair is not a candidate.
 */
function candidateProblem(input: MatchingInput): { scores: number[][]; capacities: number[] } {
  const locked = new Set(input.lockedPairs.map((pair) => pair.menteeId));
  const lockedCount = (mentorId: string) => input.lockedPairs.filter((pair) => pair.mentorId === mentorId).length;
  const capacities = input.mentors.map((mentor) => Math.max(0, mentor.capacity - lockedCount(mentor.id)));
  const scores = input.mentees
    .filter((mentee) => !locked.has(mentee.id))
    .map((mentee) => {
      const byMentor = new Map(rankMentorsForMentee(input, mentee.id).map((evaluation) => [evaluation.mentorId, evaluation]));
      return input.mentors.map((mentor, col) => {
        const evaluation = byMentor.get(mentor.id)!;
        const rulesBroken = evaluation.explanation.brokenRules.filter((rule) => rule !== "capacity");
        return rulesBroken.length === 0 && !evaluation.belowMinimumScore && capacities[col]! > 0 ? evaluation.score : -1;
      });
    });
  return { scores, capacities };
}

/** What every result must satisfy, checked against the public evaluation of each pair. */
function expectValid(input: MatchingInput, result: MatchingResult): void {
  const lockedKeys = new Set(input.lockedPairs.map((pair) => `${pair.menteeId}>${pair.mentorId}`));
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const proposal of result.proposals) {
    expect(seen.has(proposal.menteeId), `${proposal.menteeId} twice`).toBe(false);
    seen.add(proposal.menteeId);
    load.set(proposal.mentorId, (load.get(proposal.mentorId) ?? 0) + 1);
    expect(proposal.locked).toBe(lockedKeys.has(`${proposal.menteeId}>${proposal.mentorId}`));
    const evaluation = rankMentorsForMentee(input, proposal.menteeId).find((entry) => entry.mentorId === proposal.mentorId)!;
    expect(proposal.score).toBe(evaluation.score);
    expect(proposal.explanation).toEqual(evaluation.explanation);
    if (proposal.locked) continue;
    expect(evaluation.explanation.brokenRules.filter((rule) => rule !== "capacity")).toEqual([]);
    expect(proposal.score).toBeGreaterThanOrEqual(input.settings.minimumScore);
  }
  expect(result.proposals.filter((proposal) => proposal.locked)).toHaveLength(input.lockedPairs.length);
  for (const { menteeId } of result.unmatched) {
    expect(seen.has(menteeId)).toBe(false);
    seen.add(menteeId);
  }
  expect(seen.size).toBe(input.mentees.length);
  for (const mentor of input.mentors) {
    const lockedCount = input.lockedPairs.filter((pair) => pair.mentorId === mentor.id).length;
    const used = load.get(mentor.id) ?? 0;
    expect(used - lockedCount).toBeLessThanOrEqual(Math.max(0, mentor.capacity - lockedCount));
    expect(result.mentors.find((entry) => entry.mentorId === mentor.id)).toEqual({
      mentorId: mentor.id,
      capacity: mentor.capacity,
      used,
      remaining: Math.max(0, mentor.capacity - used),
    });
  }
  const fresh = result.proposals.filter((proposal) => !proposal.locked);
  expect(result.objective).toEqual({ matched: fresh.length, totalScore: fresh.reduce((sum, proposal) => sum + proposal.score, 0) });
}

const matrixArb = (maxRows: number, maxCols: number, maxCapacity: number) =>
  fc
    .record({
      rows: fc.integer({ min: 0, max: maxRows }),
      cols: fc.integer({ min: 1, max: maxCols }),
      density: fc.double({ min: 0.1, max: 1, noNaN: true }),
    })
    .chain(({ rows, cols, density }) =>
      fc.record({
        scores: fc.array(
          fc.array(
            fc
              .tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 100 }))
              .map(([draw, score]) => (draw < density ? score : -1)),
            { minLength: cols, maxLength: cols },
          ),
          { minLength: rows, maxLength: rows },
        ),
        capacities: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: cols, maxLength: cols }),
      }),
    );

describe("the assignment solver", () => {
  it("finds the best count, then the best total, of every feasible assignment (brute force)", SLOW, () => {
    fc.assert(
      fc.property(matrixArb(6, 5, 2), ({ scores, capacities }) => {
        expect(solverObjective(scores, capacities)).toEqual(bruteForce(scores, capacities));
      }),
      { numRuns: 400 },
    );
  });

  it("prefers one more match to any gain in score", () => {
    // Alone, row 0 would take column 0 (score 100); two matches need it on column 1.
    expect(
      solverObjective(
        [
          [100, 1],
          [50, -1],
        ],
        [1, 1],
      ),
    ).toEqual({ matched: 2, totalScore: 51 });
  });

  it("agrees with munkres on problems of a few hundred", SLOW, () => {
    fc.assert(
      fc.property(matrixArb(250, 120, 3), ({ scores, capacities }) => {
        expect(solverObjective(scores, capacities)).toEqual(munkresObjective(scores, capacities));
      }),
      { numRuns: 12 },
    );
  });
});

describe("suggestions for a cohort", () => {
  it("are optimal on small random cohorts (brute force)", SLOW, () => {
    fc.assert(
      fc.property(cohortArb(6, 5), (input) => {
        const result = suggestMatching(input);
        expectValid(input, result);
        const { scores, capacities } = candidateProblem(input);
        expect(result.objective).toEqual(bruteForce(scores, capacities));
      }),
      { numRuns: 300 },
    );
  });

  it("are optimal on cohorts of a few hundred (munkres)", SLOW, () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          mentees: fc.integer({ min: 150, max: 300 }),
          mentors: fc.integer({ min: 60, max: 200 }),
          fields: fc.integer({ min: 1, max: 3 }),
          sameField: fc.boolean(),
          wishesEnabled: fc.boolean(),
          minimumScore: fc.constantFrom(0, 30, 55),
        }),
        ({ seed, mentees, mentors, fields, sameField, wishesEnabled, minimumScore }) => {
          const input = createSyntheticCohort({
            seed,
            mentees,
            mentors,
            fields,
            settings: { rules: { ...DEFAULT_MATCHING_SETTINGS.rules, sameField }, wishesEnabled, minimumScore },
            previousPairings: 20,
            exclusions: 20,
            lockedPairs: 10,
          });
          const result = suggestMatching(input);
          const { scores, capacities } = candidateProblem(input);
          expect(result.objective).toEqual(munkresObjective(scores, capacities));
        },
      ),
      { numRuns: 6 },
    );
  });

  it("never break a hard rule or a capacity, never list a mentee twice, never go below the minimum", SLOW, () => {
    fc.assert(
      fc.property(cohortArb(30, 20), (input) => expectValid(input, suggestMatching(input))),
      { numRuns: 150 },
    );
  });

  it("give the same result for the same input", () => {
    fc.assert(
      fc.property(cohortArb(12, 8), (input) => {
        expect(suggestMatching(input)).toEqual(suggestMatching(input));
      }),
      { numRuns: 50 },
    );
  });
});
