import "server-only";
import { db } from "@/lib/db";
import type { ParticipantSide, Viewer } from "@/lib/auth/policy";
import type { CohortStatus, MeetingMode, PairStatus } from "@/lib/generated/prisma/client";

export type FieldName = { sv: string; en: string };
export type Partner = { name: string; email: string | null; phone: string | null; city: string | null; field: FieldName };

export type MeetingSummary = {
  id: string;
  heldOn: Date;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  confirmed: boolean;
};

export type PairSummary = {
  id: string;
  status: PairStatus;
  publishedAt: Date | null;
  partner: Partner;
  meetings: MeetingSummary[];
  meetingCount: number;
};

export type SessionSummary = { id: string; ordinal: number; title: string; startsAt: Date; endsAt: Date; location: string | null };

export type ParticipationHome = {
  id: string;
  cohort: { id: string; name: string; status: CohortStatus; startDate: Date; endDate: Date; programmeName: string };
  fieldKey: string;
  pairs: PairSummary[];
  sessions: SessionSummary[];
  /** A mentee may choose mentor wishes from a shortlist now. */
  wishesOpen: boolean;
};

const recentMeetings = 5;

const partnerSelect = {
  phone: true,
  city: true,
  professionalField: { select: { nameSv: true, nameEn: true } },
  user: { select: { name: true, email: true } },
} as const;

type PartnerRow = {
  phone: string | null;
  city: string | null;
  professionalField: { nameSv: string; nameEn: string };
  user: { name: string; email: string | null } | null;
};

function toPartner(row: PartnerRow): Partner {
  const field = { sv: row.professionalField.nameSv, en: row.professionalField.nameEn };
  return { name: row.user?.name ?? "—", email: row.user?.email ?? null, phone: row.phone, city: row.city, field };
}

const sessionSelect = { id: true, ordinal: true, title: true, startsAt: true, endsAt: true, location: true } as const;

const meetingSelect = { id: true, heldOn: true, durationMinutes: true, mode: true, topics: true, confirmedAt: true } as const;

function toMeeting(row: {
  id: string;
  heldOn: Date;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  confirmedAt: Date | null;
}): MeetingSummary {
  return {
    id: row.id,
    heldOn: row.heldOn,
    durationMinutes: row.durationMinutes,
    mode: row.mode,
    topics: row.topics,
    confirmed: row.confirmedAt !== null,
  };
}

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
          status: true,
          startDate: true,
          endDate: true,
          menteeWishesEnabled: true,
          programme: { select: { name: true } },
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
    fieldKey: professionalField.key,
    cohort: {
      id: cohort.id,
      name: cohort.name,
      status: cohort.status,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      programmeName: cohort.programme.name,
    },
    sessions: cohort.sessions,
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

export type PairDetail = {
  id: string;
  status: PairStatus;
  side: ParticipantSide;
  publishedAt: Date | null;
  cohort: { id: string; name: string; status: CohortStatus; startDate: Date; endDate: Date };
  partner: Partner;
  meetings: MeetingSummary[];
  sessions: SessionSummary[];
};

/** One pair, as seen by one of its two people. The caller has checked that the viewer is that side. */
export async function getPairDetail(pairId: string, side: ParticipantSide): Promise<PairDetail | null> {
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
          status: true,
          startDate: true,
          endDate: true,
          sessions: { orderBy: { ordinal: "asc" }, select: sessionSelect },
        },
      },
      mentor: { select: partnerSelect },
      mentee: { select: partnerSelect },
      meetings: { orderBy: { heldOn: "desc" }, select: meetingSelect },
    },
  });
  if (!pair) return null;
  const { sessions, ...cohort } = pair.cohort;
  return {
    id: pair.id,
    status: pair.status,
    side,
    publishedAt: pair.publishedAt,
    cohort,
    partner: toPartner(side === "MENTOR" ? pair.mentee : pair.mentor),
    meetings: pair.meetings.map(toMeeting),
    sessions,
  };
}
