import "server-only";
import { appUrl } from "@/lib/app-url";
import { calendarFeedToken } from "@/lib/auth/calendar-feed-tokens";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import type { ParticipantSide, Viewer } from "@/lib/auth/policy";
import type { CohortStatus, PairStatus, ParticipationStatus } from "@/lib/generated/prisma/client";
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

export type PairSummary = {
  id: string;
  status: PairStatus;
  publishedAt: Date | null;
  partner: Partner;
  meetings: MeetingSummary[];
  meetingCount: number;
};

export type ParticipationHome = {
  id: string;
  status: ParticipationStatus;
  cohort: {
    id: string;
    name: string;
    nameEn: string | null;
    status: CohortStatus;
    startDate: Date;
    endDate: Date;
    programmeName: string;
    programmeNameEn: string | null;
  };
  fieldKey: string;
  pairs: PairSummary[];
  sessions: SessionSummary[];
  /** A mentee may choose mentor wishes from a shortlist now. */
  wishesOpen: boolean;
  /** Whom to contact about the programme. */
  contact: ProgrammeContact;
  /** The address of the person's own calendar feed of the cohort's sessions; null once they left it. */
  calendarFeed: string | null;
};

const recentMeetings = 5;

/**
 * The viewer's participations in one role, newest cohort first, with their published pairs, the
 * partner's contact details, recent meetings and the cohort's joint sessions. Proposals that are
 * not yet published are never included.
 */
export async function listMyParticipations(viewer: Viewer, role: ParticipantSide): Promise<ParticipationHome[]> {
  const participations = await db.participation.findMany({
    where: { userId: viewer.id, role },
    orderBy: { cohort: { startDate: "desc" } },
    select: {
      id: true,
      status: true,
      professionalField: { select: { key: true } },
      cohort: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          status: true,
          startDate: true,
          endDate: true,
          menteeWishesEnabled: true,
          programme: { select: { name: true, nameEn: true, ...programmeContactSelect } },
          sessions: { orderBy: { ordinal: "asc" }, select: sessionSelect },
        },
      },
    },
  });
  const ids = participations.map((participation) => participation.id);
  const pairs = await db.pair.findMany({
    where: {
      status: { in: ["ACTIVE", "ENDED"] },
      ...(role === "MENTOR" ? { mentorParticipationId: { in: ids } } : { menteeParticipationId: { in: ids } }),
    },
    orderBy: { publishedAt: "desc" },
    select: {
      id: true,
      status: true,
      publishedAt: true,
      mentorParticipationId: true,
      menteeParticipationId: true,
      mentor: { select: partnerSelect },
      mentee: { select: partnerSelect },
      meetings: { orderBy: { heldOn: "desc" }, take: recentMeetings, select: meetingSelect },
      _count: { select: { meetings: true } },
    },
  });

  return participations.map(({ cohort, professionalField, id, status }) => ({
    id,
    status,
    fieldKey: professionalField.key,
    cohort: {
      id: cohort.id,
      name: cohort.name,
      nameEn: cohort.nameEn,
      status: cohort.status,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      programmeName: cohort.programme.name,
      programmeNameEn: cohort.programme.nameEn,
    },
    sessions: cohort.sessions,
    contact: toProgrammeContact(cohort.programme),
    calendarFeed: status === "WITHDRAWN" ? null : appUrl(paths.cohortFeed(calendarFeedToken(id))),
    wishesOpen:
      role === "MENTEE" &&
      (status === "INVITED" || status === "ACTIVE") &&
      cohort.menteeWishesEnabled &&
      (cohort.status === "RECRUITING" || cohort.status === "MATCHING") &&
      !pairs.some((pair) => pair.menteeParticipationId === id && pair.status === "ACTIVE"),
    pairs: pairs
      .filter((pair) => (role === "MENTOR" ? pair.mentorParticipationId : pair.menteeParticipationId) === id)
      .map((pair) => ({
        id: pair.id,
        status: pair.status,
        publishedAt: pair.publishedAt,
        partner: toPartner(role === "MENTOR" ? pair.mentee : pair.mentor),
        meetings: pair.meetings.map(toMeeting),
        meetingCount: pair._count.meetings,
      })),
  }));
}

export type MyCohort = {
  participationId: string;
  role: ParticipantSide;
  status: ParticipationStatus;
  cohort: { name: string; status: CohortStatus; startDate: Date };
  programmeName: string;
};

/** Every cohort the viewer takes or took part in, with their role in it, newest first: for their account page. */
export async function listMyCohorts(viewer: Viewer): Promise<MyCohort[]> {
  const rows = await db.participation.findMany({
    where: { userId: viewer.id },
    orderBy: [{ cohort: { startDate: "desc" } }, { createdAt: "desc" }],
    select: {
      id: true,
      role: true,
      status: true,
      cohort: { select: { name: true, status: true, startDate: true, programme: { select: { name: true } } } },
    },
  });
  return rows.map(({ id, role, status, cohort: { programme, ...cohort } }) => ({
    participationId: id,
    role,
    status,
    cohort,
    programmeName: programme.name,
  }));
}
