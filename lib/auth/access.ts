import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";
import { requireViewer } from "@/lib/auth/session";
import { canManageProgramme, isAdministrator, sideInPair, type ParticipantSide, type Viewer } from "@/lib/auth/policy";

// Rights derived from the resource id. A foreign id, a missing one and a malformed one all end in
// notFound(), so a URL never tells whether something exists. Actions use the find* variants, which
// return null instead, and answer with a message in their state; queries given the viewer use the
// requireManaged* variants.

export async function findManagedProgramme(viewer: Viewer, programmeId: unknown) {
  if (!isId(programmeId) || !canManageProgramme(viewer, programmeId)) return null;
  // An archived programme is found only by the archive's restore button.
  return db.programme.findUnique({
    where: { id: programmeId, archivedAt: null },
    select: { id: true, name: true, nameEn: true, organizationId: true },
  });
}

/** An archived programme, for an administrator of its organisation to restore; null otherwise. */
export async function findArchivedProgramme(viewer: Viewer, programmeId: unknown) {
  if (!isId(programmeId)) return null;
  const programme = await db.programme.findUnique({
    where: { id: programmeId, archivedAt: { not: null } },
    select: { id: true, organizationId: true },
  });
  return programme && isAdministrator(viewer, programme.organizationId) ? programme : null;
}

/** An archived cohort of a programme the viewer runs (and that is not archived itself), to restore; null otherwise. */
export async function findArchivedCohort(viewer: Viewer, cohortId: unknown) {
  if (!isId(cohortId)) return null;
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId, archivedAt: { not: null }, programme: { archivedAt: null } },
    select: { id: true, programmeId: true },
  });
  return cohort && canManageProgramme(viewer, cohort.programmeId) ? cohort : null;
}

/**
 * The cohort, when the viewer may run its programme. Read once per page view: the cohort's layout,
 * the page and its queries ask with the same viewer and id (React's cache; actions run outside a
 * render and always read afresh).
 */
export const findManagedCohort = cache(async (viewer: Viewer, cohortId: unknown) => {
  if (!isId(cohortId)) return null;
  // An archived cohort, or one of an archived programme, is found only by the archive's restore button.
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId, archivedAt: null, programme: { archivedAt: null } },
    select: { id: true, name: true, status: true, programmeId: true },
  });
  return cohort && canManageProgramme(viewer, cohort.programmeId) ? cohort : null;
});

/**
 * A joint session of a cohort the viewer runs (reached through its cohort's programme), or null:
 * another programme's coordinator gets the same answer as for a session that does not exist.
 */
export async function findManagedSession(viewer: Viewer, sessionId: unknown) {
  if (!isId(sessionId)) return null;
  const session = await db.jointSession.findUnique({
    where: { id: sessionId, cohort: { archivedAt: null, programme: { archivedAt: null } } },
    select: {
      id: true,
      cohortId: true,
      title: true,
      startsAt: true,
      cohort: { select: { programmeId: true, status: true, name: true } },
      _count: { select: { attendance: true } },
    },
  });
  return session && canManageProgramme(viewer, session.cohort.programmeId) ? session : null;
}

export async function findOwnPair(viewer: Viewer, pairId: unknown, side?: ParticipantSide) {
  if (!isId(pairId)) return null;
  const pair = await db.pair.findUnique({
    where: { id: pairId },
    select: {
      id: true,
      status: true,
      cohortId: true,
      cohort: { select: { programmeId: true } },
      mentor: { select: { userId: true } },
      mentee: { select: { userId: true } },
    },
  });
  if (!pair) return null;
  const mySide = sideInPair(viewer, {
    status: pair.status,
    programmeId: pair.cohort.programmeId,
    mentorUserId: pair.mentor.userId,
    menteeUserId: pair.mentee.userId,
  });
  if (!mySide || (side && mySide !== side)) return null;
  return { id: pair.id, cohortId: pair.cohortId, side: mySide };
}

/** For queries given the viewer: a programme they run, or the page is not found. */
export async function requireManagedProgramme(viewer: Viewer, programmeId: unknown) {
  const programme = await findManagedProgramme(viewer, programmeId);
  if (!programme) notFound();
  return programme;
}

/** For queries given the viewer: a cohort of a programme they run, or the page is not found. */
export async function requireManagedCohort(viewer: Viewer, cohortId: unknown) {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) notFound();
  return cohort;
}

/** For queries given the viewer: a joint session of a cohort they run, or the page is not found. */
export async function requireManagedSession(viewer: Viewer, sessionId: unknown) {
  const session = await findManagedSession(viewer, sessionId);
  if (!session) notFound();
  return session;
}

/** For pages: the viewer may run this cohort's programme, or the page is not found. */
export async function requireCoordinatorOfCohort(cohortId: unknown) {
  const viewer = await requireViewer();
  return { viewer, cohort: await requireManagedCohort(viewer, cohortId) };
}

/** For pages: the viewer is this side of this published pair, or the page is not found. */
export async function requireParticipantOf(pairId: unknown, side?: ParticipantSide) {
  const viewer = await requireViewer();
  const pair = await findOwnPair(viewer, pairId, side);
  if (!pair) notFound();
  return { viewer, pair };
}
