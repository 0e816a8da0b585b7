import "server-only";
import { sideInPair, type ParticipantSide, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { PairStatus } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";

// Who may act on a pair's meetings: its mentor and its mentee, nobody else. A foreign, missing or
// malformed id is null ("not found"), like a pair the viewer is not in. Whether the pair still runs,
// and whose meeting it is, the actions ask next, with a message the pair's people can act on.

export type MeetingPair = {
  id: string;
  status: PairStatus;
  publishedAt: Date | null;
  cohortId: string;
  programmeId: string;
  side: ParticipantSide;
  partnerUserId: string | null;
};

const pairSelect = {
  id: true,
  status: true,
  publishedAt: true,
  cohortId: true,
  cohort: { select: { programmeId: true } },
  mentor: { select: { userId: true } },
  mentee: { select: { userId: true } },
} as const;

type PairRow = {
  id: string;
  status: PairStatus;
  publishedAt: Date | null;
  cohortId: string;
  cohort: { programmeId: string };
  mentor: { userId: string | null };
  mentee: { userId: string | null };
};

function asMeetingPair(viewer: Viewer, pair: PairRow): MeetingPair | null {
  const side = sideInPair(viewer, {
    status: pair.status,
    programmeId: pair.cohort.programmeId,
    mentorUserId: pair.mentor.userId,
    menteeUserId: pair.mentee.userId,
  });
  if (!side) return null;
  return {
    id: pair.id,
    status: pair.status,
    publishedAt: pair.publishedAt,
    cohortId: pair.cohortId,
    programmeId: pair.cohort.programmeId,
    side,
    partnerUserId: side === "MENTOR" ? pair.mentee.userId : pair.mentor.userId,
  };
}

/** The pair, when the viewer is its mentor or mentee; null otherwise. */
export async function findPairOfMember(viewer: Viewer, pairId: unknown): Promise<MeetingPair | null> {
  if (!isId(pairId)) return null;
  const pair = await db.pair.findUnique({ where: { id: pairId }, select: pairSelect });
  return pair ? asMeetingPair(viewer, pair) : null;
}

export type MeetingOfPair = {
  id: string;
  heldOn: Date;
  durationMinutes: number;
  mode: string;
  topics: string[];
  sharedNotes: string | null;
  loggedById: string | null;
  confirmedAt: Date | null;
  disputedAt: Date | null;
  createdAt: Date;
  pair: MeetingPair;
};

/** A meeting of a pair the viewer is the mentor or mentee of; null otherwise. */
export async function findMeetingOfMember(viewer: Viewer, meetingId: unknown): Promise<MeetingOfPair | null> {
  if (!isId(meetingId)) return null;
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      heldOn: true,
      durationMinutes: true,
      mode: true,
      topics: true,
      sharedNotes: true,
      loggedById: true,
      confirmedAt: true,
      disputedAt: true,
      createdAt: true,
      pair: { select: pairSelect },
    },
  });
  if (!meeting) return null;
  const pair = asMeetingPair(viewer, meeting.pair);
  return pair ? { ...meeting, pair } : null;
}
