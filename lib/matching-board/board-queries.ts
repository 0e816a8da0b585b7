import "server-only";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";
import { hindrancesFor, rankMentorsForMentee } from "@/lib/matching/matching-engine";
import type { Hindrance, MatchingSettings, PairExplanation, PairEvaluation } from "@/lib/matching/matching-types";
import { requireMatchableCohort } from "@/lib/matching-board/board-access";
import { proposalsVersion } from "@/lib/matching-board/board-version";
import { previewSwap, replacementsFor, rulesToConfirm, type Replacing } from "@/lib/matching-board/board-operations";
import { matchingInput, MATCHABLE_STATUSES, readCohortForMatching, cohortMatchingSettings } from "@/lib/matching-board/matching-input";

// What the matching board shows, to coordinators of the cohort's programme: each query takes the
// viewer and checks it (anyone else gets "not found"). The page asks for one field at a time or all
// of them, and gets proposals a page at a time; the lists of people waiting are short by then.

export const PROPOSALS_PER_PAGE = 50;

export type BoardPerson = { id: string; name: string; fieldKey: string };

export type BoardProposal = {
  id: string;
  mentee: BoardPerson;
  mentor: BoardPerson;
  score: number | null;
  explanation: PairExplanation | null;
  accepted: boolean;
  locked: boolean;
  handMade: boolean;
};

export type BoardMentor = BoardPerson & { capacity: number; used: number; noLanguages: boolean };

const personSelect = { id: true, user: { select: { name: true } }, professionalField: { select: { key: true } } } as const;

/** `unnamed` stands in for the name of a person whose personal data has been erased. */
function personOf(unnamed: string) {
  return (row: { id: string; user: { name: string } | null; professionalField: { key: string } }): BoardPerson => ({
    id: row.id,
    name: row.user?.name ?? unnamed,
    fieldKey: row.professionalField.key,
  });
}

type BoardScope = {
  cohortId: string;
  /** Where the people listed come from: one field, or the whole cohort. */
  fieldWhere: { professionalField?: { key: string } };
  /** Pairs on the list are proposals before the cohort runs, published pairs after. */
  listed: "PROPOSED" | "ACTIVE";
};

const matchable = (cohortId: string) => ({ cohortId, status: { in: [...MATCHABLE_STATUSES] } });
const openStatuses = { in: ["PROPOSED" as const, "ACTIVE" as const] };
const byFieldAndName = [{ professionalField: { sortOrder: "asc" as const } }, { user: { name: "asc" as const } }];

function readBoardCohort(cohortId: string) {
  return db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      id: true,
      status: true,
      matchingSettings: true,
      minMatchScore: true,
      menteeWishesEnabled: true,
      programme: { select: { fields: { orderBy: { sortOrder: "asc" }, select: { key: true, nameSv: true, nameEn: true } } } },
    },
  });
}

const pairSelect = {
  id: true,
  score: true,
  explanation: true,
  acceptedAt: true,
  locked: true,
  source: true,
  mentee: { select: personSelect },
  mentor: { select: personSelect },
} as const;

/** One page of the listed pairs of the field shown, and how many there are in all. */
function listPairs({ cohortId, fieldWhere, listed }: BoardScope, page: number) {
  const where = { cohortId, status: listed, mentee: fieldWhere };
  return Promise.all([
    db.pair.count({ where }),
    db.pair.findMany({
      where,
      orderBy: [{ mentee: { professionalField: { sortOrder: "asc" } } }, { mentee: { user: { name: "asc" } } }, { id: "asc" }],
      skip: (page - 1) * PROPOSALS_PER_PAGE,
      take: PROPOSALS_PER_PAGE,
      select: pairSelect,
    }),
  ]);
}

/** The published pairs of the field shown, while the cohort is still being matched: few, all at once. */
function listPublishedBeforeStart({ cohortId, fieldWhere }: BoardScope) {
  return db.pair.findMany({
    where: { cohortId, status: "ACTIVE", mentee: fieldWhere },
    orderBy: [{ mentee: { professionalField: { sortOrder: "asc" } } }, { mentee: { user: { name: "asc" } } }, { id: "asc" }],
    select: pairSelect,
  });
}

function toBoardProposal(
  pair: Awaited<ReturnType<typeof listPublishedBeforeStart>>[number],
  person: ReturnType<typeof personOf>,
): BoardProposal {
  return {
    id: pair.id,
    mentee: person(pair.mentee),
    mentor: person(pair.mentor),
    score: pair.score,
    explanation: pair.explanation as PairExplanation | null,
    accepted: pair.acceptedAt !== null,
    locked: pair.locked,
    handMade: pair.source === "MANUAL",
  };
}

