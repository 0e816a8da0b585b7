import { compileCohort, RULE_BIT, type CompiledCohort } from "@/lib/matching/matching-compile";
import { explainPair } from "@/lib/matching/matching-explain";
import { fillRelationRow, pairRuleFlags, relationOf, scorePair } from "@/lib/matching/matching-score";
import { solveCapacitatedAssignment } from "@/lib/matching/matching-solver";
import type {
  Hindrance,
  MatchingInput,
  MatchingResult,
  MentorLoad,
  PairEvaluation,
  Proposal,
  UnmatchedMentee,
  UnmatchedReason,
} from "@/lib/matching/matching-types";

// The matching engine: suggestions for a whole cohort, the evaluation of any one pair, and ranked
// mentors for one mentee (pairing by hand, replacing an ended pair). Pure: plain data in and out.
// See docs/decisions/0005-matching-solver.md for the reduction to an assignment problem.

function find(parent: Int32Array, x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[x] !== root) {
    const next = parent[x]!;
    parent[x] = root;
    x = next;
  }
  return root;
}

/**
 * One connected component of the candidate graph: an independent assignment problem, as a dense
 * score matrix over its mentees (rows) and mentors (columns), -1 where a pair is not a candidate.
 */
export interface Component {
  mentees: number[];
  mentors: number[];
  /** mentees.length × mentors.length, row-major. */
  scores: Int16Array;
  /** Remaining capacity per mentor of the component. */
  capacities: Int32Array;
}

/** The candidate pairs of a cohort, grouped into components, and per mentee how many mentors passed each filter. */
export interface Candidates {
  components: Component[];
  pairCount: number;
  /** Mentors breaking no enforced rule (capacity aside). */
  allowedCount: Int32Array;
  /** Of those, mentors scoring at least the minimum. */
  aboveMinimumCount: Int32Array;
}

/** Splits a group's score matrix into the connected components of its candidate pairs. */
function components(group: { mentees: number[]; mentors: number[]; scores: Int16Array }, capacity: Int32Array): Component[] {
  const rows = group.mentees.length;
  const width = group.mentors.length;
  const { scores } = group;
  const parent = Int32Array.from({ length: rows + width }, (_, k) => k);
  const used = new Uint8Array(rows + width);
  for (let r = 0; r < rows; r++) {
    let first = -1;
    for (let col = 0; col < width; col++) {
      if (scores[r * width + col]! < 0) continue;
      used[rows + col] = 1;
      if (first === -1) {
        first = col;
        used[r] = 1;
        const a = find(parent, r);
        const b = find(parent, rows + col);
        if (a !== b) parent[a] = b;
      } else {
        const a = find(parent, rows + first);
        const b = find(parent, rows + col);
        if (a !== b) parent[a] = b;
      }
    }
  }
  const byRoot = new Map<number, { rows: number[]; cols: number[] }>();
  for (let k = 0; k < rows + width; k++) {
    if (!used[k]) continue;
    const root = find(parent, k);
    let part = byRoot.get(root);
    if (!part) {
      part = { rows: [], cols: [] };
      byRoot.set(root, part);
    }
    if (k < rows) part.rows.push(k);
    else part.cols.push(k - rows);
  }
  const parts = [...byRoot.values()];
  if (parts.length === 1 && parts[0]!.rows.length === rows && parts[0]!.cols.length === width) {
    return [{ ...group, capacities: Int32Array.from(group.mentors, (j) => capacity[j]!) }];
  }
  return parts.map(({ rows: partRows, cols: partCols }) => {
    const sub = new Int16Array(partRows.length * partCols.length);
    partRows.forEach((r, subRow) => partCols.forEach((col, subCol) => (sub[subRow * partCols.length + subCol] = scores[r * width + col]!)));
    const mentors = partCols.map((col) => group.mentors[col]!);
    return {
      mentees: partRows.map((r) => group.mentees[r]!),
      mentors,
      scores: sub,
      capacities: Int32Array.from(mentors, (j) => capacity[j]!),
    };
  });
}

/**
 * Step 1: the candidate pairs, as independent components. A candidate breaks no enforced rule,
 * scores at least the minimum, and its mentor has room left. Mentees in locked pairs take no part.
 * With the same-field rule on, each field is scored on its own and no component spans two fields.
 */
