import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { moveClock, setClock } from "@/lib/clock";
import { clearNextMeetingAction, planNextMeetingAction } from "@/lib/pairs/next-meeting-actions";
import { getNextMeeting, getNextMeetingCalendar } from "@/lib/pairs/next-meeting-queries";
import { actAs } from "@/tests/setup/acting";
import { createWorld } from "@/tests/factories/world";

// The meeting a pair plans next: set in Stockholm time by either of its two people, seen by both,
// taken into a calendar as an .ics file that a calendar parser reads back; refused in the past,
// for anyone outside the pair, and once the pair has ended.

const notFound = /NEXT_HTTP_ERROR_FALLBACK;404/;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

async function viewerFor(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

const failed = (state: ActionState) => (state.ok ? null : state);

function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("the planned next meeting", () => {
  it("is planned by the mentee in Stockholm time, seen by both and read back from the calendar file", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;

    actAs(menteeUser);
    const planned = { date: "2026-12-08", time: "17:30", minutes: "90", place: "Café Pascal, Norrtullsgatan 4" };
    expect(await planNextMeetingAction(pair.id, idleState, form(planned))).toMatchObject({ ok: true });
    // Winter: Stockholm is an hour ahead of UTC.
    const startsAt = new Date("2026-12-08T16:30:00Z");
    const endsAt = new Date("2026-12-08T18:00:00Z");

    const asMentor = await getNextMeeting(await viewerFor(mentorUser), pair.id, "MENTOR");
    expect(asMentor).toMatchObject({ canChange: true, meeting: { startsAt, endsAt, minutes: 90, place: planned.place, past: false } });
    expect(asMentor.values).toEqual(planned);

    const file = (await getNextMeetingCalendar(await viewerFor(mentorUser), pair.id, "MENTOR"))!;
    const [event] = readCalendar(file.text);
    expect(event!.startDate.toJSDate()).toEqual(startsAt);
    expect(event!.endDate.toJSDate()).toEqual(endsAt);
    expect(event!.location).toBe(planned.place);
    expect(event!.summary).toContain(menteeUser.name);
    expect(file.fileName).toMatch(/2026-12-08\.ics$/);

    // Moved to the summer: the same event (its UID), at the new time.
    actAs(mentorUser);
    expect(
      await planNextMeetingAction(pair.id, idleState, form({ ...planned, date: "2027-06-01", time: "08:00", place: "" })),
    ).toMatchObject({
      ok: true,
    });
    const moved = (await getNextMeetingCalendar(await viewerFor(menteeUser), pair.id, "MENTEE"))!;
    const [again] = readCalendar(moved.text);
    expect(again!.uid).toBe(event!.uid);
    expect(again!.startDate.toJSDate()).toEqual(new Date("2027-06-01T06:00:00Z"));
    expect(again!.location).toBeNull();
    expect(again!.summary).toContain(mentorUser.name);

    const audited = await db.auditEntry.findMany({ where: { entityId: pair.id, action: "pair.next_meeting.plan" } });
    expect(audited.map((entry) => entry.actorId).sort()).toEqual([menteeUser.id, mentorUser.id].sort());

    actAs(menteeUser);
    expect(await clearNextMeetingAction(pair.id, idleState, form({}))).toMatchObject({ ok: true });
    expect((await getNextMeeting(await viewerFor(mentorUser), pair.id, "MENTOR")).meeting).toBeNull();
    expect(await getNextMeetingCalendar(await viewerFor(mentorUser), pair.id, "MENTOR")).toBeNull();
  });

  it("must lie ahead and be a real date, time and length, each answered next to its field", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const world = await createWorld(db);
    const { pair, menteeUser } = world.a.pairs[0]!;
    actAs(menteeUser);

    const past = failed(
      await planNextMeetingAction(pair.id, idleState, form({ date: "2026-11-29", time: "10:30", minutes: "60", place: "Here" })),
    );
    // 10:30 in Stockholm is 09:30 UTC: already behind us.
    expect(Object.keys(past?.fieldErrors ?? {})).toEqual(["date"]);
    expect(past?.values).toMatchObject({ date: "2026-11-29", time: "10:30", place: "Here" });

    const broken = failed(
      await planNextMeetingAction(pair.id, idleState, form({ date: "2026-02-30", time: "25:00", minutes: "5", place: "" })),
    );
    expect(Object.keys(broken?.fieldErrors ?? {}).sort()).toEqual(["date", "minutes", "time"]);
    const long = failed(
      await planNextMeetingAction(pair.id, idleState, form({ date: "2026-12-01", time: "12:00", minutes: "60", place: "p".repeat(201) })),
    );
    expect(Object.keys(long?.fieldErrors ?? {})).toEqual(["place"]);
    expect((await db.pair.findUniqueOrThrow({ where: { id: pair.id } })).nextMeetingAt).toBeNull();

    // Later that day 11:30 (Stockholm) is still ahead.
    expect(
      await planNextMeetingAction(pair.id, idleState, form({ date: "2026-11-29", time: "11:30", minutes: "60", place: "" })),
    ).toMatchObject({
      ok: true,
    });
    // Time passes: the meeting is behind them, and they are asked to plan the next.
    moveClock(3 * 60 * 60_000);
    const later = await getNextMeeting(await viewerFor(menteeUser), pair.id, "MENTEE");
    expect(later.meeting?.past).toBe(true);
    expect(later.values).toMatchObject({ date: "", time: "" });
  });

  it("is nobody else's: not another pair's people, not a coordinator, and not changed once the pair ended", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    const ahead = { date: "2031-05-05", time: "12:00", minutes: "60", place: "Somewhere" };
    actAs(menteeUser);
    await planNextMeetingAction(pair.id, idleState, form(ahead));

    for (const stranger of [world.a.pairs[1]!.mentorUser, world.coordinatorA, world.coordinatorB, world.b.pairs[0]!.menteeUser]) {
      await expect(getNextMeetingCalendar(await viewerFor(stranger), pair.id, "MENTOR")).rejects.toThrow(notFound);
      await expect(getNextMeeting(await viewerFor(stranger), pair.id, "MENTEE")).rejects.toThrow(notFound);
      expect(await clearNextMeetingAction(pair.id, idleState, form({}))).toMatchObject({ ok: false });
    }
    // Each side reads it from their own side only.
    await expect(getNextMeetingCalendar(await viewerFor(menteeUser), pair.id, "MENTOR")).rejects.toThrow(notFound);
    await expect(getNextMeetingCalendar(await viewerFor(menteeUser), "not-an-id", "MENTEE")).rejects.toThrow(notFound);

    await db.cohort.update({ where: { id: world.a.cohort.id }, data: { closedAt: new Date(), status: "CLOSED" } });
    actAs(mentorUser);
    expect(failed(await planNextMeetingAction(pair.id, idleState, form({ ...ahead, time: "13:00" })))?.message).toMatch(/\S/);
    expect(await clearNextMeetingAction(pair.id, idleState, form({}))).toMatchObject({ ok: false });
    const kept = await getNextMeeting(await viewerFor(mentorUser), pair.id, "MENTOR");
    expect(kept).toMatchObject({ canChange: false, meeting: { startsAt: new Date("2031-05-05T10:00:00Z") } });
  });
});
