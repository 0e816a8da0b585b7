import "server-only";
import { notFound } from "next/navigation";
import { sideInPair, type ParticipantSide, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { CohortStatus, PairStatus } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";
import { programmeContactSelect, toProgrammeContact, type ProgrammeContact } from "@/lib/programmes/programme-contact";
import {
  meetingSelect,
  partnerSelect,
  sessionSelect,
  toMeeting,
  toPartner,
  type MeetingSummary,
  type Partner,
  type SessionSummary,
} from "@/lib/pairs/pair-summaries";

// The pair's own page, for its two people. Anyone else (the other pair's people, a coordinator, a
// proposal not yet published, an id that is foreign, missing or malformed) finds nothing.

export type PairDetail = {
  id: string;
  status: PairStatus;
  side: ParticipantSide;
  publishedAt: Date | null;
  cohort: { id: string; name: string; nameEn: string | null; status: CohortStatus; startDate: Date; endDate: Date };
  partner: Partner;
  meetings: MeetingSummary[];
  sessions: SessionSummary[];
  /** Whom to contact about the programme. */
  contact: ProgrammeContact;
};

/** One published pair, as the viewer sees it from `side`; not found unless the viewer is that side. */
export async function getPairDetail(viewer: Viewer, pairId: string, side: ParticipantSide): Promise<PairDetail> {
  if (!isId(pairId)) notFound();
  const pair = await db.pair.findUnique({
    where: { id: pairId },
    select: {
      id: true,
      status: true,
      publishedAt: true,
      cohort: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          status: true,
          startDate: true,
          endDate: true,
          programmeId: true,
          programme: { select: programmeContactSelect },
          sessions: { orderBy: { ordinal: "asc" }, select: sessionSelect },
        },
      },
      mentor: { select: { userId: true, ...partnerSelect } },
      mentee: { select: { userId: true, ...partnerSelect } },
      meetings: { orderBy: { heldOn: "desc" }, select: meetingSelect },
    },
  });
  if (!pair) notFound();
  const facts = {
    status: pair.status,
    programmeId: pair.cohort.programmeId,
    mentorUserId: pair.mentor.userId,
    menteeUserId: pair.mentee.userId,
  };
  if (sideInPair(viewer, facts) !== side) notFound();
  const { cohort } = pair;
  return {
    id: pair.id,
    status: pair.status,
    side,
    publishedAt: pair.publishedAt,
    cohort: {
      id: cohort.id,
      name: cohort.name,
      nameEn: cohort.nameEn,
      status: cohort.status,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
    },
    partner: toPartner(side === "MENTOR" ? pair.mentee : pair.mentor),
    meetings: pair.meetings.map(toMeeting),
    sessions: cohort.sessions,
    contact: toProgrammeContact(cohort.programme),
  };
}
