import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { rankMentorsForMentee } from "@/lib/matching/matching-engine";
import type { MatchingSettings, PairExplanation, PairEvaluation } from "@/lib/matching/matching-types";
import { matchingInput, MATCHABLE_STATUSES, readCohortForMatching, cohortMatchingSettings } from "@/lib/matching-board/matching-input";

// What the matching board shows. The page asks for one field at a time or all of them, and gets
// proposals a page at a time; the lists of people waiting are short by then.

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

export type BoardMentor = BoardPerson & { capacity: number; used: number };

function nameOf(participation: { user: { name: string } | null }): string {
  return participation.user?.name ?? "–";
}

const personSelect = { id: true, user: { select: { name: true } }, professionalField: { select: { key: true } } } as const;

function person(row: { id: string; user: { name: string } | null; professionalField: { key: string } }): BoardPerson {
  return { id: row.id, name: nameOf(row), fieldKey: row.professionalField.key };
}

export const getMatchingBoard = cache(async (cohortId: string, filter: { fieldKey: string | null; page: number }) => {
  const cohort = await db.cohort.findUniqueOrThrow({
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
  const fieldWhere = filter.fieldKey ? { professionalField: { key: filter.fieldKey } } : {};
  const matchable = { cohortId, status: { in: [...MATCHABLE_STATUSES] } };

  const [proposalCount, proposals, published, waiting, mentors, exclusions] = await Promise.all([
    db.pair.count({ where: { cohortId, status: "PROPOSED", mentee: fieldWhere } }),
    db.pair.findMany({
      where: { cohortId, status: "PROPOSED", mentee: fieldWhere },
      orderBy: [{ mentee: { professionalField: { sortOrder: "asc" } } }, { mentee: { user: { name: "asc" } } }, { id: "asc" }],
      skip: (filter.page - 1) * PROPOSALS_PER_PAGE,
      take: PROPOSALS_PER_PAGE,
      select: {
        id: true,
        score: true,
        explanation: true,
        acceptedAt: true,
        locked: true,
        source: true,
        mentee: { select: personSelect },
        mentor: { select: personSelect },
      },
    }),
    db.pair.count({ where: { cohortId, status: "ACTIVE" } }),
    db.participation.findMany({
      where: { ...matchable, ...fieldWhere, role: "MENTEE", menteePairs: { none: { status: { in: ["PROPOSED", "ACTIVE"] } } } },
      orderBy: [{ professionalField: { sortOrder: "asc" } }, { user: { name: "asc" } }],
      select: personSelect,
    }),
    db.participation.findMany({
      where: { ...matchable, ...fieldWhere, role: "MENTOR" },
      orderBy: [{ professionalField: { sortOrder: "asc" } }, { user: { name: "asc" } }],
      select: {
        ...personSelect,
        mentorCapacity: true,
        _count: { select: { mentorPairs: { where: { status: { in: ["PROPOSED", "ACTIVE"] } } } } },
      },
    }),
    db.matchExclusion.findMany({
      where: { cohortId },
      orderBy: { createdAt: "desc" },
      select: { id: true, kind: true, mentee: { select: personSelect }, mentor: { select: personSelect } },
    }),
  ]);

  const settings: MatchingSettings = cohortMatchingSettings(cohort);
  return {
    cohort: { id: cohort.id, status: cohort.status },
    fields: cohort.programme.fields,
    settings,
    proposalCount,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(proposalCount / PROPOSALS_PER_PAGE)),
    published,
    proposals: proposals.map((pair): BoardProposal => ({
      id: pair.id,
      mentee: person(pair.mentee),
      mentor: person(pair.mentor),
      score: pair.score,
      explanation: pair.explanation as PairExplanation | null,
      accepted: pair.acceptedAt !== null,
      locked: pair.locked,
      handMade: pair.source === "MANUAL",
    })),
    waitingMentees: waiting.map(person),
    mentorsWithRoom: mentors
      .map((mentor): BoardMentor => ({ ...person(mentor), capacity: mentor.mentorCapacity, used: mentor._count.mentorPairs }))
      .filter((mentor) => mentor.used < mentor.capacity),
    exclusions: exclusions.map((exclusion) => ({
      id: exclusion.id,
      kind: exclusion.kind,
      mentee: person(exclusion.mentee),
      mentor: person(exclusion.mentor),
    })),
  };
});

export type MatchingBoard = Awaited<ReturnType<typeof getMatchingBoard>>;

/**
 * Every mentor of the cohort for one mentee still without a pair, best first, with score and
 * explanation: what a coordinator chooses from when pairing by hand. `choices` is null when the
 * mentee is not waiting (paired, proposed, or the cohort is not being matched); the whole answer
 * is null for someone who is not a mentee of this cohort.
 */
export async function getMentorChoices(cohortId: string, menteeId: string) {
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
  const cohort = row.cohort.status === "MATCHING" ? await readCohortForMatching(db, cohortId) : null;
  const waiting =
    cohort !== null && cohort.mentees.some((one) => one.id === menteeId) && !cohort.openPairs.some((pair) => pair.menteeId === menteeId);
  if (!cohort || !waiting) return { mentee, fields, choices: null };

  const ranked = rankMentorsForMentee(matchingInput(cohort, cohort.openPairs), menteeId);
  const people = await db.participation.findMany({
    where: { id: { in: ranked.map((evaluation) => evaluation.mentorId) } },
    select: personSelect,
  });
  const byId = new Map(people.map((one) => [one.id, person(one)]));
  const used = new Map<string, number>();
  for (const pair of cohort.openPairs) used.set(pair.mentorId, (used.get(pair.mentorId) ?? 0) + 1);
  return {
    mentee,
    fields,
    choices: ranked.map((evaluation: PairEvaluation) => ({
      ...evaluation,
      mentor: byId.get(evaluation.mentorId)!,
      capacity: cohort.profileCapacity.get(evaluation.mentorId) ?? 0,
      used: used.get(evaluation.mentorId) ?? 0,
    })),
  };
}