/** The mentees of the field shown without a proposal or a running pair, and whether a pair of theirs ended. */
async function listWaitingMentees({ cohortId, fieldWhere }: BoardScope) {
  const waiting = await db.participation.findMany({
    where: { ...matchable(cohortId), ...fieldWhere, role: "MENTEE", menteePairs: { none: { status: openStatuses } } },
    orderBy: byFieldAndName,
    select: personSelect,
  });
  const ended = waiting.length
    ? await db.pair.findMany({
        where: { cohortId, status: "ENDED", menteeParticipationId: { in: waiting.map((mentee) => mentee.id) } },
        select: { menteeParticipationId: true },
      })
    : [];
  const endedFor = new Set(ended.map((pair) => pair.menteeParticipationId));
  return waiting.map((row) => ({ row, pairEnded: endedFor.has(row.id) }));
}

function listMentors({ cohortId, fieldWhere }: BoardScope) {
  return db.participation.findMany({
    where: { ...matchable(cohortId), ...fieldWhere, role: "MENTOR" },
    orderBy: byFieldAndName,
    select: {
      ...personSelect,
      mentorCapacity: true,
      languages: true,
      _count: { select: { mentorPairs: { where: { status: openStatuses } } } },
    },
  });
}

function listExclusions(cohortId: string) {
  return db.matchExclusion.findMany({
    where: { cohortId },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, mentee: { select: personSelect }, mentor: { select: personSelect } },
  });
}

/**
 * The whole cohort, whatever the field shown: the summary, and the number a coordinator publishes.
 * `listed` is null when no field is chosen (the page's own count is the cohort's then).
 */
async function countCohort({ cohortId, fieldWhere, listed }: BoardScope) {
  const [waiting, listedInCohort, [mentorsWithRoom], published, proposals, [breaking]] = await Promise.all([
    db.participation.count({ where: { ...matchable(cohortId), role: "MENTEE", menteePairs: { none: { status: openStatuses } } } }),
    fieldWhere.professionalField ? db.pair.count({ where: { cohortId, status: listed } }) : null,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Participation" m
       WHERE m."cohortId" = ${cohortId}::uuid AND m.role = 'MENTOR' AND m.status IN ('INVITED', 'ACTIVE')
         AND m."mentorCapacity" > (SELECT count(*) FROM "Pair" p WHERE p."mentorParticipationId" = m.id AND p.status IN ('PROPOSED', 'ACTIVE'))`,
    db.pair.count({ where: { cohortId, status: "ACTIVE" } }),
    db.pair.findMany({ where: { cohortId, status: "PROPOSED" }, select: { id: true } }),
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Pair"
       WHERE "cohortId" = ${cohortId}::uuid AND status = 'PROPOSED'
         AND jsonb_array_length(coalesce(explanation -> 'brokenRules', '[]'::jsonb)) > 0`,
  ]);
  return {
    waiting,
    listed: listedInCohort,
    mentorsWithRoom: mentorsWithRoom?.count ?? 0,
    published,
    proposals: {
      count: proposals.length,
      version: proposalsVersion(proposals.map((pair) => pair.id)),
      /** Proposals that break a rule of the cohort, made so by hand. */
      breakingRules: breaking?.count ?? 0,
    },
  };
}

/** The two pairs a swap between two proposals on the page would make, named, or null. */
async function swapPreviewOf(cohortId: string, swap: { pairId: string; withId: string }, onPage: BoardProposal[]) {
  const from = onPage.find((proposal) => proposal.id === swap.pairId);
  const other = onPage.find((proposal) => proposal.id === swap.withId);
  if (!from || !other || !isId(swap.pairId) || !isId(swap.withId)) return null;
  const pairs = await previewSwap(db, cohortId, from.id, other.id);
  if (!pairs) return null;
  const people = new Map([from, other].flatMap((proposal) => [proposal.mentee, proposal.mentor].map((one) => [one.id, one] as const)));
  return {
    pairId: from.id,
    withId: other.id,
    was: [from.score, other.score],
    pairs: pairs.map((pair) => ({ ...pair, mentee: people.get(pair.menteeId)!, mentor: people.get(pair.mentorId)! })),
  };
}

