"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { findManagedSession } from "@/lib/auth/access";
import { now } from "@/lib/clock";
import { attendanceOpen } from "@/lib/cohorts/attendance-rules";
import { attendanceFromForm, attendanceSchema } from "@/lib/cohorts/attendance-schemas";
import { holdOpenCohort } from "@/lib/cohorts/cohort-lock";
import { paths } from "@/lib/paths";

// Marking who came to a joint session: the whole cohort on one form, saved in one go.

/**
 * Saves the attendance of the people on the form. Each must be an active participant of the
 * session's cohort (or one already marked for it): a name from another cohort refuses the whole
 * form. People left off the form keep what they had.
 */
export const saveAttendanceAction = defineAction({
  bound: ["sessionId"],
  authorize: (viewer, { sessionId }) => findManagedSession(viewer, sessionId),
  fields: attendanceSchema,
  messageOnly: true,
  read: attendanceFromForm,
  echo: () => ({}),
  transaction: true,
  run: async ({ tx, t, viewer, input, resource: session, audit, revalidate }) => {
    await holdOpenCohort(tx, session.cohortId);
    if (!attendanceOpen(session.startsAt, now())) throw new Refusal("cohorts.attendance.errors.ahead");
    const ids = [...new Set(input.marks.map((mark) => mark.participationId))];
    if (ids.length !== input.marks.length) throw new Refusal("cohorts.attendance.errors.listChanged");
    const known = await tx.participation.count({
      where: {
        id: { in: ids },
        cohortId: session.cohortId,
        OR: [{ status: "ACTIVE" }, { attendance: { some: { sessionId: session.id } } }],
      },
    });
    if (known !== ids.length) throw new Refusal("cohorts.attendance.errors.listChanged");

    const markedAt = now();
    for (const mark of input.marks) {
      await tx.sessionAttendance.upsert({
        where: { sessionId_participationId: { sessionId: session.id, participationId: mark.participationId } },
        create: { sessionId: session.id, participationId: mark.participationId, status: mark.status, markedAt, markedById: viewer.id },
        update: { status: mark.status, markedAt, markedById: viewer.id },
      });
    }
    const count = (status: string) => input.marks.filter((mark) => mark.status === status).length;
    const counts = { present: count("PRESENT"), absent: count("ABSENT"), excused: count("EXCUSED") };
    await audit({
      action: "session.attendance",
      entityType: "JointSession",
      entityId: session.id,
      programmeId: session.cohort.programmeId,
      details: { ...counts, marks: input.marks.map((mark) => ({ participationId: mark.participationId, status: mark.status })) },
    });
    revalidate(paths.sessionAttendance(session.cohortId, session.id));
    revalidate(paths.cohortSessions(session.cohortId));
    return { ok: true, message: t("cohorts.attendance.saved", counts) };
  },
});
