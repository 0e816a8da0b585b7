import "server-only";
import { db } from "@/lib/db";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/audit";
import type { CohortStatus, ParticipantRole, ParticipationStatus } from "@/lib/generated/prisma/client";
import { participantPageSize, type ParticipantFilters } from "@/lib/participants/participant-admin-schemas";
import { participantWhere } from "@/lib/participants/participant-list";
import { findManagedParticipation, toProfileView, type ProfileView } from "@/lib/participants/profile-edit";

// Reads for the coordinator's participant pages. Each starts from the viewer's right to the
// cohort's programme; anything else is "not found" (null here, notFound() in the page).

export type ParticipantField = { id: string; key: string; nameSv: string; nameEn: string };

export type ParticipantRow = {
  id: string;
  /** Null once the person is erased. */
  name: string | null;
  role: ParticipantRole;
  status: ParticipationStatus;
  professionalFieldId: string;
  city: string | null;
  hasPassword: boolean;
};

export type CohortParticipants = {
  cohort: { id: string; name: string; status: CohortStatus };
  fields: ParticipantField[];
  rows: ParticipantRow[];
  total: number;
  page: number;
  pageCount: number;
};

/** A page of a cohort's participants, A to Z, filtered by role, field, status and a name or email. */
export async function listCohortParticipants(
  viewer: Viewer,
  cohortId: unknown,
  filters: ParticipantFilters,
): Promise<CohortParticipants | null> {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  const fields = await db.professionalField.findMany({
    where: { programmeId: cohort.programmeId },
    orderBy: { sortOrder: "asc" },
    select: { id: true, key: true, nameSv: true, nameEn: true },
  });
  const where = participantWhere(cohort.id, fields, filters);
  const total = await db.participation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / participantPageSize));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.participation.findMany({
    where,
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    skip: (page - 1) * participantPageSize,
    take: participantPageSize,
    select: {
      id: true,
      role: true,
      status: true,
      professionalFieldId: true,
      city: true,
      user: { select: { name: true, erasedAt: true, passwordHash: true } },
    },
  });
  return {
    cohort: { id: cohort.id, name: cohort.name, status: cohort.status },
    fields,
    total,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.user && !row.user.erasedAt ? row.user.name : null,
      role: row.role,
      status: row.status,
      professionalFieldId: row.professionalFieldId,
      city: row.city,
      hasPassword: Boolean(row.user?.passwordHash),
    })),
  };
}

/** The invitation page: the cohort, and the fields a new participant may have; null when not the viewer's to run. */
export async function getInvitePage(viewer: Viewer, cohortId: unknown) {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  const fields = await db.professionalField.findMany({
    where: { programmeId: cohort.programmeId, active: true },
    orderBy: { sortOrder: "asc" },
    select: { key: true, nameSv: true, nameEn: true },
  });
  return { cohort: { id: cohort.id, name: cohort.name, status: cohort.status }, fields };
}

/**
 * One participant's profile for a coordinator of the programme, or null. Reading it shows the
 * person's personal data, so each read is written to the audit log.
 */
export async function getParticipantProfile(viewer: Viewer, participationId: unknown): Promise<ProfileView | null> {
  const row = await findManagedParticipation(viewer, participationId);
  if (!row) return null;
  await recordAudit({
    actorId: viewer.id,
    action: "participant.read",
    entityType: "Participation",
    entityId: row.id,
    subjectUserId: row.userId,
    programmeId: row.cohort.programme.id,
  });
  return toProfileView(row, false);
}
