import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { moveClock, resetClock } from "@/lib/clock";
import { saveAttendanceAction } from "@/lib/cohorts/attendance-actions";
import { getSessionAttendance } from "@/lib/cohorts/attendance-queries";
import { actAs } from "@/tests/setup/acting";
import { createCohort } from "@/tests/factories/cohorts";
import { addDays } from "@/tests/factories/dates";
import { createParticipation } from "@/tests/factories/participations";
import { createWorld } from "@/tests/factories/world";

type World = Awaited<ReturnType<typeof createWorld>>;

/** Everyone active in cohort A present, except the ones named. */
async function form(world: World, exceptions: Record<string, "ABSENT" | "EXCUSED"> = {}): Promise<FormData> {
  const people = await db.participation.findMany({ where: { cohortId: world.a.cohort.id, status: "ACTIVE" }, select: { id: true } });
  const data = new FormData();
  for (const person of people) data.set(`attendance.${person.id}`, exceptions[person.id] ?? "PRESENT");
  return data;
}

async function viewerOf(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

describe("marking attendance at a joint session", () => {
  it("saves the whole cohort in one go, present unless marked otherwise, with who marked it, and audits it", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[0]!;
    const absent = world.a.pairs[0]!.mentee.id;
    const excused = world.a.pairs[1]!.mentor.id;
    actAs(world.coordinatorA);
    expect(
      await saveAttendanceAction(session.id, idleState, await form(world, { [absent]: "ABSENT", [excused]: "EXCUSED" })),
    ).toMatchObject({
      ok: true,
      message: "Närvaron är sparad: 4 närvarande, 1 frånvarande, 1 med förhinder.",
    });
    const marks = await db.sessionAttendance.findMany({ where: { sessionId: session.id } });
    expect(marks).toHaveLength(6);
    expect(marks.every((mark) => mark.markedById === world.coordinatorA.id)).toBe(true);
    expect(marks.find((mark) => mark.participationId === absent)?.status).toBe("ABSENT");
    expect(marks.find((mark) => mark.participationId === excused)?.status).toBe("EXCUSED");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "session.attendance", entityId: session.id } });
    expect(audit).toMatchObject({
      actorId: world.coordinatorA.id,
      details: expect.objectContaining({ present: 4, absent: 1, excused: 1 }),
    });

    // Saving again changes the marks in place.
    expect(await saveAttendanceAction(session.id, idleState, await form(world))).toMatchObject({ ok: true });
    expect(await db.sessionAttendance.count({ where: { sessionId: session.id, status: "PRESENT" } })).toBe(6);

    // The screen lists every active participant, mentors first, with what was saved.
    const page = await getSessionAttendance(await viewerOf(world.coordinatorA), world.a.cohort.id, session.id);
    expect(page.open).toBe(true);
    expect(page.rows.map((row) => row.role)).toEqual(["MENTOR", "MENTOR", "MENTOR", "MENTEE", "MENTEE", "MENTEE"]);
    expect(page.rows.every((row) => row.status === "PRESENT")).toBe(true);
    expect(page.marked?.byName).toBe(world.coordinatorA.name);
  });

  it("refuses a form naming someone outside the cohort, changing nothing", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[0]!;
    actAs(world.coordinatorA);
    const data = await form(world);
    data.set(`attendance.${world.b.pairs[0]!.mentee.id}`, "PRESENT");
    expect(await saveAttendanceAction(session.id, idleState, data)).toMatchObject({ ok: false });
    const withdrawn = await createParticipation(db, { cohortId: world.a.cohort.id, role: "MENTEE", status: "WITHDRAWN" });
    const again = await form(world);
    again.set(`attendance.${withdrawn.id}`, "ABSENT");
    expect(await saveAttendanceAction(session.id, idleState, again)).toMatchObject({ ok: false });
    const odd = await form(world);
    odd.set(`attendance.${world.a.pairs[0]!.mentee.id}`, "LATE");
    expect(await saveAttendanceAction(session.id, idleState, odd)).toMatchObject({
      ok: false,
      message: "Välj närvarande, frånvarande eller förhinder för alla.",
    });
    expect(await db.sessionAttendance.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("opens on the session's day, not before", async () => {
    const world = await createWorld(db);
    const later = world.a.cohort.sessions[1]!;
    actAs(world.coordinatorA);
    expect(await saveAttendanceAction(later.id, idleState, await form(world))).toMatchObject({
      ok: false,
      message: "Träffen har inte ägt rum än. Närvaron kan markeras från och med träffens dag.",
    });
    expect((await getSessionAttendance(await viewerOf(world.coordinatorA), world.a.cohort.id, later.id)).open).toBe(false);
    moveClock(later.startsAt.getTime() - Date.now() + 3_600_000);
    try {
      actAs(world.coordinatorA);
      expect(await saveAttendanceAction(later.id, idleState, await form(world))).toMatchObject({ ok: true });
    } finally {
      resetClock();
    }
  });

  it("answers not found to another programme's coordinator, a participant and anyone signed out", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[0]!;
    const data = await form(world);
    for (const user of [world.coordinatorB, world.a.pairs[0]!.menteeUser, null]) {
      actAs(user);
      expect(await saveAttendanceAction(session.id, idleState, data)).toMatchObject({ ok: false });
    }
    expect(await db.sessionAttendance.count({ where: { sessionId: session.id } })).toBe(0);
    await expect(getSessionAttendance(await viewerOf(world.coordinatorB), world.a.cohort.id, session.id)).rejects.toThrow(
      "NEXT_HTTP_ERROR_FALLBACK;404",
    );
    // The session under another cohort's address is not found either.
    const other = await createCohort(db, { programmeId: world.programmeA.id, status: "ACTIVE", startDate: addDays(new Date(), -3) });
    await expect(getSessionAttendance(await viewerOf(world.coordinatorA), other.id, session.id)).rejects.toThrow(
      "NEXT_HTTP_ERROR_FALLBACK;404",
    );
  });
});
