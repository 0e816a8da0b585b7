import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as feed } from "@/app/calendar/feed/[token]/route";
import { GET as download } from "@/app/calendar/sessions/[sessionId]/route";
import { idleState } from "@/lib/actions/action-state";
import { calendarFeedToken, readCalendarFeedToken } from "@/lib/auth/calendar-feed-tokens";
import { getViewer } from "@/lib/auth/session";
import { updateJointSessionAction } from "@/lib/cohorts/joint-session-actions";
import { listMyParticipations } from "@/lib/participants/participant-queries";
import { paths } from "@/lib/paths";
import { actAs } from "@/tests/setup/acting";
import { createWorld } from "@/tests/factories/world";

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

function getSession(sessionId: string) {
  const path = paths.sessionCalendar(sessionId);
  return download(new Request(`http://localhost${path}`), { params: Promise.resolve({ sessionId: path.split("/").pop()! }) });
}

function getFeed(token: string) {
  const path = paths.cohortFeed(token);
  return feed(new Request(`http://localhost${path}`), { params: Promise.resolve({ token: path.split("/").pop()! }) });
}

describe("a joint session as a calendar file", () => {
  it("is downloaded by the cohort's participants and coordinators, and read back by a calendar parser", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[0]!;
    for (const user of [world.a.pairs[0]!.menteeUser, world.a.pairs[1]!.mentorUser, world.coordinatorA]) {
      actAs(user);
      const answer = await getSession(session.id);
      expect(answer.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(answer.headers.get("content-disposition")).toMatch(/^attachment; /);
      const [event] = events(await answer.text());
      expect(event!.uid).toBe(`joint-session-${session.id}@tandem`);
      expect(event!.summary).toBe(session.title);
      expect(event!.startDate.toJSDate().toISOString()).toBe(session.startsAt.toISOString());
      expect(event!.location).toBe(session.location);
    }
  });

  it("is not found for another cohort's participant, another programme's coordinator, a withdrawn participant or a made-up id", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[0]!;
    await db.participation.update({ where: { id: world.a.pairs[1]!.mentee.id }, data: { status: "WITHDRAWN" } });
    for (const user of [world.b.pairs[0]!.menteeUser, world.coordinatorB, world.a.pairs[1]!.menteeUser]) {
      actAs(user);
      await expect(getSession(session.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    actAs(world.a.pairs[0]!.menteeUser);
    await expect(getSession("not-an-id")).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    actAs(null);
    await expect(getSession(session.id)).rejects.toThrow("NEXT_REDIRECT");
  });
});

describe("the cohort's calendar feed", () => {
  it("gives every session of the cohort, with uids that stay when a session moves", async () => {
    const world = await createWorld(db);
    const token = calendarFeedToken(world.a.pairs[0]!.mentee.id);
    const first = events(await (await getFeed(token)).text());
    expect(first.map((event) => event.summary)).toEqual(world.a.cohort.sessions.map((session) => session.title));

    const moved = world.a.cohort.sessions[1]!;
    actAs(world.coordinatorA);
    const form = new FormData();
    for (const [name, value] of Object.entries({
      title: "Flyttad träff",
      date: "2031-05-05",
      startTime: "18:00",
      endTime: "20:00",
      location: "Ny plats",
      description: "",
    })) {
      form.set(name, value);
    }
    expect(await updateJointSessionAction(moved.id, idleState, form)).toMatchObject({ ok: true });
    const second = events(await (await getFeed(token)).text());
    const event = second.find((one) => one.uid === `joint-session-${moved.id}@tandem`)!;
    expect(event.summary).toBe("Flyttad träff");
    expect(event.location).toBe("Ny plats");
    expect(event.startDate.toJSDate().toISOString()).toBe("2031-05-05T16:00:00.000Z");
    expect(second.map((one) => one.uid).sort()).toEqual(first.map((one) => one.uid).sort());
  });

  it("is not found with a wrong, altered or revoked token", async () => {
    const world = await createWorld(db);
    const participation = world.a.pairs[0]!.mentee;
    const token = calendarFeedToken(participation.id);
    expect(readCalendarFeedToken(token)).toBe(participation.id);
    const altered = `${token.slice(0, 30)}${token[30] === "A" ? "B" : "A"}${token.slice(31)}`;
    // Another participation's id with this one's signature.
    const borrowed = calendarFeedToken(world.b.pairs[0]!.mentee.id).slice(0, 21) + token.slice(21);
    // The same bytes spelt differently (the last character's spare bits set).
    const respelled = token.slice(0, -1) + String.fromCharCode(token.charCodeAt(token.length - 1) + 1);
    for (const wrong of [altered, borrowed, respelled, "x", token + "x", ""]) {
      await expect(getFeed(wrong)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    // Leaving the cohort revokes it.
    await db.participation.update({ where: { id: participation.id }, data: { status: "WITHDRAWN" } });
    await expect(getFeed(token)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("is offered on the person's home, as their own address, and not once they left", async () => {
    const world = await createWorld(db);
    actAs(world.a.pairs[0]!.menteeUser);
    const [home] = await listMyParticipations((await getViewer())!, "MENTEE");
    expect(home!.calendarFeed).toMatch(new RegExp(`${paths.cohortFeed(calendarFeedToken(world.a.pairs[0]!.mentee.id))}$`));
    await db.participation.update({ where: { id: world.a.pairs[0]!.mentee.id }, data: { status: "WITHDRAWN" } });
    const [after] = await listMyParticipations((await getViewer())!, "MENTEE");
    expect(after!.calendarFeed).toBeNull();
  });
});
