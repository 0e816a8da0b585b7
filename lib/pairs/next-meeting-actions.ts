"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { nextMeetingFieldsFromForm, nextMeetingSchema } from "@/lib/pairs/next-meeting-schemas";
import { findOwnPairRoom, type PairRoom } from "@/lib/pairs/pair-room";
import { paths } from "@/lib/paths";

// The meeting a pair plans next: either of its two people sets it (a time ahead, in Stockholm
// time), moves it or clears it, while the pair runs. Both see it and can take it into their
// calendars as an .ics file. Audited, as any change to the pair.

function refuseUnlessOpen(pair: PairRoom): void {
  if (!pair.open) throw new Refusal("nextMeeting.errors.pairEnded");
}

function pairPages(pair: PairRoom, revalidate: (path: string) => void): void {
  revalidate(paths.pair("MENTOR", pair.id));
  revalidate(paths.pair("MENTEE", pair.id));
}

export const planNextMeetingAction = defineAction({
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => findOwnPairRoom(viewer, pairId),
  fields: nextMeetingSchema,
  read: nextMeetingFieldsFromForm,
  transaction: true,
  run: async ({ tx, t, input, resource: pair, audit, revalidate }) => {
    refuseUnlessOpen(pair);
    await tx.pair.update({
      where: { id: pair.id },
      data: { nextMeetingAt: input.startsAt, nextMeetingMinutes: input.minutes, nextMeetingPlace: input.place },
    });
    await audit({
      action: "pair.next_meeting.plan",
      entityType: "Pair",
      entityId: pair.id,
      programmeId: pair.programmeId,
      subjectUserId: pair.menteeUserId,
      details: { startsAt: input.startsAt.toISOString(), minutes: input.minutes, side: pair.side },
    });
    pairPages(pair, revalidate);
    return { ok: true, message: t("nextMeeting.planned") };
  },
});

export const clearNextMeetingAction = defineAction({
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => findOwnPairRoom(viewer, pairId),
  transaction: true,
  run: async ({ tx, t, resource: pair, audit, revalidate }) => {
    refuseUnlessOpen(pair);
    await tx.pair.update({ where: { id: pair.id }, data: { nextMeetingAt: null, nextMeetingMinutes: null, nextMeetingPlace: null } });
    await audit({
      action: "pair.next_meeting.clear",
      entityType: "Pair",
      entityId: pair.id,
      programmeId: pair.programmeId,
      subjectUserId: pair.menteeUserId,
      details: { side: pair.side },
    });
    pairPages(pair, revalidate);
    return { ok: true, message: t("nextMeeting.cleared") };
  },
});
