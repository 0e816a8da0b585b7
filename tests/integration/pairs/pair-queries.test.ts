import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { getPairDetail } from "@/lib/pairs/pair-queries";
import { actAs } from "@/tests/setup/acting";
import { createMeeting } from "@/tests/factories/meetings";
import { createWorld } from "@/tests/factories/world";

// The pair's own page: its two people see it, each from their side; nobody else finds it.

async function viewerFor(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

const notFound = /NEXT_HTTP_ERROR_FALLBACK;404/;

describe("a pair's page", () => {
  it("gives each of the two people the other's contact, the meetings and the cohort's sessions", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    await createMeeting(db, { pair });

    const asMentee = await getPairDetail(await viewerFor(menteeUser), pair.id, "MENTEE");
    expect(asMentee).toMatchObject({ id: pair.id, side: "MENTEE", cohort: { id: world.a.cohort.id } });
    expect(asMentee.partner).toMatchObject({ name: mentorUser.name, email: mentorUser.email });
    expect(asMentee.meetings).toHaveLength(1);
    expect(asMentee.sessions).toHaveLength(3);
    expect((await getPairDetail(await viewerFor(mentorUser), pair.id, "MENTOR")).partner.name).toBe(menteeUser.name);
  });

  it("is not found for the other side's page, another pair's people, a coordinator, a proposal and a malformed id", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    const other = world.a.pairs[1]!;

    await expect(getPairDetail(await viewerFor(mentorUser), pair.id, "MENTEE")).rejects.toThrow(notFound);
    await expect(getPairDetail(await viewerFor(menteeUser), pair.id, "MENTOR")).rejects.toThrow(notFound);
    await expect(getPairDetail(await viewerFor(other.menteeUser), pair.id, "MENTEE")).rejects.toThrow(notFound);
    await expect(getPairDetail(await viewerFor(world.b.pairs[0]!.mentorUser), pair.id, "MENTOR")).rejects.toThrow(notFound);
    // The coordinators follow pairs elsewhere; this page is the participants'.
    await expect(getPairDetail(await viewerFor(world.coordinatorA), pair.id, "MENTOR")).rejects.toThrow(notFound);
    // A proposal is not a pair yet for its people.
    await expect(getPairDetail(await viewerFor(world.proposal.menteeUser), world.proposal.pair.id, "MENTEE")).rejects.toThrow(notFound);
    await expect(getPairDetail(await viewerFor(menteeUser), "not-an-id", "MENTEE")).rejects.toThrow(notFound);
    await expect(getPairDetail(await viewerFor(menteeUser), crypto.randomUUID(), "MENTEE")).rejects.toThrow(notFound);
  });
});
