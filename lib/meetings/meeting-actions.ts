"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { formatCalendarDate } from "@/lib/cohorts/stockholm-time";
import { now } from "@/lib/clock";
import { getFormat } from "@/lib/i18n/format";
import { findMeetingOfMember, findPairOfMember } from "@/lib/meetings/meeting-access";
import { answerProblem, changeProblem, refuseBadDay, refuseUnlessRunning, savePrivateNote } from "@/lib/meetings/meeting-operations";
import { asksPartnerAgain, changedFields } from "@/lib/meetings/meeting-rules";
import { disputeSchema, meetingFieldsFromForm, meetingSchema } from "@/lib/meetings/meeting-schemas";
import { paths } from "@/lib/paths";

// A pair's meetings, logged and answered by the pair's mentor and mentee. The author may change or
// delete a meeting for 30 days; the partner confirms it or says it did not happen. Every change is
// audited, never with the text of a private note (only its author ever reads that).

const noteState = (text: string) => (text === "" ? "none" : "kept");

/** Logs a meeting the viewer had with their partner; the partner is asked to confirm it. */
export const logMeetingAction = defineAction({
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => findPairOfMember(viewer, pairId),
  fields: meetingSchema,
  read: meetingFieldsFromForm,
  transaction: true,
  run: async ({ viewer, input, resource: pair, tx, audit, revalidate, redirectTo }) => {
    refuseUnlessRunning(pair);
    const at = now();
    const heldOn = refuseBadDay(input, pair, at);
    const meeting = await tx.meeting.create({
      data: {
        pairId: pair.id,
        heldOn,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        topics: input.topics,
        sharedNotes: input.sharedNotes || null,
        loggedById: viewer.id,
        createdAt: at,
      },
      select: { id: true },
    });
    await savePrivateNote(tx, meeting.id, viewer.id, input.privateNote);
    await audit({
      action: "meeting.log",
      entityType: "Meeting",
      entityId: meeting.id,
      subjectUserId: pair.partnerUserId,
      programmeId: pair.programmeId,
      details: {
        pairId: pair.id,
        heldOn: input.heldOn,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        privateNote: noteState(input.privateNote),
      },
    });
    revalidate(paths.pair("MENTOR", pair.id));
    revalidate(paths.pair("MENTEE", pair.id));
    redirectTo(paths.meetingLogged(pair.side, pair.id, meeting.id));
  },
});

/**
 * Changes a meeting the viewer logged, within 30 days. A new day, length or way of meeting is a
 * meeting the partner has not seen: their confirmation (or dispute) is cleared and they are asked
 * again. New topics or notes leave their answer standing.
 */
export const editMeetingAction = defineAction({
  bound: ["meetingId"],
  authorize: (viewer, { meetingId }) => findMeetingOfMember(viewer, meetingId),
  fields: meetingSchema,
  read: meetingFieldsFromForm,
  transaction: true,
  run: async ({ viewer, input, resource: meeting, tx, audit, revalidate, redirectTo }) => {
    const at = now();
    const problem = changeProblem(viewer, meeting, at);
    if (problem) throw new Refusal(problem);
    const heldOn = refuseBadDay(input, meeting.pair, at);
    const after = {
      heldOn,
      durationMinutes: input.durationMinutes,
      mode: input.mode,
      topics: input.topics,
      sharedNotes: input.sharedNotes || null,
    };
    const changed = changedFields(meeting, after);
    const askAgain = asksPartnerAgain(changed);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        ...after,
        ...(askAgain ? { confirmedAt: null, confirmedById: null, disputedAt: null, disputedById: null, disputeNote: null } : {}),
      },
    });
    await savePrivateNote(tx, meeting.id, viewer.id, input.privateNote);
    await audit({
      action: "meeting.edit",
      entityType: "Meeting",
      entityId: meeting.id,
      subjectUserId: meeting.pair.partnerUserId,
      programmeId: meeting.pair.programmeId,
      details: {
        pairId: meeting.pair.id,
        changed,
        before: { heldOn: formatCalendarDate(meeting.heldOn), durationMinutes: meeting.durationMinutes, mode: meeting.mode },
        after: { heldOn: input.heldOn, durationMinutes: input.durationMinutes, mode: input.mode },
        partnerAskedAgain: askAgain,
        privateNote: noteState(input.privateNote),
      },
    });
    revalidate(paths.pair("MENTOR", meeting.pair.id));
    revalidate(paths.pair("MENTEE", meeting.pair.id));
    redirectTo(paths.meetingLogged(meeting.pair.side, meeting.pair.id, meeting.id));
  },
});

