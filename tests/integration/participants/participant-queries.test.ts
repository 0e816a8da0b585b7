import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { getPairDetail } from "@/lib/pairs/pair-queries";
import { listMyCohorts, listMyParticipations } from "@/lib/participants/participant-queries";
import { getOwnProfile } from "@/lib/participants/profile-queries";
import { listMyProgrammes, listProgrammeOverviews } from "@/lib/programmes/programme-queries";
import { actAs } from "@/tests/setup/acting";
import { createCohort } from "@/tests/factories/cohorts";
import { createMeeting } from "@/tests/factories/meetings";
import { createPair } from "@/tests/factories/pairs";
import { createParticipation } from "@/tests/factories/participations";
import { createWorld } from "@/tests/factories/world";

async function viewerFor(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

describe("a participant's home", () => {
  it("shows the partner's name and contact, the sessions and the meetings of the viewer's own pair", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    await db.participation.updateMany({ where: { userId: menteeUser.id }, data: { phone: "070-123 45 67" } });
    const meeting = await createMeeting(db, { pair, confirmed: false });
    await db.meeting.update({ where: { id: meeting.id }, data: { disputedAt: new Date(), disputedById: menteeUser.id } });

    const homes = await listMyParticipations(await viewerFor(mentorUser), "MENTOR");
    expect(homes).toHaveLength(1);
    const home = homes[0]!;
    expect(home.cohort.id).toBe(world.a.cohort.id);
    expect(home.sessions).toHaveLength(3);
    expect(home.pairs).toHaveLength(1);
    expect(home.pairs[0]!.partner).toMatchObject({ name: menteeUser.name, email: menteeUser.email, phone: "070-123 45 67" });
    expect(home.pairs[0]!.meetingCount).toBe(1);
    // A meeting the partner says did not happen is shown so, not as merely unconfirmed.
    expect(home.pairs[0]!.meetings).toMatchObject([{ id: meeting.id, confirmed: false, disputed: true }]);

    expect(await listMyParticipations(await viewerFor(mentorUser), "MENTEE")).toEqual([]);
  });

  it("names whom to contact about the programme: its own contact, or else its coordinators", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    const [coordinator] = await db.user.findMany({ where: { id: world.coordinatorA.id }, select: { name: true, email: true } });
    const fallback = { kind: "coordinators", people: [{ name: coordinator!.name, email: coordinator!.email, phone: null }] };
    expect((await listMyParticipations(await viewerFor(mentorUser), "MENTOR"))[0]!.contact).toEqual(fallback);
    expect((await getPairDetail(await viewerFor(menteeUser), pair.id, "MENTEE")).contact).toEqual(fallback);
    expect((await getOwnProfile(await viewerFor(menteeUser)))!.contact).toEqual(fallback);

    await db.programme.update({ where: { id: world.programmeA.id }, data: { contactName: "Lena Ek", contactPhone: "08-465 004 00" } });
    const own = { kind: "programme", person: { name: "Lena Ek", email: null, phone: "08-465 004 00" } };
    expect((await listMyParticipations(await viewerFor(mentorUser), "MENTOR"))[0]!.contact).toEqual(own);
    expect((await getPairDetail(await viewerFor(menteeUser), pair.id, "MENTEE")).contact).toEqual(own);
    expect((await getOwnProfile(await viewerFor(menteeUser)))!.contact).toEqual(own);

    // Programme B's participants are not told about programme A's contact.
    expect((await listMyParticipations(await viewerFor(world.b.pairs[0]!.mentorUser), "MENTOR"))[0]!.contact).toMatchObject({
      kind: "coordinators",
    });
  });

  it("never shows a proposal that is not published", async () => {
    const world = await createWorld(db);
    const homes = await listMyParticipations(await viewerFor(world.proposal.menteeUser), "MENTEE");
    expect(homes).toHaveLength(1);
    expect(homes[0]!.pairs).toEqual([]);
  });

  it("shows a returning person both roles, each in its own cohort", async () => {
    const world = await createWorld(db);
    const returning = world.a.pairs[0]!.menteeUser;
    const later = await createCohort(db, { programmeId: world.programmeA.id, status: "ACTIVE", startDate: new Date(Date.UTC(2030, 0, 1)) });
    const asMentor = await createParticipation(db, { cohortId: later.id, role: "MENTOR", userId: returning.id });
    const newMentee = await createParticipation(db, { cohortId: later.id, role: "MENTEE" });
    await createPair(db, { mentor: asMentor, mentee: newMentee });

    const viewer = await viewerFor(returning);
    expect(viewer.participations.map((p) => p.role).sort()).toEqual(["MENTEE", "MENTOR"]);
    expect((await listMyParticipations(viewer, "MENTOR"))[0]!.cohort.id).toBe(later.id);
    expect((await listMyParticipations(viewer, "MENTEE"))[0]!.cohort.id).toBe(world.a.cohort.id);
  });
});

describe("the account page", () => {
  it("lists each cohort with the person's role in it, and the programmes they run, as coordinator or administrator", async () => {
    const world = await createWorld(db);
    const returning = world.a.pairs[0]!.menteeUser;
    const later = await createCohort(db, {
      programmeId: world.programmeA.id,
      status: "MATCHING",
      startDate: new Date(Date.UTC(2030, 0, 1)),
    });
    const asMentor = await createParticipation(db, { cohortId: later.id, role: "MENTOR", userId: returning.id });
    const cohorts = await listMyCohorts(await viewerFor(returning));
    expect(cohorts.map((cohort) => [cohort.participationId, cohort.role, cohort.cohort.status, cohort.programmeName])).toEqual([
      [asMentor.id, "MENTOR", "MATCHING", "Programme A"],
      [world.a.pairs[0]!.mentee.id, "MENTEE", "ACTIVE", "Programme A"],
    ]);
    expect(await listMyProgrammes(await viewerFor(returning))).toEqual([]);

    await db.coordinatorAppointment.create({ data: { programmeId: world.programmeA.id, userId: world.adminA.id } });
    const programmeOfA = await db.programme.create({
      data: { organizationId: world.programmeA.organizationId, name: "Another programme" },
    });
    expect(await listMyProgrammes(await viewerFor(world.adminA))).toEqual([
      { id: programmeOfA.id, name: "Another programme", appointed: false },
      { id: world.programmeA.id, name: "Programme A", appointed: true },
    ]);
    expect(await listMyCohorts(await viewerFor(world.coordinatorA))).toEqual([]);
  });
});

describe("the coordinator home", () => {
  it("lists only the viewer's programmes with counts per cohort", async () => {
    const world = await createWorld(db);
    await createMeeting(db, { pair: world.a.pairs[0]!.pair });

    const overviews = await listProgrammeOverviews(await viewerFor(world.coordinatorA));
    expect(overviews.map((programme) => programme.id)).toEqual([world.programmeA.id]);
    const cohort = overviews[0]!.cohorts[0]!;
    // Two published pairs and one proposal: the proposal's people count, the proposal does not.
    expect(cohort).toMatchObject({ mentors: 3, mentees: 3, pairs: 2, activePairs: 2, meetings: 1 });

    expect(await listProgrammeOverviews(await viewerFor(world.a.pairs[0]!.mentorUser))).toEqual([]);
  });
});
