import "server-only";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";
import { rankMentorsForMentee } from "@/lib/matching/matching-engine";
import { matchingInput, readCohortForMatching, type Client } from "@/lib/matching-board/matching-input";

// Mentee wishes: where a cohort lets mentees choose, each mentee sees a shortlist of the mentors
// who suit them best and ranks up to three of them, or marks one they would rather not have. The
// matching engine then weighs the wishes and never pairs a mentee with a mentor they avoid.

/** How many mentors the shortlist shows, and how many a mentee may rank. */
export const SHORTLIST_LENGTH = 8;
export const MAX_WISHES = 3;

/** While wishes can be given: before matching is done, and only where the cohort allows them. */
const OPEN_STATUSES = ["RECRUITING", "MATCHING"] as const;

/**
 * The viewer's own mentee participation, if wishes are open for it now: the cohort takes wishes,
 * is recruiting or matching, and the mentee has no published pair yet.
 */
export async function findWishingMentee(viewer: Viewer, participationId: unknown, client: Client = db) {
  if (!isId(participationId)) return null;
  const participation = await client.participation.findFirst({
    where: {
      id: participationId,
      userId: viewer.id,
      role: "MENTEE",
      status: { in: ["INVITED", "ACTIVE"] },
      cohort: { menteeWishesEnabled: true, status: { in: [...OPEN_STATUSES] } },
      menteePairs: { none: { status: "ACTIVE" } },
    },
    select: {
      id: true,
      cohortId: true,
      cohort: { select: { name: true, nameEn: true, programme: { select: { name: true, nameEn: true } } } },
    },
  });
  return participation;
}

/**
 * The mentors of the shortlist: of the mentee's own field (also where the cohort lets matching
 * cross fields), no hard rule broken (capacity aside), best score first.
 */
export async function shortlistFor(client: Client, cohortId: string, menteeId: string): Promise<string[]> {
  const cohort = await readCohortForMatching(client, cohortId);
  const mentee = cohort.mentees.find((one) => one.id === menteeId);
  if (!mentee) return [];
  // The shortlist does not depend on the wishes it is for, nor on who is taken just now.
  const input = { ...matchingInput(cohort, []), mentees: cohort.mentees.map((mentee) => ({ ...mentee, wishes: [], avoid: [] })) };
  return rankMentorsForMentee(input, menteeId)
    .filter((evaluation) => evaluation.explanation.brokenRules.every((rule) => rule === "capacity"))
    .filter((evaluation) => cohort.mentors.find((mentor) => mentor.id === evaluation.mentorId)?.fieldKey === mentee.fieldKey)
    .slice(0, SHORTLIST_LENGTH)
    .map((evaluation) => evaluation.mentorId);
}

export type WishChoice = "" | "1" | "2" | "3" | "avoid";

/** What the mentee sees: the shortlisted mentors' public side, and the choice already made for each. */
export async function getWishes(viewer: Viewer, participationId: unknown, unnamed: string) {
  const mentee = await findWishingMentee(viewer, participationId);
  if (!mentee) return null;
  const ids = await shortlistFor(db, mentee.cohortId, mentee.id);
  const [mentors, wishes] = await Promise.all([
    db.participation.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        city: true,
        industries: true,
        expertiseTags: true,
        yearsExperience: true,
        user: { select: { name: true } },
      },
    }),
    db.menteeWish.findMany({
      where: { menteeParticipationId: mentee.id },
      select: { mentorParticipationId: true, kind: true, rank: true },
    }),
  ]);
  const byId = new Map(mentors.map((mentor) => [mentor.id, mentor]));
  const choiceOf = new Map(
    wishes.map((wish) => [wish.mentorParticipationId, (wish.kind === "AVOID" ? "avoid" : String(wish.rank)) as WishChoice]),
  );
  return {
    mentee,
    mentors: ids.map((id) => {
      const mentor = byId.get(id)!;
      return {
        id,
        name: mentor.user?.name ?? unnamed,
        city: mentor.city,
        industries: mentor.industries,
        expertiseTags: mentor.expertiseTags,
        yearsExperience: mentor.yearsExperience,
        choice: choiceOf.get(id) ?? "",
      };
    }),
  };
}