/** Deletes a meeting the viewer logged, within 30 days, after asking: it cannot be brought back. */
export const deleteMeetingAction = defineAction({
  bound: ["meetingId"],
  authorize: (viewer, { meetingId }) => findMeetingOfMember(viewer, meetingId),
  // Asked only of someone who may delete it; anyone else gets the reason why not from `run`.
  confirm: async ({ viewer, resource: meeting, t }) => {
    if (changeProblem(viewer, meeting, now())) return null;
    const format = await getFormat();
    const day = format.dateTime(meeting.heldOn, { dateStyle: "long", timeZone: "UTC" });
    return { question: t("meetings.delete.question", { day }), proceed: t("meetings.delete.proceed") };
  },
  transaction: true,
  run: async ({ viewer, t, resource: meeting, tx, audit, revalidate }) => {
    const problem = changeProblem(viewer, meeting, now());
    if (problem) throw new Refusal(problem);
    await tx.meeting.delete({ where: { id: meeting.id } });
    await audit({
      action: "meeting.delete",
      entityType: "Meeting",
      entityId: meeting.id,
      subjectUserId: meeting.pair.partnerUserId,
      programmeId: meeting.pair.programmeId,
      details: {
        pairId: meeting.pair.id,
        heldOn: formatCalendarDate(meeting.heldOn),
        durationMinutes: meeting.durationMinutes,
        mode: meeting.mode,
        wasConfirmed: meeting.confirmedAt !== null,
        wasDisputed: meeting.disputedAt !== null,
      },
    });
    revalidate(paths.pair("MENTOR", meeting.pair.id));
    revalidate(paths.pair("MENTEE", meeting.pair.id));
    return { ok: true, message: t("meetings.delete.done") };
  },
});

/** The partner says the meeting happened; a dispute they made before is withdrawn. */
export const confirmMeetingAction = defineAction({
  bound: ["meetingId"],
  authorize: (viewer, { meetingId }) => findMeetingOfMember(viewer, meetingId),
  transaction: true,
  run: async ({ viewer, t, resource: meeting, tx, audit, revalidate }) => {
    const problem = answerProblem(viewer, meeting);
    if (problem) throw new Refusal(problem);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: { confirmedAt: now(), confirmedById: viewer.id, disputedAt: null, disputedById: null, disputeNote: null },
    });
    await audit({
      action: "meeting.confirm",
      entityType: "Meeting",
      entityId: meeting.id,
      subjectUserId: meeting.loggedById,
      programmeId: meeting.pair.programmeId,
      details: { pairId: meeting.pair.id, withdrewDispute: meeting.disputedAt !== null },
    });
    revalidate(paths.pair("MENTOR", meeting.pair.id));
    revalidate(paths.pair("MENTEE", meeting.pair.id));
    return { ok: true, message: t("meetings.confirm.done") };
  },
});

/** The partner says the meeting did not happen; the coordinators see the dispute. */
export const disputeMeetingAction = defineAction({
  bound: ["meetingId"],
  authorize: (viewer, { meetingId }) => findMeetingOfMember(viewer, meetingId),
  fields: disputeSchema,
  transaction: true,
  run: async ({ viewer, t, input, resource: meeting, tx, audit, revalidate }) => {
    const problem = answerProblem(viewer, meeting);
    if (problem) throw new Refusal(problem);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        disputedAt: now(),
        disputedById: viewer.id,
        disputeNote: input.disputeNote || null,
        confirmedAt: null,
        confirmedById: null,
      },
    });
    await audit({
      action: "meeting.dispute",
      entityType: "Meeting",
      entityId: meeting.id,
      subjectUserId: meeting.loggedById,
      programmeId: meeting.pair.programmeId,
      details: { pairId: meeting.pair.id, wasConfirmed: meeting.confirmedAt !== null, withNote: input.disputeNote !== "" },
    });
    revalidate(paths.pair("MENTOR", meeting.pair.id));
    revalidate(paths.pair("MENTEE", meeting.pair.id));
    return { ok: true, message: t("meetings.dispute.done") };
  },
});
