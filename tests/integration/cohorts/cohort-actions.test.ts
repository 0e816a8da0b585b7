import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { changeCohortStatusAction, createCohortAction, updateCohortAction } from "@/lib/cohorts/cohort-actions";
import { getViewer, requireViewer } from "@/lib/auth/session";
import { getCohortHeader, getCohortOverview } from "@/lib/cohorts/cohort-queries";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createCohort } from "@/tests/factories/cohorts";
import { createProgramme, appointCoordinator } from "@/tests/factories/programmes";
import { createWorld } from "@/tests/factories/world";

function cohortForm(overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    name: "Hösten 2026",
    startDate: "2026-09-01",
    endDate: "",
    applicationOpensAt: "2026-05-01",
    applicationClosesAt: "2026-06-15",
    defaultMentorCapacity: "1",
    ...overrides,
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

const cohortNamed = (name: string) => db.cohort.findFirst({ where: { name }, include: { sessions: { orderBy: { ordinal: "asc" } } } });

describe("creating a cohort", () => {
  it("creates a planning cohort with an unguessable key and the programme's joint sessions at start, middle and end", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const form = cohortForm({ menteeWishesEnabled: "on", defaultMentorCapacity: "2" });
    await expect(createCohortAction(world.programmeA.id, idleState, form)).rejects.toThrow(/NEXT_REDIRECT/);

    const cohort = await cohortNamed("Hösten 2026");
    expect(cohort).toMatchObject({
      programmeId: world.programmeA.id,
      status: "PLANNING",
      startDate: new Date("2026-09-01T00:00:00Z"),
      // The programme's default of seven months.
      endDate: new Date("2027-04-01T00:00:00Z"),
      defaultMentorCapacity: 2,
      menteeWishesEnabled: true,
    });
    expect(cohort!.publicKey).toMatch(/^[A-Za-z0-9_-]{24}$/);
    // The window covers whole days in Swedish time.
    expect(toStockholmParts(cohort!.applicationOpensAt!)).toEqual({ date: "2026-05-01", time: "00:00" });
    expect(toStockholmParts(cohort!.applicationClosesAt!)).toEqual({ date: "2026-06-15", time: "23:59" });

    expect(cohort!.sessions.map((session) => session.title)).toEqual(["Uppstartsträff", "Halvtidsträff", "Avslutningsträff"]);
    expect(cohort!.sessions.map((session) => toStockholmParts(session.startsAt))).toEqual([
      { date: "2026-09-01", time: "17:00" },
      { date: "2026-12-16", time: "17:00" },
      { date: "2027-04-01", time: "17:00" },
    ]);
    expect(cohort!.sessions.every((session) => toStockholmParts(session.endsAt).time === "19:00")).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "cohort.create", entityId: cohort!.id } })).toBe(1);
  });

  it("names the sessions in the coordinator's language and follows the programme's number of sessions", async () => {
    const programme = await createProgramme(db, { jointSessionCount: 4, defaultCohortMonths: 6 });
    const world = await createWorld(db);
    await appointCoordinator(db, { programmeId: programme.id, userId: world.coordinatorA.id });
    actAs(world.coordinatorA);
    useLocale("en");
    await expect(
      createCohortAction(programme.id, idleState, cohortForm({ name: "Spring", startDate: "2027-01-10", endDate: "2027-06-10" })),
    ).rejects.toThrow(/NEXT_REDIRECT/);
    const cohort = await cohortNamed("Spring");
    expect(cohort!.sessions.map((session) => session.title)).toEqual(["Kick-off", "Joint session 2", "Joint session 3", "Closing session"]);
    expect(cohort!.endDate).toEqual(new Date("2027-06-10T00:00:00Z"));
  });

  it("refuses another programme's coordinator, a participant and anonymous visitors", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorB, world.a.pairs[0]!.mentorUser, null]) {
      actAs(user);
      expect(await createCohortAction(world.programmeA.id, idleState, cohortForm())).toMatchObject({
        ok: false,
        message: expect.any(String),
      });
    }
    actAs(world.coordinatorA);
    expect(await createCohortAction("nope", idleState, cohortForm())).toMatchObject({ ok: false });
    expect(await cohortNamed("Hösten 2026")).toBeNull();
  });

  it("refuses dates that do not fit together, and says so next to each field", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const backwards = await createCohortAction(
      world.programmeA.id,
      idleState,
      cohortForm({ name: "", endDate: "2026-08-01", applicationOpensAt: "2026-06-20", applicationClosesAt: "2026-06-10" }),
    );
    expect(backwards).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Skriv omgångens namn."],
        endDate: ["Slutdatum måste vara efter startdatum."],
        applicationClosesAt: ["Sista ansökningsdag kan inte vara före den dag ansökan öppnar."],
      },
      values: { endDate: "2026-08-01", applicationOpensAt: "2026-06-20" },
    });
    const lateWindow = await createCohortAction(world.programmeA.id, idleState, cohortForm({ applicationClosesAt: "2027-05-01" }));
    expect(lateWindow).toMatchObject({
      ok: false,
      fieldErrors: { applicationClosesAt: ["Sista ansökningsdag måste vara senast omgångens slutdatum."] },
    });
    const notADate = await createCohortAction(
      world.programmeA.id,
      idleState,
      cohortForm({ startDate: "2026-02-30", defaultMentorCapacity: "11" }),
    );
    expect(notADate).toMatchObject({
      ok: false,
      fieldErrors: { startDate: [expect.any(String)], defaultMentorCapacity: [expect.any(String)] },
    });
    expect(await db.cohort.count({ where: { programmeId: world.programmeA.id } })).toBe(1);
  });
});

