import type { MeetingMode } from "@/lib/generated/prisma/client";

// What a pair's people see of it, read and handed to the pages the same way on the pair's own page
// and on the participant's home: the partner, the pair's meetings and the cohort's joint sessions.
// Plain selects and mappings: the queries that use them check the viewer.

export type FieldName = { sv: string; en: string };
export type Partner = { name: string; email: string | null; phone: string | null; city: string | null; field: FieldName };

export type MeetingSummary = {
  id: string;
  heldOn: Date;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  confirmed: boolean;
  /** The partner said it did not happen. */
  disputed: boolean;
};

export type SessionSummary = { id: string; ordinal: number; title: string; startsAt: Date; endsAt: Date; location: string | null };

/** What is read of the other person of a pair. */
export const partnerSelect = {
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

export function toPartner(row: PartnerRow): Partner {
  const field = { sv: row.professionalField.nameSv, en: row.professionalField.nameEn };
  return { name: row.user?.name ?? "—", email: row.user?.email ?? null, phone: row.phone, city: row.city, field };
}

export const meetingSelect = {
  id: true,
  heldOn: true,
  durationMinutes: true,
  mode: true,
  topics: true,
  confirmedAt: true,
  disputedAt: true,
} as const;

export function toMeeting(row: {
  id: string;
  heldOn: Date;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  confirmedAt: Date | null;
  disputedAt: Date | null;
}): MeetingSummary {
  return {
    id: row.id,
    heldOn: row.heldOn,
    durationMinutes: row.durationMinutes,
    mode: row.mode,
    topics: row.topics,
    confirmed: row.confirmedAt !== null,
    disputed: row.disputedAt !== null,
  };
}

export const sessionSelect = { id: true, ordinal: true, title: true, startsAt: true, endsAt: true, location: true } as const;
