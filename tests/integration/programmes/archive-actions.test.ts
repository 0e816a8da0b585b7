import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { updateCohortAction } from "@/lib/cohorts/cohort-actions";
import { archiveCohortAction, restoreCohortAction } from "@/lib/cohorts/cohort-archive-actions";
import { getApplyCohort } from "@/lib/applications/application-submit-queries";
import { findDecidableApplication } from "@/lib/applications/application-decisions";
import { getApplicationForReview } from "@/lib/applications/application-queries";
import { listArchived } from "@/lib/programmes/archive-queries";
import { archiveProgrammeAction, restoreProgrammeAction } from "@/lib/programmes/programme-archive-actions";
import { listProgrammeOverviews } from "@/lib/programmes/programme-queries";
import { actAs } from "@/tests/setup/acting";
import { createApplication } from "@/tests/factories/applications";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createProgramme } from "@/tests/factories/programmes";
import { createWorld } from "@/tests/factories/world";

/** Calls the action as its button would; a redirect is what success gives. */
async function press(action: (state: typeof idleState, form: FormData) => Promise<unknown>) {
  try {
    return { state: await action(idleState, new FormData()) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

describe("archiving a cohort", () => {
  it("hides an empty cohort from the lists and its pages, closes its application page, and restores it as it was", async () => {
    const world = await createWorld(db);
    const mistake = await createCohort(db, { programmeId: world.programmeA.id, name: "Hösten 2062", status: "RECRUITING" });
    const declined = await createApplication(db, { cohortId: mistake.id, role: "MENTEE", status: "DECLINED" });
    actAs(world.coordinatorA);
    expect(await getApplicationForReview((await getViewer())!, declined.id)).not.toBeNull();

    expect(await press(archiveCohortAction.bind(null, mistake.id))).toEqual({ redirect: "/coordinator/archive?archived=cohort" });
    const viewer = (await getViewer())!;
    const [overview] = await listProgrammeOverviews(viewer);
    expect(overview!.cohorts.map((cohort) => cohort.name)).not.toContain("Hösten 2062");
    expect((await listArchived(viewer)).cohorts.map((cohort) => cohort.name)).toEqual(["Hösten 2062"]);
    expect(await getApplyCohort(null, mistake.publicKey)).toBeNull();
    // Its pages and actions answer as for a foreign id.
    expect(await updateCohortAction(mistake.id, idleState, new FormData())).toMatchObject({ ok: false, message: expect.any(String) });
    // So are its applications, also from a bookmarked address.
    expect(await getApplicationForReview(viewer, declined.id)).toBeNull();
    expect(await findDecidableApplication(viewer, declined.id)).toBeNull();
    expect(await db.application.count({ where: { cohortId: mistake.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "cohort.archive", entityId: mistake.id } })).toBe(1);

    expect(await press(restoreCohortAction.bind(null, mistake.id))).toEqual({ redirect: `/coordinator/cohorts/${mistake.id}` });
    expect(await db.cohort.findUniqueOrThrow({ where: { id: mistake.id } })).toMatchObject({ archivedAt: null, status: "RECRUITING" });
    expect(await getApplyCohort(null, mistake.publicKey)).not.toBeNull();
    expect(await getApplicationForReview(viewer, declined.id)).not.toBeNull();
  });

  it("refuses a cohort anyone takes part in, even a withdrawn participant, and one with applications waiting", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const answer = await press(archiveCohortAction.bind(null, world.a.cohort.id));
    expect(answer).toEqual({ state: expect.objectContaining({ ok: false, message: expect.stringContaining("6 personer deltar") }) });

    const withdrawn = await createCohort(db, { programmeId: world.programmeA.id, status: "CLOSED" });
    await createParticipation(db, { cohortId: withdrawn.id, role: "MENTEE", status: "WITHDRAWN" });
    expect(await press(archiveCohortAction.bind(null, withdrawn.id))).toMatchObject({ state: { ok: false } });

    const waiting = await createCohort(db, { programmeId: world.programmeA.id, status: "RECRUITING" });
    await createApplication(db, { cohortId: waiting.id, role: "MENTOR", status: "WAITLISTED" });
    expect(await press(archiveCohortAction.bind(null, waiting.id))).toEqual({
      state: expect.objectContaining({ ok: false, message: expect.stringContaining("väntar på beslut") }),
    });
    expect(await db.cohort.count({ where: { archivedAt: { not: null } } })).toBe(0);
  });

  it("lets nobody add a person to an archived cohort, whatever the way in", async () => {
    const world = await createWorld(db);
    const archived = await createCohort(db, { programmeId: world.programmeA.id });
    await db.cohort.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await expect(createParticipation(db, { cohortId: archived.id, role: "MENTEE" })).rejects.toThrow(/archived/);
    await expect(createApplication(db, { cohortId: archived.id, role: "MENTEE" })).rejects.toThrow(/archived/);
  });

  it("is not another programme's coordinator's to archive or restore", async () => {
    const world = await createWorld(db);
    const empty = await createCohort(db, { programmeId: world.programmeA.id });
    actAs(world.coordinatorB);
    expect(await press(archiveCohortAction.bind(null, empty.id))).toMatchObject({ state: { ok: false } });
    await db.cohort.update({ where: { id: empty.id }, data: { archivedAt: new Date() } });
    expect(await press(restoreCohortAction.bind(null, empty.id))).toMatchObject({ state: { ok: false } });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: empty.id } })).archivedAt).not.toBeNull();
  });
});

describe("archiving a programme", () => {
  it("lets an administrator archive an empty programme with its cohorts and restore it; a coordinator may do neither", async () => {
    const world = await createWorld(db);
    const mistake = await createProgramme(db, { organizationId: world.programmeA.organizationId, name: "Mentorskap (dubblett)" });
    const cohort = await createCohort(db, { programmeId: mistake.id, name: "Dubblettens omgång" });
    await db.coordinatorAppointment.create({ data: { programmeId: mistake.id, userId: world.coordinatorA.id } });

    actAs(world.coordinatorA);
    expect(await press(archiveProgrammeAction.bind(null, mistake.id))).toMatchObject({ state: { ok: false } });

    actAs(world.adminA);
    expect(await press(archiveProgrammeAction.bind(null, mistake.id))).toEqual({ redirect: "/coordinator/archive?archived=programme" });
    const admin = (await getViewer())!;
    expect((await listProgrammeOverviews(admin)).map((programme) => programme.name)).not.toContain("Mentorskap (dubblett)");
    expect((await listArchived(admin)).programmes.map((programme) => programme.name)).toEqual(["Mentorskap (dubblett)"]);
    expect(await getApplyCohort(null, cohort.publicKey)).toBeNull();

    actAs(world.coordinatorA);
    expect((await listArchived((await getViewer())!)).programmes).toEqual([]);
    expect(await press(restoreProgrammeAction.bind(null, mistake.id))).toMatchObject({ state: { ok: false } });

    actAs(world.adminA);
    expect(await press(restoreProgrammeAction.bind(null, mistake.id))).toEqual({ redirect: `/coordinator/programmes/${mistake.id}` });
    expect((await db.programme.findUniqueOrThrow({ where: { id: mistake.id } })).archivedAt).toBeNull();
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohort.id } })).archivedAt).toBeNull();
  });

  it("refuses a programme whose cohorts have participants", async () => {
    const world = await createWorld(db);
    actAs(world.adminA);
    expect(await press(archiveProgrammeAction.bind(null, world.programmeA.id))).toMatchObject({ state: { ok: false } });
    expect((await db.programme.findUniqueOrThrow({ where: { id: world.programmeA.id } })).archivedAt).toBeNull();
  });
});
