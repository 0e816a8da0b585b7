import "server-only";
import { notFound } from "next/navigation";
import { requireManagedSession } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { AttendanceStatus, CohortStatus, ParticipantRole, ParticipationStatus } from "@/lib/generated/prisma/client";
import { attendanceOpen } from "@/lib/cohorts/attendance-rules";

// The attendance screen of one joint session, for the coordinators of its programme.

export type AttendanceRow = {
  participationId: string;
  name: string;
  role: ParticipantRole;
  field: { sv: string; en: string };
  participationStatus: ParticipationStatus;
  /** What was saved, or null before anyone marked this person. */
  status: AttendanceStatus | null;
};

export type SessionAttendancePage = {
  session: { id: string; title: string; startsAt: Date; endsAt: Date; location: string | null };
  cohort: { id: string; name: string; status: CohortStatus };
  /** Attendance can be marked: the cohort is not closed and the session's day has come. */
  open: boolean;
  /** The session's day has not come yet. */
  ahead: boolean;
  rows: AttendanceRow[];
  marked: { at: Date; byName: string | null } | null;
};

/**
 * Everyone the session concerns: the cohort's active participants (mentors and mentees), and anyone
 * else already marked for it (someone who left later, or everyone of a closed cohort, who have
 * completed it). Mentors first, then mentees, by name.
 */
export async function getSessionAttendance(viewer: Viewer, cohortId: unknown, sessionId: unknown): Promise<SessionAttendancePage> {
  const managed = await requireManagedSession(viewer, sessionId);
  if (managed.cohortId !== cohortId) notFound();
  const session = await db.jointSession.findUniqueOrThrow({
    where: { id: managed.id },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      cohort: { select: { id: true, name: true, status: true } },
    },
  });
  const closed = session.cohort.status === "CLOSED";
  const participations = await db.participation.findMany({
    where: {
      cohortId: session.cohort.id,
      userId: { not: null },
      OR: [{ status: closed ? { in: ["ACTIVE", "COMPLETED"] } : "ACTIVE" }, { attendance: { some: { sessionId: session.id } } }],
    },
    select: {
      id: true,
      role: true,
      status: true,
      user: { select: { name: true } },
      professionalField: { select: { nameSv: true, nameEn: true } },
      attendance: { where: { sessionId: session.id }, select: { status: true, markedAt: true, markedBy: { select: { name: true } } } },
    },
  });
  const rows = participations
    .map((participation) => ({
      participationId: participation.id,
      name: participation.user?.name ?? "",
      role: participation.role,
      field: { sv: participation.professionalField.nameSv, en: participation.professionalField.nameEn },
      participationStatus: participation.status,
      status: participation.attendance[0]?.status ?? null,
    }))
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name, "sv") : a.role === "MENTOR" ? -1 : 1));
  const latest = participations
    .flatMap((participation) => participation.attendance)
    .sort((a, b) => b.markedAt.getTime() - a.markedAt.getTime())[0];
  const ahead = !attendanceOpen(session.startsAt, now());
  return {
    session: { id: session.id, title: session.title, startsAt: session.startsAt, endsAt: session.endsAt, location: session.location },
    cohort: session.cohort,
    open: !closed && !ahead,
    ahead,
    rows,
    marked: latest ? { at: latest.markedAt, byName: latest.markedBy?.name ?? null } : null,
  };
}
