import "server-only";
import { canManageProgramme, pairIsOpen, sideInPair, type ParticipantSide, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";

// The pair room: what a pair's two people share (its goals, its planned next meeting). One read
// answers who the viewer is in it; a foreign, missing or malformed id is null, like a stranger.

export type PairRoom = {
  id: string;
  cohortId: string;
  programmeId: string;
  /** The viewer's side; null for a coordinator of the programme, who reads but never changes. */
  side: ParticipantSide | null;
  /** The pair runs: its people may change what it keeps. */
  open: boolean;
  mentorUserId: string | null;
  menteeUserId: string | null;
};

export const pairRoomSelect = {
  id: true,
  status: true,
  cohortId: true,
  cohort: { select: { programmeId: true, status: true, closedAt: true } },
  mentor: { select: { userId: true } },
  mentee: { select: { userId: true } },
} as const;

type PairRoomRow = {
  id: string;
  status: "PROPOSED" | "ACTIVE" | "ENDED";
  cohortId: string;
  cohort: { programmeId: string; status: string; closedAt: Date | null };
  mentor: { userId: string | null };
  mentee: { userId: string | null };
};

/** The room as `viewer` may see it, or null: its two people, and with `coordinators`, the programme's coordinators. */
export function toPairRoom(viewer: Viewer, row: PairRoomRow, { coordinators = false } = {}): PairRoom | null {
  const facts = {
    status: row.status,
    programmeId: row.cohort.programmeId,
    mentorUserId: row.mentor.userId,
    menteeUserId: row.mentee.userId,
  };
  const side = sideInPair(viewer, facts);
  const coordinator = coordinators && row.status !== "PROPOSED" && canManageProgramme(viewer, facts.programmeId);
  if (!side && !coordinator) return null;
  return {
    id: row.id,
    cohortId: row.cohortId,
    programmeId: facts.programmeId,
    side,
    open: pairIsOpen({ status: row.status, cohortClosed: row.cohort.closedAt !== null || row.cohort.status === "CLOSED" }),
    mentorUserId: facts.mentorUserId,
    menteeUserId: facts.menteeUserId,
  };
}

/** The pair when the viewer is one of its two people (or, with `coordinators`, runs its programme); null otherwise. */
export async function findPairRoom(viewer: Viewer, pairId: unknown, options: { coordinators?: boolean } = {}): Promise<PairRoom | null> {
  if (!isId(pairId)) return null;
  const row = await db.pair.findUnique({ where: { id: pairId }, select: pairRoomSelect });
  return row ? toPairRoom(viewer, row, options) : null;
}

/** The pair for one of its two people to change: null for anyone else. */
export async function findOwnPairRoom(viewer: Viewer, pairId: unknown): Promise<(PairRoom & { side: ParticipantSide }) | null> {
  const room = await findPairRoom(viewer, pairId);
  return room?.side ? { ...room, side: room.side } : null;
}
