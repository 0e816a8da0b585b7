"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { findManagedCohort, findManagedSession } from "@/lib/auth/access";
import { holdOpenCohort } from "@/lib/cohorts/cohort-lock";
import { jointSessionFieldsFromForm, jointSessionSchema, type JointSessionInput } from "@/lib/cohorts/cohort-schemas";
import { stockholmInstant } from "@/lib/cohorts/stockholm-time";
import { getFormat } from "@/lib/i18n/format";
import { paths } from "@/lib/paths";

// Editing a cohort's joint sessions. A session is reached through its cohort's programme, so a
// coordinator of another programme gets the same answer as for a session that does not exist.

function sessionColumns(input: JointSessionInput) {
  return {
    title: input.title,
    startsAt: stockholmInstant(input.date, input.startTime),
    endsAt: stockholmInstant(input.date, input.endTime),
    location: input.location,
    description: input.description,
  };
}

export const updateJointSessionAction = defineAction({
  bound: ["sessionId"],
  authorize: (viewer, { sessionId }) => findManagedSession(viewer, sessionId),
  fields: jointSessionSchema,
  read: jointSessionFieldsFromForm,
  // A closed cohort's sessions belong to its history: they are not changed any more.
  transaction: true,
  run: async ({ tx, t, input, resource: session, audit, revalidate }) => {
    await holdOpenCohort(tx, session.cohortId);
    await tx.jointSession.update({ where: { id: session.id }, data: sessionColumns(input) });
    await audit({
      action: "session.update",
      entityType: "JointSession",
      entityId: session.id,
      programmeId: session.cohort.programmeId,
      details: { title: input.title },
    });
    revalidate(paths.cohortSessions(session.cohortId));
    return { ok: true, message: t("cohorts.sessions.saved", { title: input.title }) };
  },
});

export const addJointSessionAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: jointSessionSchema,
  read: jointSessionFieldsFromForm,
  // Another session added at the same moment takes the number: the unique ordinal refuses the second.
  transaction: true,
  run: async ({ tx, t, input, resource: cohort, revalidate }) => {
    await holdOpenCohort(tx, cohort.id);
    const last = await tx.jointSession.aggregate({ where: { cohortId: cohort.id }, _max: { ordinal: true } });
    await tx.jointSession.create({ data: { ...sessionColumns(input), cohortId: cohort.id, ordinal: (last._max.ordinal ?? 0) + 1 } });
    revalidate(paths.cohortSessions(cohort.id));
    return { ok: true, message: t("cohorts.sessions.added", { title: input.title }) };
  },
});

/** Removes a session, unless attendance was already recorded for it (that belongs in the reports). */
export const removeJointSessionAction = defineAction({
  bound: ["sessionId"],
  authorize: (viewer, { sessionId }) => findManagedSession(viewer, sessionId),
  // Asked first; a session that cannot be removed is answered with why, straight away.
  confirm: async ({ t, resource: session }) => {
    if (session.cohort.status === "CLOSED" || session._count.attendance > 0) return null;
    const format = await getFormat();
    const when = format.dateTime(session.startsAt, { dateStyle: "long", timeStyle: "short" });
    return {
      question: t("cohorts.sessions.confirmRemove", { title: session.title, when }),
      proceed: t("cohorts.sessions.confirmRemoveProceed"),
    };
  },
  transaction: true,
  run: async ({ tx, t, resource: session, revalidate }) => {
    await holdOpenCohort(tx, session.cohortId);
    // The condition travels with the delete, so a session with attendance is never removed.
    const { count } = await tx.jointSession.deleteMany({ where: { id: session.id, attendance: { none: {} } } });
    if (count === 0) throw new Refusal("cohorts.sessions.errors.hasAttendance");
    revalidate(paths.cohortSessions(session.cohortId));
    return { ok: true, message: t("cohorts.sessions.removed") };
  },
});
