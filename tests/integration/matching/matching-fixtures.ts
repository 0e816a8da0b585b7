import { db } from "@/lib/db";
import type { Participation } from "@/lib/generated/prisma/client";
import { proposalsVersion } from "@/lib/matching-board/board-version";
import { createCohort } from "@/tests/factories/cohorts";
import { createParticipation } from "@/tests/factories/participations";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";

/**
 * The two programmes of createWorld, and in programme A a cohort being matched: mentees and
 * mentors of the economics field (capacities as given), everyone speaking Swedish.
 */
export async function createMatchingWorld(
  options: { mentees?: number; mentorCapacities?: number[]; status?: "MATCHING" | "ACTIVE" | "RECRUITING" } = {},
) {
  const world = await createWorld(db);
  // Starts in two weeks, so its first joint session is the next one.
  const startDate = new Date(Date.now() + 14 * 86_400_000);
  const cohort = await createCohort(db, {
    programmeId: world.programmeA.id,
    status: options.status ?? "MATCHING",
    name: "Matching cohort",
    startDate,
  });
  const mentees: Participation[] = [];
  const mentors: Participation[] = [];
  for (let n = 0; n < (options.mentees ?? 3); n++) {
    const user = await createUser(db, { name: `Mentee ${n + 1}`, locale: n % 2 ? "en" : "sv" });
    mentees.push(
      await createParticipation(db, {
        cohortId: cohort.id,
        role: "MENTEE",
        userId: user.id,
        status: "INVITED",
        industries: ["banking_finance"],
        goalTags: ["network"],
        yearsExperience: 2,
      }),
    );
  }
  for (const [n, capacity] of (options.mentorCapacities ?? [1, 1, 1]).entries()) {
    const user = await createUser(db, { name: `Mentor ${n + 1}` });
    mentors.push(
      await createParticipation(db, {
        cohortId: cohort.id,
        role: "MENTOR",
        userId: user.id,
        mentorCapacity: capacity,
        industries: n === 0 ? ["banking_finance"] : ["trade_industry"],
        expertiseTags: ["network"],
        yearsExperience: 10 + n,
        employer: `Employer ${n + 1}`,
      }),
    );
  }
  return { ...world, matching: { cohort, mentees, mentors } };
}

export function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

export async function openPairs(cohortId: string) {
  return db.pair.findMany({ where: { cohortId, status: { in: ["PROPOSED", "ACTIVE"] } }, orderBy: { createdAt: "asc" } });
}

/** The version of the cohort's proposals as the board shows it: what a coordinator confirms when publishing. */
export async function boardVersion(cohortId: string): Promise<string> {
  const proposals = await db.pair.findMany({ where: { cohortId, status: "PROPOSED" }, select: { id: true } });
  return proposalsVersion(proposals.map((pair) => pair.id));
}

/** The publish form as the board sends it now. */
export async function publishForm(cohortId: string): Promise<FormData> {
  return form({ board: await boardVersion(cohortId) });
}