describe("changing a cohort", () => {
  it("lets its coordinator change the settings, but not once it is closed", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const answer = await updateCohortAction(
      world.a.cohort.id,
      idleState,
      cohortForm({ name: "Omdöpt", endDate: "2027-03-01", applicationOpensAt: "", applicationClosesAt: "" }),
    );
    expect(answer).toMatchObject({ ok: true });
    expect(await db.cohort.findUniqueOrThrow({ where: { id: world.a.cohort.id } })).toMatchObject({
      name: "Omdöpt",
      endDate: new Date("2027-03-01T00:00:00Z"),
      applicationOpensAt: null,
      applicationClosesAt: null,
    });

    const closed = await createCohort(db, { programmeId: world.programmeA.id, status: "CLOSED", name: "Gammal" });
    expect(await updateCohortAction(closed.id, idleState, cohortForm({ name: "Ändrad" }))).toMatchObject({ ok: false });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: closed.id } })).name).toBe("Gammal");
  });

  it("refuses another programme's coordinator, a participant and anonymous visitors", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorB, world.a.pairs[0]!.menteeUser, null]) {
      actAs(user);
      expect(await updateCohortAction(world.a.cohort.id, idleState, cohortForm({ name: "Kapad" }))).toMatchObject({ ok: false });
    }
    expect((await db.cohort.findUniqueOrThrow({ where: { id: world.a.cohort.id } })).name).toBe("Cohort A");
  });
});

function statusForm(status: string) {
  const form = new FormData();
  form.set("status", status);
  return form;
}

describe("moving a cohort through its statuses", () => {
  it("takes one step forward or back, and never leaves closed", async () => {
    const world = await createWorld(db);
    const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "PLANNING" });
    actAs(world.coordinatorA);
    expect(await changeCohortStatusAction(cohort.id, idleState, statusForm("RECRUITING"))).toMatchObject({
      ok: true,
      message: "Omgången har nu status Rekrytering.",
    });
    expect(await changeCohortStatusAction(cohort.id, idleState, statusForm("ACTIVE"))).toMatchObject({ ok: false });
    expect(await changeCohortStatusAction(cohort.id, idleState, statusForm("PLANNING"))).toMatchObject({ ok: true });
    expect(await changeCohortStatusAction(cohort.id, idleState, statusForm("nonsense"))).toMatchObject({ ok: false });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).status).toBe("PLANNING");
    expect(await db.auditEntry.count({ where: { action: "cohort.status", entityId: cohort.id } })).toBe(2);

    const closed = await createCohort(db, { programmeId: world.programmeA.id, status: "CLOSED" });
    expect(await changeCohortStatusAction(closed.id, idleState, statusForm("ACTIVE"))).toMatchObject({ ok: false });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: closed.id } })).status).toBe("CLOSED");
  });

  it("refuses another programme's coordinator, a participant and anonymous visitors", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorB, world.a.pairs[0]!.mentorUser, null]) {
      actAs(user);
      expect(await changeCohortStatusAction(world.a.cohort.id, idleState, statusForm("CLOSED"))).toMatchObject({ ok: false });
    }
    expect((await db.cohort.findUniqueOrThrow({ where: { id: world.a.cohort.id } })).status).toBe("ACTIVE");
  });
});

async function viewerFor(user: { id: string }) {
  actAs(user);
  const viewer = await getViewer();
  if (!viewer) throw new Error("expected a viewer");
  return viewer;
}

describe("the cohort pages", () => {
  it("show the full public link to the coordinator and administrator, and nothing to anyone else", async () => {
    const world = await createWorld(db);
    const admin = await viewerFor(world.adminA);
    const overview = await getCohortOverview(admin, world.a.cohort.id);
    expect(overview.publicLink).toMatch(new RegExp(`/apply/${world.a.cohort.publicKey}$`));
    expect(overview.counts).toMatchObject({ mentors: 3, mentees: 3, sessions: 3 });
    for (const user of [world.coordinatorB, world.a.pairs[0]!.mentorUser]) {
      const viewer = await viewerFor(user);
      await expect(getCohortOverview(viewer, world.a.cohort.id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      await expect(getCohortHeader(viewer, world.a.cohort.id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      await expect(getCohortHeader(viewer, "not-an-id")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    // Anonymous visitors have no viewer to ask with: the pages send them to sign in first.
    actAs(null);
    await expect(requireViewer()).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
