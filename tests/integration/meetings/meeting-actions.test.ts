import { describe, expect, it } from "vitest";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { moveClock, setClock } from "@/lib/clock";
import { stockholmInstant } from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import {
  confirmMeetingAction,
  deleteMeetingAction,
  disputeMeetingAction,
  editMeetingAction,
  logMeetingAction,
} from "@/lib/meetings/meeting-actions";
import { getMeetingEditForm, getPairTimeline } from "@/lib/meetings/meeting-queries";
import { createMeeting } from "@/tests/factories/meetings";
import { createOutcomeEvent } from "@/tests/factories/outcomes";
import { createWorld } from "@/tests/factories/world";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";

// Logging, changing, deleting, confirming and disputing a pair's meetings, by the pair's two
// people, against the clock: the day may not be in the future or before the pair began, the author
// has 30 days to change it, a changed day asks the partner again, and a pair that has ended is read-only.

const DAY = 86_400_000;
const notFound = /NEXT_HTTP_ERROR_FALLBACK;404/;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const meetingFields = (heldOn: string, more: Record<string, string | string[]> = {}) => ({
  heldOn,
  durationMinutes: "60",
  mode: "IN_PERSON",
  topics: ["cv_applications", "interview_practice"],
  sharedNotes: "CV feedback",
  privateNote: "Seemed tired today",
  ...more,
});

/** Calls an action as its form does; a redirect (Next's signal) comes back as its address. */
async function send<A extends unknown[]>(
  action: (...args: [...A, ActionState, FormData]) => Promise<ActionState>,
  ...args: [...A, FormData]
) {
  const data = args.pop() as FormData;
  try {
    return await action(...(args as unknown as A), idleState, data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return { ok: true as const, redirect: digest.split(";")[2] };
    throw error;
  }
}

/** A world whose first pair of programme A was published on 3 March 2031, today being 20 March. */
async function pairWorld() {
  const world = await createWorld(db);
  const first = world.a.pairs[0]!;
  await db.pair.update({ where: { id: first.pair.id }, data: { publishedAt: stockholmInstant("2031-03-03", "10:00") } });
  setClock(stockholmInstant("2031-03-20", "12:00"));
  return { world, ...first };
}

describe("logging a meeting", () => {
  it("saves it for the pair, asks the partner, audits it without the private note", async () => {
    const { pair, menteeUser, mentorUser } = await pairWorld();
    actAs(menteeUser);
    const answer = await send(logMeetingAction, pair.id, form(meetingFields("2031-03-20")));
    expect(answer).toMatchObject({ ok: true });
    const meeting = await db.meeting.findFirstOrThrow({ where: { pairId: pair.id } });
    expect(meeting).toMatchObject({
      loggedById: menteeUser.id,
      durationMinutes: 60,
      mode: "IN_PERSON",
      topics: ["cv_applications", "interview_practice"],
      sharedNotes: "CV feedback",
      confirmedAt: null,
    });
    expect(meeting.heldOn.toISOString()).toBe("2031-03-20T00:00:00.000Z");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "meeting.log" } });
    expect(audit).toMatchObject({ actorId: menteeUser.id, subjectUserId: mentorUser.id, entityId: meeting.id });
    expect(JSON.stringify(audit.details)).not.toContain("tired");
  });

  it("refuses a day in the future or before the pair began, next to the date, keeping what was typed", async () => {
    const { pair, menteeUser } = await pairWorld();
    actAs(menteeUser);
    useLocale("en");
    const future = await send(logMeetingAction, pair.id, form(meetingFields("2031-03-21")));
    expect(future).toMatchObject({
      ok: false,
      fieldErrors: { heldOn: ["The date cannot be in the future. Enter the day you met."] },
      values: {
        heldOn: "2031-03-21",
        sharedNotes: "CV feedback",
        privateNote: "Seemed tired today",
        topics: "cv_applications,interview_practice",
      },
    });
    const early = await send(logMeetingAction, pair.id, form(meetingFields("2031-03-02")));
    expect(early).toMatchObject({ ok: false, fieldErrors: { heldOn: ["The date cannot be before your pair began."] } });
    const bad = await send(logMeetingAction, pair.id, form(meetingFields("2031-03-10", { durationMinutes: "0", mode: [] })));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { durationMinutes: ["Enter a number between 5 and 480."], mode: ["Choose how you met."] },
    });
    expect(await db.meeting.count()).toBe(0);
  });

  it("is refused for a pair that has ended (a closed cohort ends its pairs), and for anyone outside the pair", async () => {
    const { world, pair, menteeUser } = await pairWorld();
    actAs(world.a.pairs[1]!.menteeUser);
    expect(await send(logMeetingAction, pair.id, form(meetingFields("2031-03-20")))).toMatchObject({
      ok: false,
      message: expect.any(String),
    });
    actAs(world.coordinatorA);
    expect(await send(logMeetingAction, pair.id, form(meetingFields("2031-03-20")))).toMatchObject({ ok: false });
    await db.pair.update({ where: { id: pair.id }, data: { status: "ENDED", endedAt: new Date(), endedAs: "COHORT_CLOSED" } });
    actAs(menteeUser);
    useLocale("en");
    expect(await send(logMeetingAction, pair.id, form(meetingFields("2031-03-20")))).toMatchObject({
      ok: false,
      message: "This pair has ended: its meetings can no longer be logged or changed.",
    });
    expect(await db.meeting.count()).toBe(0);
  });
});