/** What keeps each waiting mentee from a mentor, with the proposals standing; nothing once the cohort is closed. */
async function hindrancesOf(cohortId: string, status: string, menteeIds: string[]): Promise<Map<string, Hindrance[]>> {
  if (menteeIds.length === 0 || status === "CLOSED") return new Map();
  const cohort = await readCohortForMatching(db, cohortId);
  // Read a moment after the list: someone paired meanwhile is no longer a mentee to look at.
  const known = new Set(cohort.mentees.map((mentee) => mentee.id));
  for (const pair of cohort.openPairs) known.delete(pair.menteeId);
  return hindrancesFor(
    matchingInput(cohort, cohort.openPairs),
    menteeIds.filter((id) => known.has(id)),
  );
}

/**
 * The board of one cohort, for a coordinator of its programme (anyone else: not found): the pairs
 * listed a page at a time, the people waiting and the mentors with room, for one field or all.
 */
export async function getMatchingBoard(
  viewer: Viewer,
  cohortId: string,
  filter: { fieldKey: string | null; page: number; swap?: { pairId: string; withId: string } | null },
  unnamed: string,
) {
  const managed = await requireMatchableCohort(viewer, cohortId);
  const person = personOf(unnamed);
  const cohort = await readBoardCohort(managed.id);
  // A key the programme does not have shows every field.
  const fieldKey = cohort.programme.fields.some((field) => field.key === filter.fieldKey) ? filter.fieldKey : null;
  // While the cohort runs, the board lists its published pairs (to end one early); before, the proposals.
  const listed = cohort.status === "ACTIVE" || cohort.status === "CLOSED" ? ("ACTIVE" as const) : ("PROPOSED" as const);
  const scope: BoardScope = { cohortId: cohort.id, fieldWhere: fieldKey ? { professionalField: { key: fieldKey } } : {}, listed };

  const [[proposalCount, proposals], published, waiting, mentors, exclusions, counts] = await Promise.all([
    listPairs(scope, filter.page),
    cohort.status === "MATCHING" ? listPublishedBeforeStart(scope) : [],
    listWaitingMentees(scope),
    listMentors(scope),
    listExclusions(cohort.id),
    countCohort(scope),
  ]);

  const settings: MatchingSettings = cohortMatchingSettings(cohort);
  const listedProposals = proposals.map((pair) => toBoardProposal(pair, person));
  const swapPreview = cohort.status === "MATCHING" && filter.swap ? await swapPreviewOf(cohort.id, filter.swap, listedProposals) : null;
  const hindrances = await hindrancesOf(
    cohort.id,
    cohort.status,
    waiting.map(({ row }) => row.id),
  );
  return {
    cohort: { id: cohort.id, status: cohort.status },
    fields: cohort.programme.fields,
    settings,
    fieldKey,
    summary: {
      waiting: counts.waiting,
      listed: counts.listed ?? proposalCount,
      published: counts.published,
      mentorsWithRoom: counts.mentorsWithRoom,
    },
    proposalCount,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(proposalCount / PROPOSALS_PER_PAGE)),
    published: counts.published,
    /** What publishing would publish: every proposal of the cohort, whatever field is shown, and their version to confirm. */
    toPublish: counts.proposals,
    proposals: listedProposals,
    /** A swap asked for in the URL, shown on its card before it is confirmed; null when none or no longer possible. */
    swapPreview,
    /** Pairs on the list are proposals before the cohort runs, published pairs after. */
    listed,
    /** While the cohort is being matched: its published pairs (of the field shown), to take back or give another mentor. */
    publishedBeforeStart: published.map((pair) => toBoardProposal(pair, person)),
    /** Each with what keeps them from a mentor now (empty when some mentor would do). */
    waitingMentees: waiting.map(({ row, pairEnded }) => ({ ...person(row), pairEnded, hindrances: hindrances.get(row.id) ?? [] })),
    mentorsWithRoom: mentors
      .map((mentor): BoardMentor => ({
        ...person(mentor),
        capacity: mentor.mentorCapacity,
        used: mentor._count.mentorPairs,
        noLanguages: !Array.isArray(mentor.languages) || mentor.languages.length === 0,
      }))
      .filter((mentor) => mentor.used < mentor.capacity),
    exclusions: exclusions.map((exclusion) => ({
      id: exclusion.id,
      kind: exclusion.kind,
      mentee: person(exclusion.mentee),
      mentor: person(exclusion.mentor),
    })),
  };
}

export type MatchingBoard = Awaited<ReturnType<typeof getMatchingBoard>>;

