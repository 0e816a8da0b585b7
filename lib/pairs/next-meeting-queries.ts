import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ParticipantSide, Viewer } from "@/lib/auth/policy";
import { appUrl } from "@/lib/app-url";
import { now } from "@/lib/clock";
import { calendarFile, calendarFileName } from "@/lib/calendar/calendar-file";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { findPairRoom } from "@/lib/pairs/pair-room";

// The pair's planned next meeting, for its two people: on the pair page, and as a calendar file.

export type NextMeeting = {
  startsAt: Date;
  endsAt: Date;
  minutes: number;
  place: string | null;
  /** The time is behind us: the pair is asked to plan the next one. */
  past: boolean;
};

export type NextMeetingView = {
  pairId: string;
  side: ParticipantSide;
  /** The pair runs: its people may plan, move or clear the meeting. */
  canChange: boolean;
  meeting: NextMeeting | null;
  /** The form's values: the planned meeting's, or empty with an hour's length. */
  values: { date: string; time: string; minutes: string; place: string };
};

async function readOwn(viewer: Viewer, pairId: string, side: ParticipantSide) {
  const room = await findPairRoom(viewer, pairId);
  if (!room || room.side !== side) notFound();
  const pair = await db.pair.findUniqueOrThrow({
    where: { id: room.id },
    select: {
      nextMeetingAt: true,
      nextMeetingMinutes: true,
      nextMeetingPlace: true,
      updatedAt: true,
      mentor: { select: { user: { select: { name: true } } } },
      mentee: { select: { user: { select: { name: true } } } },
    },
  });
  return { room, pair };
}

function toMeeting(at: Date | null, minutes: number | null, place: string | null, reference: Date): NextMeeting | null {
  if (!at) return null;
  const length = minutes ?? 60;
  return { startsAt: at, endsAt: new Date(at.getTime() + length * 60_000), minutes: length, place, past: at <= reference };
}

/** The planned meeting as `side` of the pair sees it; not found for anyone else. */
export async function getNextMeeting(viewer: Viewer, pairId: string, side: ParticipantSide): Promise<NextMeetingView> {
  const { room, pair } = await readOwn(viewer, pairId, side);
  const meeting = toMeeting(pair.nextMeetingAt, pair.nextMeetingMinutes, pair.nextMeetingPlace, now());
  const local = meeting && !meeting.past ? toStockholmParts(meeting.startsAt) : null;
  return {
    pairId: room.id,
    side,
    canChange: room.open,
    meeting,
    values: {
      date: local?.date ?? "",
      time: local?.time ?? "",
      minutes: String(meeting?.minutes ?? 60),
      place: (meeting && !meeting.past ? meeting.place : null) ?? "",
    },
  };
}

/**
 * The planned meeting as a calendar file, for either of the pair; null when none is planned. Its
 * UID is the pair's, so that a calendar which has it moves the event when the pair moves the meeting.
 */
export async function getNextMeetingCalendar(viewer: Viewer, pairId: string, side: ParticipantSide) {
  const { room, pair } = await readOwn(viewer, pairId, side);
  const meeting = toMeeting(pair.nextMeetingAt, pair.nextMeetingMinutes, pair.nextMeetingPlace, new Date(0));
  if (!meeting) return null;
  const t = await getTranslations({ locale: viewer.locale, namespace: "nextMeeting.calendar" });
  const partner = (side === "MENTOR" ? pair.mentee.user?.name : pair.mentor.user?.name) ?? "—";
  const title = t("title", { name: partner });
  const text = calendarFile({
    name: title,
    events: [
      {
        uid: `pair-${room.id}-next-meeting@tandem`,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        title,
        location: meeting.place,
        description: t("description"),
        url: appUrl(paths.pair(side, room.id)),
        updatedAt: pair.updatedAt,
      },
    ],
  });
  return { text, fileName: calendarFileName(`${title} ${toStockholmParts(meeting.startsAt).date}`) };
}