describe("answering a meeting", () => {
  it("is for the partner: the author cannot confirm their own; a dispute is withdrawn by confirming", async () => {
    const { pair, menteeUser, mentorUser } = await pairWorld();
    const meeting = await createMeeting(db, { pair, heldOn: new Date("2031-03-18"), loggedById: mentorUser.id, confirmed: false });

    actAs(mentorUser);
    useLocale("en");
    expect(await send(confirmMeetingAction, meeting.id, form({}))).toMatchObject({
      ok: false,
      message: "You logged this meeting: your partner confirms it, not you.",
    });
    expect(await send(disputeMeetingAction, meeting.id, form({ disputeNote: "" }))).toMatchObject({ ok: false });

    actAs(menteeUser);
    expect(await send(disputeMeetingAction, meeting.id, form({ disputeNote: "I was ill that week." }))).toMatchObject({ ok: true });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      disputedById: menteeUser.id,
      disputeNote: "I was ill that week.",
      confirmedAt: null,
    });
    const asMentor = await getPairTimeline((await getViewer())!, pair.id);
    expect(asMentor.entries[0]).toMatchObject({ kind: "meeting", state: "disputed", canAnswer: true });

    expect(await send(confirmMeetingAction, meeting.id, form({}))).toMatchObject({ ok: true });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      confirmedById: menteeUser.id,
      disputedAt: null,
      disputeNote: null,
    });
    const audits = await db.auditEntry.findMany({ where: { entityId: meeting.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audits.map((audit) => audit.action)).toEqual(["meeting.dispute", "meeting.confirm"]);
  });
});

