import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { getPersonHistory, searchPeople } from "@/lib/people/people-queries";
import { peopleSearchSchema } from "@/lib/people/people-schemas";
import { actAs } from "@/tests/setup/acting";
import { createApplication } from "@/tests/factories/applications";
import { createCohort } from "@/tests/factories/cohorts";
import { createPair } from "@/tests/factories/pairs";
import { createParticipation } from "@/tests/factories/participations";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";

async function viewerOf(person: { id: string }) {
  actAs(person);
  return (await getViewer())!;
}

const search = (q: string) => peopleSearchSchema.parse({ q });

describe("finding people", () => {
  it("finds people by part of a name or an email, in every cohort of the viewer's programmes and nowhere else", async () => {
    const world = await createWorld(db);
    const older = await createCohort(db, {
      programmeId: world.programmeA.id,
      status: "CLOSED",
      name: "Cohort A 2019",
      startDate: new Date("2019-09-01"),
    });
    const returning = await createUser(db, { name: "Nadia Karimi", email: "nadia.karimi@example.test" });
    await createParticipation(db, { cohortId: older.id, role: "MENTEE", userId: returning.id });
    await createParticipation(db, { cohortId: world.a.cohort.id, role: "MENTOR", userId: returning.id });
    // Someone of the same name in programme B only.
    const elsewhere = await createUser(db, { name: "Nadia Berg", email: "nadia.berg@example.test" });
    await createParticipation(db, { cohortId: world.b.cohort.id, role: "MENTEE", userId: elsewhere.id });
    // An applicant without an account, in programme A.
    await createApplication(db, { cohortId: world.a.cohort.id, role: "MENTEE", name: "Nadia Applicant", email: "nadia.a@example.test" });

    const coordinatorA = await viewerOf(world.coordinatorA);
    const byName = await searchPeople(coordinatorA, search("NADIA"));
    expect(byName.people.map((person) => person.name)).toEqual(["Nadia Karimi"]);
    expect(byName.people[0]!.cohorts.map((cohort) => [cohort.name, cohort.role])).toEqual([
      [world.a.cohort.name, "MENTOR"],
      ["Cohort A 2019", "MENTEE"],
    ]);
    expect(byName.applicants.map((applicant) => applicant.name)).toEqual(["Nadia Applicant"]);
    expect((await searchPeople(coordinatorA, search("karimi@example"))).people.map((person) => person.id)).toEqual([returning.id]);

    const coordinatorB = await viewerOf(world.coordinatorB);
    const inB = await searchPeople(coordinatorB, search("nadia"));
    expect(inB.people.map((person) => person.name)).toEqual(["Nadia Berg"]);
    expect(inB.applicants).toEqual([]);
  });

  it("needs two characters, and says when more matched than it shows", async () => {
    const world = await createWorld(db);
    const viewer = await viewerOf(world.coordinatorA);
    expect(await searchPeople(viewer, search("a"))).toEqual({ people: [], applicants: [], more: false });
    for (let n = 0; n < 26; n += 1) {
      const user = await createUser(db, { name: `Many Person ${String(n).padStart(2, "0")}` });
      await createParticipation(db, { cohortId: world.a.cohort.id, role: "MENTEE", userId: user.id });
    }
    const many = await searchPeople(viewer, search("many person"));
    expect(many.people).toHaveLength(25);
    expect(many.more).toBe(true);
  });

  it("shows one person's applications, participations and pairs across cohorts and roles, and logs the read", async () => {
    const world = await createWorld(db);
    const person = world.a.pairs[0]!.menteeUser;
    const older = await createCohort(db, {
      programmeId: world.programmeA.id,
      status: "CLOSED",
      name: "Cohort A 2019",
      startDate: new Date("2019-09-01"),
    });
    const asMentor = await createParticipation(db, { cohortId: older.id, role: "MENTOR", userId: person.id });
    const olderMentee = await createParticipation(db, { cohortId: older.id, role: "MENTEE" });
    await createPair(db, { mentor: asMentor, mentee: olderMentee, status: "ENDED" });
    await createApplication(db, { cohortId: older.id, role: "MENTOR", name: person.name, email: person.email, status: "ACCEPTED" });
    // What the person did in programme B is not programme A's to see.
    await createParticipation(db, { cohortId: world.b.cohort.id, role: "MENTOR", userId: person.id });

    const history = await getPersonHistory(await viewerOf(world.coordinatorA), person.id);
    expect(history.participations.map((participation) => [participation.cohort.name, participation.role])).toEqual([
      [world.a.cohort.name, "MENTEE"],
      ["Cohort A 2019", "MENTOR"],
    ]);
    expect(history.participations[0]!.pairs).toEqual([
      expect.objectContaining({ status: "ACTIVE", partner: world.a.pairs[0]!.mentorUser.name }),
    ]);
    expect(history.participations[1]!.pairs).toEqual([expect.objectContaining({ status: "ENDED" })]);
    expect(history.applications.map((application) => application.cohort.name)).toEqual(["Cohort A 2019"]);
    expect(
      await db.auditEntry.count({ where: { action: "person.read", subjectUserId: person.id, programmeId: world.programmeA.id } }),
    ).toBe(1);
  });

  it("is not found for another programme's coordinator, a person with nothing in the viewer's programmes, and a malformed id", async () => {
    const world = await createWorld(db);
    const coordinatorB = await viewerOf(world.coordinatorB);
    await expect(getPersonHistory(coordinatorB, world.a.pairs[0]!.menteeUser.id)).rejects.toThrow(
      /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/,
    );
    const coordinatorA = await viewerOf(world.coordinatorA);
    await expect(getPersonHistory(coordinatorA, world.coordinatorB.id)).rejects.toThrow(/404|NOT_FOUND/);
    await expect(getPersonHistory(coordinatorA, "not-an-id")).rejects.toThrow(/404|NOT_FOUND/);
    expect(await db.auditEntry.count()).toBe(0);
  });
});
