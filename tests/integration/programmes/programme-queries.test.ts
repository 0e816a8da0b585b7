import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer, requireViewer } from "@/lib/auth/session";
import {
  getNewCohortContext,
  getProgrammeSettings,
  listProgrammeOverviews,
  requireProgrammeCreator,
} from "@/lib/programmes/programme-queries";
import { actAs } from "@/tests/setup/acting";
import { createApplication } from "@/tests/factories/applications";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createWorld } from "@/tests/factories/world";

async function viewerFor(user: { id: string }) {
  actAs(user);
  const viewer = await getViewer();
  if (!viewer) throw new Error("expected a viewer");
  return viewer;
}

describe("the coordinator home's pipeline", () => {
  it("counts applications by status and the pool per field, with the mentor places missing", async () => {
    const world = await createWorld(db);
    const cohort = await createCohort(db, { programmeId: world.programmeA.id, status: "RECRUITING", name: "Hösten" });
    for (const status of ["SUBMITTED", "SUBMITTED", "ACCEPTED", "WAITLISTED", "DECLINED"] as const) {
      await createApplication(db, { cohortId: cohort.id, role: "MENTEE", status });
    }
    for (let n = 0; n < 4; n++) await createParticipation(db, { cohortId: cohort.id, role: "MENTEE", fieldKey: "law" });
    await createParticipation(db, { cohortId: cohort.id, role: "MENTEE", fieldKey: "law", status: "WITHDRAWN" });
    await createParticipation(db, { cohortId: cohort.id, role: "MENTOR", fieldKey: "law", mentorCapacity: 2 });
    await createParticipation(db, { cohortId: cohort.id, role: "MENTOR", fieldKey: "law", mentorCapacity: 1 });
    await createParticipation(db, { cohortId: cohort.id, role: "MENTOR", fieldKey: "economics", mentorCapacity: 1 });

    const [programme] = await listProgrammeOverviews(await viewerFor(world.coordinatorA));
    expect(programme!.cohorts).toHaveLength(2);
    const hösten = programme!.cohorts.find((candidate) => candidate.id === cohort.id)!;
    expect(hösten.applications).toEqual({ SUBMITTED: 2, ACCEPTED: 1, WAITLISTED: 1, DECLINED: 1 });
    expect(hösten.mentees).toBe(5);
    expect(hösten.mentors).toBe(3);
    expect(
      hösten.pipeline!.fields.map(({ key, mentees, mentors, mentorPlaces, missingPlaces }) => ({
        key,
        mentees,
        mentors,
        mentorPlaces,
        missingPlaces,
      })),
    ).toEqual([
      { key: "law", mentees: 4, mentors: 2, mentorPlaces: 3, missingPlaces: 1 },
      { key: "economics", mentees: 0, mentors: 1, mentorPlaces: 1, missingPlaces: 0 },
    ]);
    expect(hösten.pipeline!.missingPlaces).toBe(1);

    const active = programme!.cohorts.find((candidate) => candidate.id === world.a.cohort.id)!;
    expect(active.pipeline).toBeNull();
    expect(active).toMatchObject({ mentors: 3, mentees: 3, pairs: 2 });
  });

  it("shows only the viewer's own programmes", async () => {
    const world = await createWorld(db);
    const programmes = await listProgrammeOverviews(await viewerFor(world.coordinatorB));
    expect(programmes.map((programme) => programme.id)).toEqual([world.programmeB.id]);
    expect(await listProgrammeOverviews(await viewerFor(world.a.pairs[0]!.mentorUser))).toEqual([]);
  });
});

describe("the programme pages", () => {
  it("shows the settings to the coordinator and administrator, and lets only the administrator appoint", async () => {
    const world = await createWorld(db);
    const asCoordinator = await getProgrammeSettings(await viewerFor(world.coordinatorA), world.programmeA.id);
    expect(asCoordinator).toMatchObject({ id: world.programmeA.id, canAppoint: false });
    expect(asCoordinator.coordinators.map((coordinator) => coordinator.id)).toEqual([world.coordinatorA.id]);
    expect(await getProgrammeSettings(await viewerFor(world.adminA), world.programmeA.id)).toMatchObject({ canAppoint: true });
  });

  it("answers not found to another programme's coordinator and a participant, and sends anonymous visitors to sign in", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorB, world.a.pairs[0]!.mentorUser]) {
      const viewer = await viewerFor(user);
      await expect(getProgrammeSettings(viewer, world.programmeA.id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
      await expect(getNewCohortContext(viewer, world.programmeA.id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    await expect(getProgrammeSettings(await viewerFor(world.coordinatorA), "not-an-id")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    // Anonymous visitors have no viewer to ask with: the pages send them to sign in first.
    actAs(null);
    await expect(requireViewer()).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("tells the new-cohort form about a programme the viewer runs", async () => {
    const world = await createWorld(db);
    expect(await getNewCohortContext(await viewerFor(world.coordinatorA), world.programmeA.id)).toMatchObject({
      id: world.programmeA.id,
      name: world.programmeA.name,
    });
  });

  it("opens the new-programme page to administrators only", async () => {
    const world = await createWorld(db);
    const organizations = await requireProgrammeCreator(await viewerFor(world.adminA));
    expect(organizations.map((organization) => organization.id)).toEqual([world.programmeA.organizationId]);
    await expect(requireProgrammeCreator(await viewerFor(world.coordinatorA))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