describe("changing and deleting a meeting", () => {
  it("a new day asks the partner to confirm again; new notes leave the confirmation standing", async () => {
    const { pair, menteeUser, mentorUser } = await pairWorld();
    actAs(mentorUser);
    await send(logMeetingAction, pair.id, form(meetingFields("2031-03-18")));
    const meeting = await db.meeting.findFirstOrThrow({ where: { pairId: pair.id } });
    actAs(menteeUser);
    await send(confirmMeetingAction, meeting.id, form({}));

    actAs(mentorUser);
    expect(await send(editMeetingAction, meeting.id, form(meetingFields("2031-03-18", { sharedNotes: "CV and LinkedIn" })))).toMatchObject({
      ok: true,
    });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      sharedNotes: "CV and LinkedIn",
      confirmedById: menteeUser.id,
    });

    await send(editMeetingAction, meeting.id, form(meetingFields("2031-03-17", { sharedNotes: "CV and LinkedIn", privateNote: "" })));
    const changed = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(changed).toMatchObject({ confirmedAt: null, confirmedById: null });
    expect(changed.heldOn.toISOString()).toBe("2031-03-17T00:00:00.000Z");
    // An emptied private note is gone.
    expect(await db.meetingPrivateNote.count()).toBe(0);
    const edits = await db.auditEntry.findMany({ where: { action: "meeting.edit" }, orderBy: { id: "asc" } });
    expect(edits.map((edit) => (edit.details as { changed: string[] }).changed)).toEqual([["sharedNotes"], ["heldOn"]]);
    expect(JSON.stringify(edits.map((edit) => edit.details))).not.toContain("tired");
  });

  it("is the author's alone, and only for 30 days after logging", async () => {
    const { pair, menteeUser, mentorUser } = await pairWorld();
    actAs(mentorUser);
    await send(logMeetingAction, pair.id, form(meetingFields("2031-03-18")));
    const meeting = await db.meeting.findFirstOrThrow({ where: { pairId: pair.id } });

    actAs(menteeUser);
    useLocale("en");
    const notYours = "Only the person who logged a meeting can change or delete it.";
    expect(await send(editMeetingAction, meeting.id, form(meetingFields("2031-03-17")))).toMatchObject({ ok: false, message: notYours });
    expect(await send(deleteMeetingAction, meeting.id, form({ confirmed: "yes" }))).toMatchObject({ ok: false, message: notYours });
    await expect(getMeetingEditForm((await getViewer())!, pair.id, meeting.id, "MENTEE")).rejects.toThrow(notFound);

    actAs(mentorUser);
    moveClock(29 * DAY);
    expect((await getMeetingEditForm((await getViewer())!, pair.id, meeting.id, "MENTOR")).defaults).toMatchObject({
      heldOn: "2031-03-18",
      privateNote: "Seemed tired today",
    });
    moveClock(1 * DAY);
    const closed = "A meeting can be changed or deleted for 30 days after it was logged. That time has passed.";
    expect(await send(editMeetingAction, meeting.id, form(meetingFields("2031-03-17")))).toMatchObject({ ok: false, message: closed });
    expect(await send(deleteMeetingAction, meeting.id, form({ confirmed: "yes" }))).toMatchObject({ ok: false, message: closed });
    await expect(getMeetingEditForm((await getViewer())!, pair.id, meeting.id, "MENTOR")).rejects.toThrow(notFound);
    expect((await getPairTimeline((await getViewer())!, pair.id)).entries[0]).toMatchObject({ canChange: false });
    expect(await db.meeting.count()).toBe(1);
  });

  it("deleting asks first, then deletes the meeting with its private note, audited", async () => {
    const { pair, mentorUser } = await pairWorld();
    actAs(mentorUser);
    useLocale("en");
    await send(logMeetingAction, pair.id, form(meetingFields("2031-03-18")));
    const meeting = await db.meeting.findFirstOrThrow({ where: { pairId: pair.id } });

    const asked = await send(deleteMeetingAction, meeting.id, form({}));
    expect(asked).toMatchObject({
      ok: false,
      confirm: { question: "Delete the meeting on 18 March 2031? It cannot be brought back.", proceed: "Yes, delete the meeting" },
    });
    expect(await db.meeting.count()).toBe(1);

    expect(await send(deleteMeetingAction, meeting.id, form({ confirmed: "yes" }))).toMatchObject({ ok: true });
    expect(await db.meeting.count()).toBe(0);
    expect(await db.meetingPrivateNote.count()).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "meeting.delete" } });
    expect(audit.details).toMatchObject({ heldOn: "2031-03-18", durationMinutes: 60 });
  });
});

describe("the pair's timeline", () => {
  it("puts meetings and outcomes in date order, newest first, for the pair's people and the programme's coordinators only", async () => {
    const { world, pair, menteeUser, mentorUser } = await pairWorld();
    await createMeeting(db, { pair, heldOn: new Date("2031-03-05"), loggedById: mentorUser.id });
    await createMeeting(db, { pair, heldOn: new Date("2031-03-15"), loggedById: menteeUser.id, confirmed: false });
    const outcome = await createOutcomeEvent(db, {
      pairId: pair.id,
      type: "JOB_INTERVIEW",
      occurredOn: new Date("2031-03-10"),
      jobTitle: "Accountant",
      employer: "Byrån AB",
    });
    await db.outcomeEvent.update({ where: { id: outcome.id }, data: { recordedByRole: "MENTOR" } });

    actAs(mentorUser);
    const timeline = await getPairTimeline((await getViewer())!, pair.id);
    expect(timeline).toMatchObject({ side: "MENTOR", running: true });
    expect(timeline.entries.map((entry) => [entry.kind, entry.on.toISOString().slice(0, 10)])).toEqual([
      ["meeting", "2031-03-15"],
      ["outcome", "2031-03-10"],
      ["meeting", "2031-03-05"],
    ]);
    expect(timeline.entries[0]).toMatchObject({ loggedBy: "MENTEE", state: "waiting", canAnswer: true, canChange: false });
    expect(timeline.entries[1]).toMatchObject({ type: "JOB_INTERVIEW", jobTitle: "Accountant", byMentor: true });

    actAs(world.coordinatorA);
    const read = await getPairTimeline((await getViewer())!, pair.id);
    expect(read.side).toBeNull();
    expect(read.entries.every((entry) => entry.kind === "outcome" || (!entry.canAnswer && !entry.canChange))).toBe(true);

    for (const stranger of [world.coordinatorB, world.a.pairs[1]!.mentorUser, world.b.pairs[0]!.menteeUser]) {
      actAs(stranger);
      await expect(getPairTimeline((await getViewer())!, pair.id)).rejects.toThrow(notFound);
    }
    actAs(world.coordinatorA);
    await expect(getPairTimeline((await getViewer())!, world.proposal.pair.id)).rejects.toThrow(notFound);
  });
});
