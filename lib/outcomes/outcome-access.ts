import "server-only";
import { sideInPair, type ParticipantSide, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";
import { postSecondaryFromParticipation } from "@/lib/outcomes/occupations";

// Who may record, change and remove a pair's outcomes: its mentor and its mentee, while the pair
// runs (ACTIVE). A pair that ended (early, or with its cohort closed) keeps its outcomes read-only.
// A foreign, missing or malformed id is null, the same answer as a pair that is not the viewer's.

const pairSelect = {
  id: true,
  status: true,
  cohort: { select: { programmeId: true } },
  mentor: { select: { userId: true } },
  mentee: { select: { userId: true, educationDegree: true } },
} as const;

type PairRow = {
  id: string;
  status: "PROPOSED" | "ACTIVE" | "ENDED";
  cohort: { programmeId: string };
  mentor: { userId: string | null };
  mentee: { userId: string | null; educationDegree: string | null };
};

export type OutcomePair = {
  id: string;
  side: ParticipantSide;
  programmeId: string;
  menteeUserId: string | null;
  /** What Tandem knows of the mentee's education, for its judgement. */
  postSecondaryEducation: boolean | null;
};

function asOutcomePair(viewer: Viewer, pair: PairRow): OutcomePair | null {
  if (pair.status !== "ACTIVE") return null;
  const side = sideInPair(viewer, {
    status: pair.status,
    programmeId: pair.cohort.programmeId,
    mentorUserId: pair.mentor.userId,
    menteeUserId: pair.mentee.userId,
  });
  if (!side) return null;
  return {
    id: pair.id,
    side,
    programmeId: pair.cohort.programmeId,
    menteeUserId: pair.mentee.userId,
    postSecondaryEducation: postSecondaryFromParticipation(pair.mentee),
  };
}

/** A running pair the viewer is in, to record an outcome for; null otherwise. */
export async function findPairForOutcomes(viewer: Viewer, pairId: unknown): Promise<OutcomePair | null> {
  if (!isId(pairId)) return null;
  const pair = await db.pair.findUnique({ where: { id: pairId }, select: pairSelect });
  return pair ? asOutcomePair(viewer, pair) : null;
}

/** An outcome of a running pair the viewer is in, to change or remove; null otherwise. */
export async function findOwnOutcome(viewer: Viewer, outcomeId: unknown) {
  if (!isId(outcomeId)) return null;
  const outcome = await db.outcomeEvent.findUnique({
    where: { id: outcomeId },
    select: { id: true, type: true, occurredOn: true, pair: { select: pairSelect } },
  });
  if (!outcome) return null;
  const pair = asOutcomePair(viewer, outcome.pair);
  return pair ? { id: outcome.id, type: outcome.type, occurredOn: outcome.occurredOn, pair } : null;
}
