import type { Db } from "@/lib/db/client";
import { createCohort } from "./cohorts";
import { appointAdmin } from "./organizations";
import { createPair } from "./pairs";
import { createParticipation } from "./participations";
import { appointCoordinator, createProgramme } from "./programmes";
import { createUser } from "./users";

/**
 * Two programmes of two organisations, each with a coordinator and an active cohort of two
 * published pairs, plus one unpublished proposal in programme A. Authorization tests use it to
 * try every person against every resource.
 */
export async function createWorld(db: Db) {
  const programmeA = await createProgramme(db, { name: "Programme A" });
  const programmeB = await createProgramme(db, { name: "Programme B" });
  const adminA = await createUser(db, { name: "Admin A" });
  await appointAdmin(db, { organizationId: programmeA.organizationId, userId: adminA.id });
  const coordinatorA = await createUser(db, { name: "Coordinator A" });
  const coordinatorB = await createUser(db, { name: "Coordinator B" });
  await appointCoordinator(db, { programmeId: programmeA.id, userId: coordinatorA.id });
  await appointCoordinator(db, { programmeId: programmeB.id, userId: coordinatorB.id });

  async function cohortWithPairs(programmeId: string, label: string) {
    const cohort = await createCohort(db, { programmeId, status: "ACTIVE", name: `Cohort ${label}` });
    const pairs = [];
    for (const n of [1, 2]) {
      const mentorUser = await createUser(db, { name: `Mentor ${label}${n}` });
      const menteeUser = await createUser(db, { name: `Mentee ${label}${n}` });
      const mentor = await createParticipation(db, { cohortId: cohort.id, role: "MENTOR", userId: mentorUser.id });
      const mentee = await createParticipation(db, { cohortId: cohort.id, role: "MENTEE", userId: menteeUser.id });
      const pair = await createPair(db, { mentor, mentee });
      pairs.push({ pair, mentor, mentee, mentorUser, menteeUser });
    }
    return { cohort, pairs };
  }

  const a = await cohortWithPairs(programmeA.id, "A");
  const b = await cohortWithPairs(programmeB.id, "B");

  const proposedMentorUser = await createUser(db, { name: "Proposed Mentor" });
  const proposedMenteeUser = await createUser(db, { name: "Proposed Mentee" });
  const proposedMentor = await createParticipation(db, { cohortId: a.cohort.id, role: "MENTOR", userId: proposedMentorUser.id });
  const proposedMentee = await createParticipation(db, { cohortId: a.cohort.id, role: "MENTEE", userId: proposedMenteeUser.id });
  const proposal = await createPair(db, { mentor: proposedMentor, mentee: proposedMentee, status: "PROPOSED" });

  return {
    programmeA,
    programmeB,
    adminA,
    coordinatorA,
    coordinatorB,
    a,
    b,
    proposal: { pair: proposal, mentorUser: proposedMentorUser, menteeUser: proposedMenteeUser },
  };
}
