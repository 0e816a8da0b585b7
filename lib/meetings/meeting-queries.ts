import "server-only";
import { notFound } from "next/navigation";
import { canManageProgramme, sideInPair, type ParticipantSide, type Viewer } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { formatCalendarDate } from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import type { MeetingMode, OutcomeType } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";
import { findMeetingOfMember, findPairOfMember } from "@/lib/meetings/meeting-access";
import { changeProblem } from "@/lib/meetings/meeting-operations";
import {
  changeWindowEnds,
  firstMeetingDay,
  meetingState,
  stockholmToday,
  withinChangeWindow,
  type MeetingState,
} from "@/lib/meetings/meeting-rules";
import { meetingLimits } from "@/lib/meetings/meeting-schemas";

// The reads of a pair's meetings. A private note is read only where its author is the viewer, in
// the query itself: no other person's note ever leaves the database, for the partner or a coordinator.

export type TimelineMeeting = {
  kind: "meeting";
  id: string;
  on: Date;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  sharedNotes: string | null;
  /** Which of the pair logged it (null when the account is gone). */
  loggedBy: ParticipantSide | null;
  state: MeetingState;
  disputeNote: string | null;
  /** The viewer's own private note on it; never anyone else's. */
  privateNote: string | null;
  /** The viewer logged it and may still change or delete it (until `changeUntil`). */
  canChange: boolean;
  changeUntil: Date;
  /** The viewer is the partner of its author and may confirm it or say it did not happen. */
  canAnswer: boolean;
};

export type TimelineOutcome = {
  kind: "outcome";
  id: string;
  on: Date;
  type: OutcomeType;
  jobTitle: string | null;
  employer: string | null;
  /** The mentor recorded it for the mentee. */
  byMentor: boolean;
};

export type TimelineEntry = TimelineMeeting | TimelineOutcome;

export type PairTimeline = {
  pairId: string;
  /** The viewer's side of the pair; null for a coordinator, who reads and does not act. */
  side: ParticipantSide | null;
  /** The pair runs: its people may log and answer meetings. */
  running: boolean;
  entries: TimelineEntry[];
};

/**
 * The pair's meetings and outcomes, newest first, for its mentor and mentee and for the
 * coordinators of its programme; not found for anyone else.
 */
export async function getPairTimeline(viewer: Viewer, pairId: string): Promise<PairTimeline> {
  if (!isId(pairId)) notFound();
  const pair = await db.pair.findUnique({
    where: { id: pairId },
    select: {
      id: true,
      status: true,
      cohort: { select: { programmeId: true } },
      mentor: { select: { userId: true } },
      mentee: { select: { userId: true } },
      meetings: {
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
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
          disputeNote: true,
          createdAt: true,
          // Only the viewer's own note: the filter is the guarantee, not the page.
          privateNotes: { where: { authorId: viewer.id }, select: { text: true } },
        },
      },
      outcomes: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, type: true, occurredOn: true, jobTitle: true, employer: true, recordedByRole: true },
      },
    },
  });
  if (!pair) notFound();
  const facts = {
    status: pair.status,
    programmeId: pair.cohort.programmeId,
    mentorUserId: pair.mentor.userId,
    menteeUserId: pair.mentee.userId,
  };
  const side = sideInPair(viewer, facts);
  if (!side && !(pair.status !== "PROPOSED" && canManageProgramme(viewer, facts.programmeId))) notFound();
  const running = pair.status === "ACTIVE";
  const at = now();
  const sideOf = (userId: string | null): ParticipantSide | null =>
    userId === null ? null : userId === facts.mentorUserId ? "MENTOR" : userId === facts.menteeUserId ? "MENTEE" : null;

  const meetings: TimelineMeeting[] = pair.meetings.map((meeting) => {
    const mine = side !== null && meeting.loggedById === viewer.id;
    return {
      kind: "meeting",
      id: meeting.id,
      on: meeting.heldOn,
      durationMinutes: meeting.durationMinutes,
      mode: meeting.mode,
      topics: meeting.topics,
      sharedNotes: meeting.sharedNotes,
      loggedBy: sideOf(meeting.loggedById),
      state: meetingState(meeting),
      disputeNote: meeting.disputeNote,
      privateNote: side ? (meeting.privateNotes[0]?.text ?? null) : null,
      canChange: running && mine && withinChangeWindow(meeting.createdAt, at),
      changeUntil: changeWindowEnds(meeting.createdAt),
      canAnswer: running && side !== null && !mine,
    };
  });
  const outcomes: TimelineOutcome[] = pair.outcomes.map((outcome) => ({
    kind: "outcome",
    id: outcome.id,
    on: outcome.occurredOn,
    type: outcome.type,
    jobTitle: outcome.jobTitle,
    employer: outcome.employer,
    byMentor: outcome.recordedByRole === "MENTOR",
  }));
  // Newest first; on the same day a meeting comes before what it may have led to.
  const entries = [...meetings, ...outcomes].sort(
    (a, b) => b.on.getTime() - a.on.getTime() || (a.kind === b.kind ? 0 : a.kind === "outcome" ? -1 : 1),
  );
  return { pairId: pair.id, side, running, entries };
}

export type MeetingFormValues = {
  heldOn: string;
  durationMinutes: string;
  mode: string;
  topics: string;
  sharedNotes: string;
  privateNote: string;
};

export type MeetingFormPage = {
  pairId: string;
  side: ParticipantSide;
  /** The first and last day the date may be ("YYYY-MM-DD"). */
  firstDay: string | undefined;
  today: string;
  defaults: MeetingFormValues;
};

/** Logging a meeting: the viewer is this side of the running pair, or the page is not found. */
export async function getMeetingLogForm(viewer: Viewer, pairId: string, side: ParticipantSide): Promise<MeetingFormPage> {
  const pair = await findPairOfMember(viewer, pairId);
  if (!pair || pair.side !== side || pair.status !== "ACTIVE") notFound();
  const today = stockholmToday(now());
  return {
    pairId: pair.id,
    side,
    firstDay: firstMeetingDay(pair.publishedAt),
    today,
    defaults: {
      heldOn: today,
      durationMinutes: String(meetingLimits.durationMinutes.default),
      mode: "",
      topics: "",
      sharedNotes: "",
      privateNote: "",
    },
  };
}

/**
 * Changing a meeting: the viewer logged it, on this side of this running pair, within 30 days;
 * otherwise the page is not found. The private note read is the viewer's own.
 */
export async function getMeetingEditForm(
  viewer: Viewer,
  pairId: string,
  meetingId: string,
  side: ParticipantSide,
): Promise<MeetingFormPage & { meetingId: string; changeUntil: Date }> {
  const meeting = await findMeetingOfMember(viewer, meetingId);
  if (!meeting || meeting.pair.id !== pairId || meeting.pair.side !== side) notFound();
  const at = now();
  if (changeProblem(viewer, meeting, at)) notFound();
  const note = await db.meetingPrivateNote.findUnique({
    where: { meetingId_authorId: { meetingId: meeting.id, authorId: viewer.id } },
    select: { text: true },
  });
  return {
    pairId: meeting.pair.id,
    meetingId: meeting.id,
    side,
    firstDay: firstMeetingDay(meeting.pair.publishedAt),
    today: stockholmToday(at),
    changeUntil: changeWindowEnds(meeting.createdAt),
    defaults: {
      heldOn: formatCalendarDate(meeting.heldOn),
      durationMinutes: String(meeting.durationMinutes),
      mode: meeting.mode,
      topics: meeting.topics.join(","),
      sharedNotes: meeting.sharedNotes ?? "",
      privateNote: note?.text ?? "",
    },
  };
}
