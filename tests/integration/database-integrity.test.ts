import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCohort } from "@/tests/factories/cohorts";
import { createPair } from "@/tests/factories/pairs";
import { createParticipation } from "@/tests/factories/participations";
import { createProgramme } from "@/tests/factories/programmes";

// Rules the database itself keeps, whatever the code above it does.
describe("database integrity", () => {
  async function cohortWithPeople() {
    const programme = await createProgramme(db);
    const cohort = await createCohort(db, { programmeId: programme.id, status: "MATCHING" });
    const mentor1 = await createParticipation(db, { cohortId: cohort.id, role: "MENTOR" });
    const mentor2 = await createParticipation(db, { cohortId: cohort.id, role: "MENTOR" });
    const mentee = await createParticipation(db, { cohortId: cohort.id, role: "MENTEE" });
    return { programme, cohort, mentor1, mentor2, mentee };
  }

  it("allows a mentee at most one open pair, also when two writers race", async () => {
    const { mentor1, mentor2, mentee } = await cohortWithPeople();
    const results = await Promise.allSettled([
      createPair(db, { mentor: mentor1, mentee, status: "PROPOSED" }),
      createPair(db, { mentor: mentor2, mentee, status: "ACTIVE" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.pair.count({ where: { menteeParticipationId: mentee.id } })).toBe(1);
  });

  it("lets an ended pair be followed by a new one for the same mentee", async () => {
    const { mentor1, mentor2, mentee } = await cohortWithPeople();
    await createPair(db, { mentor: mentor1, mentee, status: "ENDED" });
    await createPair(db, { mentor: mentor2, mentee, status: "ACTIVE" });
    expect(await db.pair.count({ where: { menteeParticipationId: mentee.id } })).toBe(2);
  });

  it("refuses a pair whose people are in another cohort, and scores outside 0–100", async () => {
    const { programme, mentor1, mentee } = await cohortWithPeople();
    const other = await createCohort(db, { programmeId: programme.id });
    const stranger = await createParticipation(db, { cohortId: other.id, role: "MENTOR" });
    await expect(
      db.pair.create({ data: { cohortId: mentee.cohortId, mentorParticipationId: stranger.id, menteeParticipationId: mentee.id } }),
    ).rejects.toThrow();
    await expect(createPair(db, { mentor: mentor1, mentee, score: 101 })).rejects.toThrow();
  });

  it("keeps one participation per person and cohort", async () => {
    const { cohort, mentee } = await cohortWithPeople();
    await expect(createParticipation(db, { cohortId: cohort.id, role: "MENTOR", userId: mentee.userId! })).rejects.toThrow();
  });
});
