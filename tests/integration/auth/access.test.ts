import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findManagedCohort, findManagedProgramme, findOwnPair, requireParticipantOf } from "@/lib/auth/access";
import { getViewer } from "@/lib/auth/session";
import { actAs } from "@/tests/setup/acting";
import { createWorld } from "@/tests/factories/world";

async function viewerFor(user: { id: string }) {
  actAs(user);
  const viewer = await getViewer();
  if (!viewer) throw new Error("expected a viewer");
  return viewer;
}

describe("rights derived from the resource", () => {
  it("lets a mentor and a mentee reach their own pair, each from their own side only", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    expect(await findOwnPair(await viewerFor(mentorUser), pair.id, "MENTOR")).toMatchObject({ id: pair.id, side: "MENTOR" });
    expect(await findOwnPair(await viewerFor(menteeUser), pair.id, "MENTEE")).toMatchObject({ id: pair.id, side: "MENTEE" });
    expect(await findOwnPair(await viewerFor(menteeUser), pair.id, "MENTOR")).toBeNull();
  });

  it("refuses another pair's mentor, a coordinator, a malformed id and an unpublished proposal", async () => {
    const world = await createWorld(db);
    const { pair } = world.a.pairs[0]!;
    const otherMentor = world.a.pairs[1]!.mentorUser;
    expect(await findOwnPair(await viewerFor(otherMentor), pair.id)).toBeNull();
    expect(await findOwnPair(await viewerFor(world.coordinatorA), pair.id)).toBeNull();
    expect(await findOwnPair(await viewerFor(otherMentor), "not-a-uuid")).toBeNull();
    expect(await findOwnPair(await viewerFor(world.proposal.menteeUser), world.proposal.pair.id)).toBeNull();
  });

  it("lets coordinators and administrators reach only their own programmes and cohorts", async () => {
    const world = await createWorld(db);
    const coordinatorA = await viewerFor(world.coordinatorA);
    expect(await findManagedProgramme(coordinatorA, world.programmeA.id)).toMatchObject({ id: world.programmeA.id });
    expect(await findManagedProgramme(coordinatorA, world.programmeB.id)).toBeNull();
    expect(await findManagedCohort(coordinatorA, world.a.cohort.id)).toMatchObject({ id: world.a.cohort.id });
    expect(await findManagedCohort(coordinatorA, world.b.cohort.id)).toBeNull();

    const admin = await viewerFor(world.adminA);
    expect(await findManagedProgramme(admin, world.programmeA.id)).not.toBeNull();
    expect(await findManagedProgramme(admin, world.programmeB.id)).toBeNull();

    const mentor = await viewerFor(world.a.pairs[0]!.mentorUser);
    expect(await findManagedProgramme(mentor, world.programmeA.id)).toBeNull();
    expect(await findManagedCohort(mentor, world.a.cohort.id)).toBeNull();
  });

  it("answers not found to pages for a foreign pair, and sends anonymous visitors to sign in", async () => {
    const world = await createWorld(db);
    actAs(world.b.pairs[0]!.mentorUser);
    await expect(requireParticipantOf(world.a.pairs[0]!.pair.id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    actAs(null);
    await expect(requireParticipantOf(world.a.pairs[0]!.pair.id)).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("has no viewer for an erased account", async () => {
    const world = await createWorld(db);
    const user = world.a.pairs[0]!.menteeUser;
    await db.user.update({ where: { id: user.id }, data: { erasedAt: new Date() } });
    actAs(user);
    expect(await getViewer()).toBeNull();
  });
});
