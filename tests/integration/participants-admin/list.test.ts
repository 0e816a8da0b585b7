import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { listCohortParticipants } from "@/lib/participants/participant-admin-queries";
import { participantFiltersSchema } from "@/lib/participants/participant-admin-schemas";
import { actAs } from "@/tests/setup/acting";
import { createParticipation } from "@/tests/factories/participations";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";

async function viewerFor(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

describe("a cohort's participant list", () => {
  it("lists everyone with role, field, status and whether they chose a password, filtered from the URL", async () => {
    const world = await createWorld(db);
    const invited = await createUser(db, { name: "Aaron Invited", password: null });
    await createParticipation(db, { cohortId: world.a.cohort.id, role: "MENTEE", userId: invited.id, fieldKey: "law", status: "INVITED" });
    const viewer = await viewerFor(world.coordinatorA);

    const all = await listCohortParticipants(viewer, world.a.cohort.id, participantFiltersSchema.parse({}));
    // Two pairs and one proposal in the world, plus the invited person.
    expect(all?.total).toBe(7);
    expect(all?.rows[0]).toMatchObject({ name: "Aaron Invited", role: "MENTEE", status: "INVITED", hasPassword: false });
    expect(all?.rows.filter((row) => row.hasPassword)).toHaveLength(6);

    const law = await listCohortParticipants(viewer, world.a.cohort.id, participantFiltersSchema.parse({ field: "law", role: "MENTEE" }));
    expect(law?.rows.map((row) => row.name)).toEqual(["Aaron Invited"]);
    const mentors = await listCohortParticipants(viewer, world.a.cohort.id, participantFiltersSchema.parse({ role: "MENTOR" }));
    expect(mentors?.total).toBe(3);
    const invitedOnly = await listCohortParticipants(viewer, world.a.cohort.id, participantFiltersSchema.parse({ status: "INVITED" }));
    expect(invitedOnly?.total).toBe(1);
    const unknownField = await listCohortParticipants(viewer, world.a.cohort.id, participantFiltersSchema.parse({ field: "astrology" }));
    expect(unknownField?.total).toBe(0);
    // A hand-edited URL shows the whole list.
    expect(participantFiltersSchema.parse({ role: "BOSS", page: "-1" })).toEqual({
      role: undefined,
      field: undefined,
      status: undefined,
      page: 1,
    });
  });

  it("is not there for a coordinator of another programme or a participant", async () => {
    const world = await createWorld(db);
    for (const who of [world.coordinatorB, world.a.pairs[0]!.mentorUser]) {
      expect(await listCohortParticipants(await viewerFor(who), world.a.cohort.id, participantFiltersSchema.parse({}))).toBeNull();
    }
  });
});
