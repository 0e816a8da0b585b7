/**
 * Times the matching engine's "suggest all" on a cohort of 2,000 mentees and 2,000 mentors.
 *
 *   npx tsx scripts/bench-matching-engine.ts
 *
 * Generates a seeded cohort (six professional fields, mentor capacities 1–3, profiles shaped like
 * the programme's), then times each step of the engine: scoring every candidate pair, solving
 * the assignment, and writing the explanations; and the whole call end to end. It then solves
 * the same score matrices with the `munkres` npm package (one matrix per component, a mentor of
 * capacity c as c identical columns), checks that both reach the same objective, and prints both
 * solving times and their ratio. It prints figures only: the aims (under 1 s in all, and no slower
 * than munkres) are for a person to read against them, on their own hardware.
 */
import { performance } from "node:perf_hooks";
import munkres from "munkres";
import { buildResult, findCandidates, solveComponents, suggestMatching, type Component } from "../lib/matching/matching-engine";
import { compileCohort } from "../lib/matching/matching-compile";
import { createSyntheticCohort } from "../lib/matching/matching-synthetic-cohort";

const MENTEES = 2_000;
const MENTORS = 2_000;
const SEED = 20_260_401;
const RUNS = 7;
const WARM_UP = 2;
const MUNKRES_RUNS = 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function ms(value: number): string {
  return value.toFixed(1).padStart(8);
}

/** The same problem for munkres: mentees × mentor slots, with costs that put the count first. */
function munkresMatrix({ mentees, mentors, scores, capacities }: Component): { matrix: Float64Array[]; slotMentor: Int32Array } {
  let slotCount = 0;
  for (const capacity of capacities) slotCount += capacity;
  const slotMentor = new Int32Array(slotCount);
  for (let col = 0, slot = 0; col < mentors.length; col++) for (let k = 0; k < capacities[col]!; k++) slotMentor[slot++] = col;
  const notAllowed = 100 * mentees.length + 1 + 100;
  const matrix: Float64Array[] = [];
  for (let row = 0; row < mentees.length; row++) {
    const costs = new Float64Array(slotCount);
    for (let slot = 0; slot < slotCount; slot++) {
      const score = scores[row * mentors.length + slotMentor[slot]!]!;
      costs[slot] = score < 0 ? notAllowed : 100 - score;
    }
    matrix.push(costs);
  }
  return { matrix, slotMentor };
}

function main(): void {
  const input = createSyntheticCohort({
    seed: SEED,
    mentees: MENTEES,
    mentors: MENTORS,
    maxCapacity: 3,
    settings: { wishesEnabled: true, minimumScore: 20 },
    previousPairings: 100,
    exclusions: 50,
    lockedPairs: 40,
  });

  const coldStart = performance.now();
  suggestMatching(input);
  const cold = performance.now() - coldStart;

  const steps = { score: [] as number[], solve: [] as number[], explain: [] as number[], total: [] as number[] };
  let candidateCount = 0;
  let components: Component[] = [];
  let objective = { matched: 0, totalScore: 0 };
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const t0 = performance.now();
    const cohort = compileCohort(input);
    const candidates = findCandidates(cohort);
    const t1 = performance.now();
    const mentorOf = solveComponents(cohort, candidates);
    const t2 = performance.now();
    const result = buildResult(cohort, candidates, mentorOf);
    const t3 = performance.now();
    suggestMatching(input);
    const t4 = performance.now();
    if (run < WARM_UP) continue;
    steps.score.push(t1 - t0);
    steps.solve.push(t2 - t1);
    steps.explain.push(t3 - t2);
    steps.total.push(t4 - t3);
    candidateCount = candidates.pairCount;
    components = candidates.components;
    objective = result.objective;
  }

  // munkres on the same matrices.
  const munkresBuild: number[] = [];
  const munkresSolve: number[] = [];
  let munkresMatched = 0;
  let munkresTotal = 0;
  for (let run = 0; run < MUNKRES_RUNS; run++) {
    let build = 0;
    let solve = 0;
    munkresMatched = 0;
    munkresTotal = 0;
    for (const component of components) {
      const t0 = performance.now();
      const { matrix, slotMentor } = munkresMatrix(component);
      const t1 = performance.now();
      const pairs = munkres(matrix);
      const t2 = performance.now();
      build += t1 - t0;
      solve += t2 - t1;
      for (const [row, slot] of pairs) {
        const score = component.scores[row * component.mentors.length + slotMentor[slot]!]!;
        if (score >= 0) {
          munkresMatched += 1;
          munkresTotal += score;
        }
      }
    }
    munkresBuild.push(build);
    munkresSolve.push(solve);
  }

  const largest = Math.max(0, ...components.map((component) => component.mentees.length));
  const engineScore = median(steps.score);
  const engineSolve = median(steps.solve);
  const engineExplain = median(steps.explain);
  const engineTotal = engineScore + engineSolve + engineExplain;
  const munkresBuildTime = median(munkresBuild);
  const munkresSolveTime = median(munkresSolve);
  const sameObjective = munkresMatched === objective.matched && munkresTotal === objective.totalScore;
  console.log(`cohort                 ${MENTEES} mentees, ${MENTORS} mentors, seed ${SEED}`);
  console.log(`candidate pairs        ${candidateCount}`);
  console.log(`components             ${components.length} (largest: ${largest} mentees)`);
  console.log(`matched                ${objective.matched}, total score ${objective.totalScore}`);
  console.log(`engine, first call (cold), ms`);
  console.log(`  suggestMatching    ${ms(cold)}`);
  console.log(`engine, median of ${RUNS} runs, ms`);
  console.log(`  score pairs        ${ms(engineScore)}`);
  console.log(`  solve              ${ms(engineSolve)}`);
  console.log(`  explanations       ${ms(engineExplain)}`);
  console.log(`  total              ${ms(engineTotal)}`);
  console.log(`  suggestMatching    ${ms(median(steps.total))}`);
  console.log(`munkres on the same matrices, median of ${MUNKRES_RUNS} runs, ms`);
  console.log(`  build matrices     ${ms(munkresBuildTime)}`);
  console.log(`  solve              ${ms(munkresSolveTime)}`);
  console.log(`  total              ${ms(munkresBuildTime + munkresSolveTime)}`);
  console.log(`  matched            ${munkresMatched}, total score ${munkresTotal}`);
  console.log(`same objective         ${sameObjective ? "yes" : "NO"}`);
  console.log(`munkres solve / engine solve                  ${(munkresSolveTime / engineSolve).toFixed(1)}×`);
  console.log(`munkres build + solve / engine whole run      ${((munkresBuildTime + munkresSolveTime) / engineTotal).toFixed(1)}×`);
  if (!sameObjective) process.exitCode = 1;
}

main();
