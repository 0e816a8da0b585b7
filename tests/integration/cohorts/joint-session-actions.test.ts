import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { listCohortSessions } from "@/lib/cohorts/cohort-queries";
import { addJointSessionAction, removeJointSessionAction, updateJointSessionAction } from "@/lib/cohorts/joint-session-actions";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { actAs } from "@/tests/setup/acting";
import { createCohort } from "@/tests/factories/cohorts";
import { markAttendance } from "@/tests/factories/sessions";

/** The form as sent by the button that goes ahead after the question. */
function confirmed(): FormData {
  const form = new FormData();
  form.set("confirmed", "yes");
  return form;
}
import { createWorld } from "@/tests/factories/world";

function sessionForm(overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    title: "Nätverkskväll",
    date: "2026-10-07",
    startTime: "18:00",
    endTime: "20:30",
    location: "Folkets hus",
    description: "Vi träffas och pratar om arbetsmarknaden.",
    ...overrides,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

describe("editing joint sessions", () => {
  it("lets the coordinator change a session's title, day, time and place in Swedish time", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[0]!;
    actAs(world.coordinatorA);
    expect(await updateJointSessionAction(session.id, idleState, sessionForm())).toMatchObject({ ok: true });
    const saved = await db.jointSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(saved).toMatchObject({
      title: "Nätverkskväll",
      location: "Folkets hus",
      description: "Vi träffas och pratar om arbetsmarknaden.",
    });
    expect(toStockholmParts(saved.startsAt)).toEqual({ date: "2026-10-07", time: "18:00" });
    expect(saved.startsAt.toISOString()).toBe("2026-10-07T16:00:00.000Z");
    expect(toStockholmParts(saved.endsAt)).toEqual({ date: "2026-10-07", time: "20:30" });
  });

  it("says what is wrong with the session and keeps what was typed", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[0]!;
    actAs(world.coordinatorA);
    const answer = await updateJointSessionAction(session.id, idleState, sessionForm({ title: "", startTime: "19:00", endTime: "18:00" }));
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Skriv en rubrik."], endTime: ["Sluttiden måste vara efter starttiden."] },
      values: { location: "Folkets hus" },
    });
    expect((await db.jointSession.findUniqueOrThrow({ where: { id: session.id } })).title).toBe(session.title);
  });

  it("adds a session after the others, and removes one unless attendance was recorded", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    expect(await addJointSessionAction(world.a.cohort.id, idleState, sessionForm())).toMatchObject({ ok: true });
    const added = await db.jointSession.findFirstOrThrow({ where: { cohortId: world.a.cohort.id, title: "Nätverkskväll" } });
    expect(added.ordinal).toBe(4);

    // The first press asks, naming the session and saying nobody is emailed; nothing is removed yet.
    expect(await removeJointSessionAction(added.id, idleState, new FormData())).toMatchObject({
      ok: false,
      confirm: { question: expect.stringMatching(/^Ta bort Nätverkskväll, .*Ingen får e-post om det\.$/), proceed: "Ja, ta bort träffen" },
    });
    expect(await db.jointSession.count({ where: { id: added.id } })).toBe(1);
    expect(await removeJointSessionAction(added.id, idleState, confirmed())).toMatchObject({ ok: true });
    expect(await db.jointSession.count({ where: { id: added.id } })).toBe(0);

    const attended = world.a.cohort.sessions[0]!;
    await markAttendance(db, { sessionId: attended.id, participationId: world.a.pairs[0]!.mentee.id });
    expect(await removeJointSessionAction(attended.id, idleState, confirmed())).toMatchObject({ ok: false });
    expect(await db.jointSession.count({ where: { id: attended.id } })).toBe(1);
  });

  it("refuses another programme's coordinator, a participant and anonymous visitors", async () => {
    const world = await createWorld(db);
    const session = world.a.cohort.sessions[1]!;
    for (const user of [world.coordinatorB, world.a.pairs[0]!.mentorUser, null]) {
      actAs(user);
      expect(await updateJointSessionAction(session.id, idleState, sessionForm({ title: "Kapad" }))).toMatchObject({ ok: false });
      expect(await addJointSessionAction(world.a.cohort.id, idleState, sessionForm({ title: "Kapad" }))).toMatchObject({ ok: false });
      expect(await removeJointSessionAction(session.id, idleState, confirmed())).toMatchObject({ ok: false });
    }
    expect(await db.jointSession.count({ where: { title: "Kapad" } })).toBe(0);
    expect(await db.jointSession.count({ where: { id: session.id } })).toBe(1);
  });

  it("leaves a closed cohort's sessions as they were", async () => {
    const world = await createWorld(db);
    const closed = await createCohort(db, { programmeId: world.programmeA.id, status: "CLOSED" });
    actAs(world.coordinatorA);
    expect(await updateJointSessionAction(closed.sessions[0]!.id, idleState, sessionForm())).toMatchObject({ ok: false });
    expect(await addJointSessionAction(closed.id, idleState, sessionForm())).toMatchObject({ ok: false });
    expect(await db.jointSession.count({ where: { cohortId: closed.id } })).toBe(3);
  });

  it("lists the sessions in time order for the coordinator only", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const { sessions } = await listCohortSessions((await getViewer())!, world.a.cohort.id);
    expect(sessions.map((session) => session.ordinal)).toEqual([1, 2, 3]);
    actAs(world.coordinatorB);
    await expect(listCohortSessions((await getViewer())!, world.a.cohort.id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