/**
 * What a coordinator chooses from for one waiting mentee, best first, with score and explanation.
 * While matching: every mentor of the cohort who may be chosen (pairing by hand: the cohort's rules
 * may be broken on purpose, once confirmed; no mentor without room, excluded or avoided).
 * While the cohort runs, or for the published pair named by `replacePairId` before it starts: the
 * replacements, mentors with room who break no rule and were not the mentee's partner before. `choices` is null when the mentee is not waiting; the whole answer is
 * null for someone who is not a mentee of this cohort.
 */
export async function getMentorChoices(
  viewer: Viewer,
  cohortId: string,
  menteeId: string,
  unnamed: string,
  replacePairId: string | null = null,
) {
  await requireMatchableCohort(viewer, cohortId);
  if (!isId(menteeId)) return null;
  const person = personOf(unnamed);
  const row = await db.participation.findFirst({
    where: { id: menteeId, cohortId, role: "MENTEE" },
    select: {
      ...personSelect,
      cohort: { select: { status: true, programme: { select: { fields: { select: { key: true, nameSv: true, nameEn: true } } } } } },
    },
  });
  if (!row) return null;
  const mentee = person(row);
  const fields = row.cohort.programme.fields;
  const open = await db.pair.findFirst({
    where: { cohortId, menteeParticipationId: menteeId, status: { in: ["PROPOSED", "ACTIVE"] } },
    select: { id: true, status: true, mentorParticipationId: true, mentor: { select: { user: { select: { name: true } } } } },
  });
  // Before the cohort starts, the published pair asked for may get another mentor (once it has,
  // the page says who the mentor is).
  const replacing =
    row.cohort.status === "MATCHING" && open?.status === "ACTIVE" && open.id === replacePairId
      ? { pairId: open.id, mentorId: open.mentorParticipationId }
      : null;
  const mode =
    replacing || row.cohort.status === "ACTIVE" ? ("replace" as const) : row.cohort.status === "MATCHING" ? ("pair" as const) : null;
  const options = await rankedFor(mode, cohortId, menteeId, replacing);
  if (!mode || !options) {
    const partner = open ? { name: open.mentor.user?.name ?? unnamed, published: open.status === "ACTIVE" } : null;
    return { mentee, fields, mode, choices: null, partner, replacing: null };
  }

  const people = await db.participation.findMany({
    where: { id: { in: options.ranked.map((evaluation) => evaluation.mentorId) } },
    select: personSelect,
  });
  const byId = new Map(people.map((one) => [one.id, person(one)]));
  const used = new Map<string, number>();
  for (const pair of options.cohort.openPairs) used.set(pair.mentorId, (used.get(pair.mentorId) ?? 0) + 1);
  return {
    mentee,
    fields,
    mode,
    partner: null,
    /** The published pair the choice replaces, and its mentor's name. */
    replacing: replacing && open ? { pairId: replacing.pairId, mentorName: open.mentor.user?.name ?? unnamed } : null,
    choices: options.ranked.map((evaluation: PairEvaluation) => ({
      ...evaluation,
      /** The rules the coordinator is asked to confirm before pairing by hand. */
      toConfirm: rulesToConfirm(evaluation),
      mentor: byId.get(evaluation.mentorId)!,
      capacity: options.cohort.profileCapacity.get(evaluation.mentorId) ?? 0,
      used: used.get(evaluation.mentorId) ?? 0,
    })),
  };
}

export type MentorChoices = NonNullable<Awaited<ReturnType<typeof getMentorChoices>>>;
export type MentorChoice = NonNullable<MentorChoices["choices"]>[number];

async function rankedFor(mode: "pair" | "replace" | null, cohortId: string, menteeId: string, replacing: Replacing | null) {
  if (mode === "replace") return replacementsFor(db, cohortId, menteeId, replacing);
  if (mode !== "pair") return null;
  const cohort = await readCohortForMatching(db, cohortId);
  const waiting = cohort.mentees.some((one) => one.id === menteeId) && !cohort.openPairs.some((pair) => pair.menteeId === menteeId);
  if (!waiting) return null;
  // A mentor who cannot be chosen (no room, excluded, avoided) is not offered.
  const ranked = rankMentorsForMentee(matchingInput(cohort, cohort.openPairs), menteeId).filter(
    (evaluation) => rulesToConfirm(evaluation).length === evaluation.explanation.brokenRules.length,
  );
  return { cohort, ranked };
}