export function findCandidates(c: CompiledCohort): Candidates {
  const n = c.menteeCount;
  const m = c.mentorCount;
  const groups = new Map<number, { mentees: number[]; mentors: number[] }>();
  const groupOf = (field: number) => {
    const key = c.sameFieldHard ? field : 0;
    let group = groups.get(key);
    if (!group) {
      group = { mentees: [], mentors: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (let i = 0; i < n; i++) if (c.lockedMentor[i] === -1) groupOf(c.menteeField[i]!).mentees.push(i);
  for (let j = 0; j < m; j++) groupOf(c.mentorField[j]!).mentors.push(j);

  const allowedCount = new Int32Array(n);
  const aboveMinimumCount = new Int32Array(n);
  const enforced = c.enforcedRules & ~RULE_BIT.capacity;
  const relationRow = new Int32Array(m);
  const column = new Int32Array(m).fill(-1);
  const result: Component[] = [];
  let pairCount = 0;
  for (const group of groups.values()) {
    if (group.mentees.length === 0) continue;
    const mentors = group.mentors.filter((j) => c.remainingCapacity[j]! > 0);
    mentors.forEach((j, col) => (column[j] = col));
    const width = mentors.length;
    const scores = new Int16Array(group.mentees.length * width).fill(-1);
    group.mentees.forEach((i, row) => {
      fillRelationRow(c, i, relationRow, false);
      for (const j of group.mentors) {
        const relation = relationRow[j]!;
        if ((pairRuleFlags(c, i, j, relation) & enforced) !== 0) continue;
        allowedCount[i]! += 1;
        const score = scorePair(c, i, j, relation, null);
        if (score < c.minimumScore) continue;
        aboveMinimumCount[i]! += 1;
        const col = column[j]!;
        if (col === -1) continue;
        scores[row * width + col] = score;
        pairCount += 1;
      }
      fillRelationRow(c, i, relationRow, true);
    });
    for (const j of mentors) column[j] = -1;
    result.push(...components({ mentees: group.mentees, mentors, scores }, c.remainingCapacity));
  }
  return { components: result, pairCount, allowedCount, aboveMinimumCount };
}

/** Step 2: solves every component exactly. Returns the mentor index per mentee, or -1. */
export function solveComponents(c: CompiledCohort, candidates: Candidates): Int32Array {
  const mentorOf = new Int32Array(c.menteeCount).fill(-1);
  for (const { mentees, mentors, scores, capacities } of candidates.components) {
    const assignment = solveCapacitatedAssignment(mentees.length, mentors.length, scores, capacities);
    assignment.forEach((col, row) => {
      if (col >= 0) mentorOf[mentees[row]!] = mentors[col]!;
    });
  }
  return mentorOf;
}

/** Step 3: proposals with explanations (for the chosen pairs only), the unmatched, the mentors' load. */
export function buildResult(c: CompiledCohort, candidates: Candidates, mentorOf: Int32Array): MatchingResult {
  const { mentees, mentors } = c.input;
  const proposals: Proposal[] = [];
  const used = Int32Array.from(c.lockedCount);
  for (let i = 0; i < c.menteeCount; i++) {
    const j = c.lockedMentor[i]!;
    if (j === -1) continue;
    const { score, explanation } = explainPair(c, i, j, c.lockedCount[j]! > mentors[j]!.capacity);
    proposals.push({ mentorId: mentors[j]!.id, menteeId: mentees[i]!.id, score, locked: true, explanation });
  }
  const unmatched: UnmatchedMentee[] = [];
  let totalScore = 0;
  let matched = 0;
  for (let i = 0; i < c.menteeCount; i++) {
    if (c.lockedMentor[i] !== -1) continue;
    const j = mentorOf[i]!;
    if (j === -1) {
      const reason: UnmatchedReason =
        candidates.allowedCount[i] === 0
          ? "no_allowed_mentor"
          : candidates.aboveMinimumCount[i] === 0
            ? "below_minimum_score"
            : "no_capacity_left";
      unmatched.push({ menteeId: mentees[i]!.id, reason });
      continue;
    }
    used[j]! += 1;
    const { score, explanation } = explainPair(c, i, j, false);
    proposals.push({ mentorId: mentors[j]!.id, menteeId: mentees[i]!.id, score, locked: false, explanation });
    totalScore += score;
    matched += 1;
  }
  const loads: MentorLoad[] = mentors.map((mentor, j) => ({
    mentorId: mentor.id,
    capacity: mentor.capacity,
    used: used[j]!,
    remaining: Math.max(0, mentor.capacity - used[j]!),
  }));
  return { proposals, unmatched, mentors: loads, objective: { matched, totalScore } };
}

/**
 * Suggests mentors for every mentee not in a locked pair: the most mentees matched, then the
 * highest total score, under the hard rules, the capacities and the minimum score. Locked pairs
 * are kept and returned first.
 */
export function suggestMatching(input: MatchingInput): MatchingResult {
  const c = compileCohort(input);
  const candidates = findCandidates(c);
  const mentorOf = solveComponents(c, candidates);
  return buildResult(c, candidates, mentorOf);
}

function indexOf(index: Map<string, number>, id: string, role: string): number {
  const position = index.get(id);
  if (position === undefined) throw new Error(`matching: no ${role} ${id} in the cohort`);
  return position;
}

function evaluate(c: CompiledCohort, i: number, j: number): PairEvaluation {
  const mentee = c.input.mentees[i]!;
  const mentor = c.input.mentors[j]!;
  // Room for this mentee: the pair's own lock, if any, does not count against it.
  const lockedElsewhere = c.lockedCount[j]! - (c.lockedMentor[i] === j ? 1 : 0);
  const { score, explanation } = explainPair(c, i, j, mentor.capacity - lockedElsewhere <= 0);
  return {
    mentorId: mentor.id,
    menteeId: mentee.id,
    score,
    allowed: explanation.brokenRules.length === 0,
    belowMinimumScore: score < c.minimumScore,
    explanation,
  };
}

/**
 * Scores any pair and lists the hard rules it breaks, for pairing by hand. The input's locked
 * pairs stand for the pairs already made: they decide whether the mentor has room.
 */
export function evaluatePair(input: MatchingInput, menteeId: string, mentorId: string): PairEvaluation {
  const c = compileCohort(input);
  return evaluate(c, indexOf(c.menteeIndex, menteeId, "mentee"), indexOf(c.mentorIndex, mentorId, "mentor"));
}

function byRank(a: PairEvaluation, b: PairEvaluation): number {
  return Number(b.allowed) - Number(a.allowed) || Number(a.belowMinimumScore) - Number(b.belowMinimumScore) || b.score - a.score;
}

/**
 * Every mentor of the cohort for one mentee, with score and explanation: allowed pairs first,
 * then those below the minimum score, then those breaking a rule; best score first within each.
 * Ties keep the input's order.
 */
export function rankMentorsForMentee(input: MatchingInput, menteeId: string): PairEvaluation[] {
  const c = compileCohort(input);
  const i = indexOf(c.menteeIndex, menteeId, "mentee");
  return input.mentors.map((_, j) => evaluate(c, i, j)).sort(byRank);
}

/**
 * Replacement mentors for a mentee whose pair ended: mentors with room who break no hard rule,
 * score at least the minimum and are not the ended partner, best first.
 */
export function rankReplacements(input: MatchingInput, menteeId: string, endedMentorId: string | null): PairEvaluation[] {
  return rankMentorsForMentee(input, menteeId).filter(
    (evaluation) => evaluation.allowed && !evaluation.belowMinimumScore && evaluation.mentorId !== endedMentorId,
  );
}

/**
 * Why each of these mentees cannot be given a mentor now, the most basic reason first; an empty list
 * when some mentor would do. A profile with no language, no mentor of the field (where the cohort
 * pairs within fields), no mentor sharing a language (where the cohort asks for one): these hold
 * until a profile or the cohort changes. Failing those, no mentor passes every rule, every one that
 * does scores below the minimum, or every one that would do is full. The input's locked pairs are
 * the proposals standing: they take their mentors' places.
 */
export function hindrancesFor(input: MatchingInput, menteeIds: readonly string[]): Map<string, Hindrance[]> {
  const c = compileCohort(input);
  const enforced = c.enforcedRules & ~RULE_BIT.capacity;
  const fieldHard = (c.enforcedRules & RULE_BIT.sameField) !== 0;
  const languageHard = (c.enforcedRules & RULE_BIT.sharedLanguage) !== 0;
  const result = new Map<string, Hindrance[]>();
  for (const id of menteeIds) {
    const i = indexOf(c.menteeIndex, id, "mentee");
    let ofField = 0;
    let sharingLanguage = 0;
    let allowed = 0;
    let aboveMinimum = 0;
    let withRoom = 0;
    for (let j = 0; j < c.mentorCount; j++) {
      const relation = relationOf(c, i, j);
      const flags = pairRuleFlags(c, i, j, relation);
      if (fieldHard && flags & RULE_BIT.sameField) continue;
      ofField += 1;
      if (!(flags & RULE_BIT.sharedLanguage)) sharingLanguage += 1;
      if (flags & enforced) continue;
      allowed += 1;
      if (scorePair(c, i, j, relation, null) < c.minimumScore) continue;
      aboveMinimum += 1;
      if (c.remainingCapacity[j]! > 0) withRoom += 1;
    }
    const hindrances: Hindrance[] = [];
    if (c.menteeLanguageStart[i + 1] === c.menteeLanguageStart[i]) hindrances.push("no_languages");
    if (fieldHard && ofField === 0) hindrances.push("no_mentor_of_field");
    else if (languageHard && sharingLanguage === 0 && hindrances.length === 0) hindrances.push("no_shared_language");
    if (hindrances.length === 0) {
      if (allowed === 0) hindrances.push("no_allowed_mentor");
      else if (aboveMinimum === 0) hindrances.push("below_minimum_score");
      else if (withRoom === 0) hindrances.push("no_capacity_left");
    }
    result.set(id, hindrances);
  }
  return result;
}
