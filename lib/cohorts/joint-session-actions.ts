"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/action-state";
import { findManagedCohort } from "@/lib/auth/access";
import { canManageProgramme, type Viewer } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { jointSessionFieldsFromForm, jointSessionSchema, type JointSessionInput } from "@/lib/cohorts/cohort-schemas";
import { stockholmInstant } from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/ids";

// Editing a cohort's joint sessions. A session is reached through its cohort's programme, so a
// coordinator of another programme gets the same answer as for a session that does not exist.

async function findManagedSession(viewer: Viewer, sessionId: string) {
  const session = await db.jointSession.findUnique({
    where: { id: sessionId },
    select: { id: true, cohortId: true, cohort: { select: { programmeId: true, status: true } } },
  });
  return session && canManageProgramme(viewer, session.cohort.programmeId) ? session : null;
}

function sessionColumns(input: JointSessionInput) {
  return {
    title: input.title,
    startsAt: stockholmInstant(input.date, input.startTime),
    endsAt: stockholmInstant(input.date, input.endTime),
    location: input.location,
    description: input.description,
  };
}

const sessionsPath = (cohortId: string) => `/coordinator/cohorts/${cohortId}/sessions`;

export async function updateJointSessionAction(sessionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("cohorts.errors.signedOut") };
  const values = jointSessionFieldsFromForm(formData);
  const id = idSchema.safeParse(sessionId);
  if (!id.success) return { ok: false, message: t("cohorts.sessions.errors.notFound"), values };
  const parsed = jointSessionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const session = await findManagedSession(viewer, id.data);
  if (!session) return { ok: false, message: t("cohorts.sessions.errors.notFound"), values };
  if (session.cohort.status === "CLOSED") return { ok: false, message: t("cohorts.errors.closed"), values };

  await db.jointSession.update({ where: { id: session.id }, data: sessionColumns(parsed.data) });
  revalidatePath(sessionsPath(session.cohortId));
  return { ok: true, message: t("cohorts.sessions.saved", { title: parsed.data.title }) };
}

export async function addJointSessionAction(cohortId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("cohorts.errors.signedOut") };
  const values = jointSessionFieldsFromForm(formData);
  const id = idSchema.safeParse(cohortId);
  if (!id.success) return { ok: false, message: t("cohorts.errors.notFound"), values };
  const parsed = jointSessionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const cohort = await findManagedCohort(viewer, id.data);
  if (!cohort) return { ok: false, message: t("cohorts.errors.notFound"), values };
  if (cohort.status === "CLOSED") return { ok: false, message: t("cohorts.errors.closed"), values };

  try {
    await db.$transaction(async (tx) => {
      const last = await tx.jointSession.aggregate({ where: { cohortId: cohort.id }, _max: { ordinal: true } });
      await tx.jointSession.create({
        data: { ...sessionColumns(parsed.data), cohortId: cohort.id, ordinal: (last._max.ordinal ?? 0) + 1 },
      });
    });
  } catch (error) {
    // Another session was added at the same moment and took the number.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, message: t("cohorts.errors.changedMeanwhile"), values };
    }
    throw error;
  }
  revalidatePath(sessionsPath(cohort.id));
  return { ok: true, message: t("cohorts.sessions.added", { title: parsed.data.title }) };
}

/** Removes a session, unless attendance was already recorded for it (that belongs in the reports). */
export async function removeJointSessionAction(sessionId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("cohorts.errors.signedOut") };
  const id = idSchema.safeParse(sessionId);
  if (!id.success) return { ok: false, message: t("cohorts.sessions.errors.notFound") };
  const session = await findManagedSession(viewer, id.data);
  if (!session) return { ok: false, message: t("cohorts.sessions.errors.notFound") };
  if (session.cohort.status === "CLOSED") return { ok: false, message: t("cohorts.errors.closed") };

  // The condition travels with the delete, so a session with attendance is never removed.
  const { count } = await db.jointSession.deleteMany({ where: { id: session.id, attendance: { none: {} } } });
  if (count === 0) return { ok: false, message: t("cohorts.sessions.errors.hasAttendance") };
  revalidatePath(sessionsPath(session.cohortId));
  return { ok: true, message: t("cohorts.sessions.removed") };
}
