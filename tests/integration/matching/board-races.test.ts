import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { suggestAllAction } from "@/lib/matching-board/board-actions";
import { changeProposal, pairByHand, suggestAll } from "@/lib/matching-board/board-operations";
import { publishProposals } from "@/lib/pairs/pair-operations";
import { chooseMentorAction } from "@/lib/pairs/pair-actions";
import { Refusal } from "@/lib/actions/refusal";
import { withCohortLock } from "@/lib/cohorts/cohort-lock";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { boardVersion, createMatchingWorld, form, openPairs } from "./matching-fixtures";

// Coordinators working on the same cohort at the same moment: whatever the order the database
// lets their transactions through in, no mentee ends up in two open pairs and no mentor above
// capacity, and each one who loses is told why in words.

function messages(states: ActionState[]) {
  return states.filter((state) => !state.ok).map((state) => state.message);
}

async function assertIntegrity(cohortId: string) {
  const pairs = await openPairs(cohortId);
  const perMentee = new Map<string, number>();
  const perMentor = new Map<string, number>();
  for (const pair of pairs) {
    perMentee.set(pair.menteeParticipationId, (perMentee.get(pair.menteeParticipationId) ?? 0) + 1);
    perMentor.set(pair.mentorParticipationId, (perMentor.get(pair.mentorParticipationId) ?? 0) + 1);
  }
  expect([...perMentee.values()].every((count) => count === 1)).toBe(true);
  const capacities = await db.participation.findMany({
    where: { id: { in: [...perMentor.keys()] } },
    select: { id: true, mentorCapacity: true },
  });
  for (const mentor of capacities) expect(perMentor.get(mentor.id)!).toBeLessThanOrEqual(mentor.mentorCapacity);
  return pairs;
}

describe("two coordinators on one board at once", () => {
  it("pairs a mentee once when ten mentors are chosen for it at the same moment", async () => {
    const world = await createMatchingWorld({ mentees: 1, mentorCapacities: Array.from({ length: 10 }, () => 1) });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const menteeId = world.matching.mentees[0]!.id;
    const states = await Promise.all(
      world.matching.mentors.map((mentor) => chooseMentorAction(cohortId, idleState, form({ menteeId, mentorId: mentor.id }))),
    );
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(messages(states)).toEqual(
      Array.from({ length: 9 }, () => "The mentee already has a pair. Someone else got there first; the board is up to date."),
    );
    expect(await assertIntegrity(cohortId)).toHaveLength(1);
  });

  it("fills a mentor with room for three, and no more, when ten mentees are paired with it at once", async () => {
    const world = await createMatchingWorld({ mentees: 10, mentorCapacities: [3] });
    useLocale("sv");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const mentorId = world.matching.mentors[0]!.id;
    const states = await Promise.all(
      world.matching.mentees.map((mentee) => chooseMentorAction(cohortId, idleState, form({ menteeId: mentee.id, mentorId }))),
    );
    expect(states.filter((state) => state.ok)).toHaveLength(3);
    expect(messages(states)).toEqual(Array.from({ length: 7 }, () => "Mentorn har inga platser kvar."));
    expect(await assertIntegrity(cohortId)).toHaveLength(3);
  });

  it("keeps the rules when suggestions for everyone run alongside pairing by hand, by two people", async () => {
    const world = await createMatchingWorld({ mentees: 12, mentorCapacities: [2, 2, 1, 1, 1, 1] });
    const cohortId = world.matching.cohort.id;
    const { mentees, mentors } = world.matching;
    const runs = [
      withCohortLock(cohortId, (tx) => suggestAll(tx, cohortId, world.coordinatorA.id)),
      withCohortLock(cohortId, (tx) => suggestAll(tx, cohortId, world.adminA.id)),
      ...mentees
        .slice(0, 6)
        .map((mentee, n) =>
          withCohortLock(cohortId, (tx) =>
            pairByHand(tx, cohortId, mentee.id, mentors[n % mentors.length]!.id, n % 2 ? world.adminA.id : world.coordinatorA.id),
          ),
        ),
    ];
    const settled = await Promise.allSettled(runs);
    for (const outcome of settled) {
      if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(Refusal);
    }
    const pairs = await assertIntegrity(cohortId);
    // Eight places in all, and every mentee fits some mentor: the board is full.
    expect(pairs).toHaveLength(8);
  });

  it("lets a second suggestion run wait for the first and then keep to what the first made", async () => {
    const world = await createMatchingWorld({ mentees: 5, mentorCapacities: [1, 1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const states = await Promise.all([suggestAllAction(cohortId, idleState, form()), suggestAllAction(cohortId, idleState, form())]);
    expect(states.every((state) => state.ok)).toBe(true);
    expect(await assertIntegrity(cohortId)).toHaveLength(3);
  });
});

describe("publishing while someone changes the board", () => {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("publishes exactly the proposals confirmed, or nothing, when two publishes race an unpair and a hand pair", async () => {
    for (let round = 0; round < 8; round++) {
      const world = await createMatchingWorld({ mentees: 3, mentorCapacities: [1, 1] });
      const cohortId = world.matching.cohort.id;
      const [first, second, third] = world.matching.mentees;
      const [one, two] = world.matching.mentors;
      await withCohortLock(cohortId, (tx) => pairByHand(tx, cohortId, first!.id, one!.id, world.coordinatorA.id));
      const taken = await withCohortLock(cohortId, (tx) => pairByHand(tx, cohortId, second!.id, two!.id, world.coordinatorA.id));
      const confirmedPairs = await openPairs(cohortId);
      const confirmed = await boardVersion(cohortId);

      // The administrator takes one pair apart and gives its mentor to the waiting mentee (the
      // number of proposals stays two), while both coordinators publish what they confirmed.
      const startAfter = (n: number) => pause((round * 3 + n * 5) % 7);
      const settled = await Promise.allSettled([
        (async () => {
          await startAfter(0);
          await withCohortLock(cohortId, (tx) => changeProposal(tx, cohortId, taken, "unpair", world.adminA.id));
          await withCohortLock(cohortId, (tx) => pairByHand(tx, cohortId, third!.id, two!.id, world.adminA.id));
        })(),
        startAfter(1).then(() => withCohortLock(cohortId, (tx) => publishProposals(tx, cohortId, world.coordinatorA.id, confirmed))),
        startAfter(2).then(() => withCohortLock(cohortId, (tx) => publishProposals(tx, cohortId, world.adminA.id, confirmed))),
      ]);
      for (const outcome of settled) {
        if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(Refusal);
      }
      const publishes = settled.slice(1).filter((outcome) => outcome.status === "fulfilled");
      expect(publishes.length).toBeLessThanOrEqual(1);

      await assertIntegrity(cohortId);
      const active = await db.pair.findMany({ where: { cohortId, status: "ACTIVE" } });
      // Either the two pairs confirmed went out, or none did.
      expect(active.map((pair) => pair.id).sort()).toEqual(publishes.length ? confirmedPairs.map((pair) => pair.id).sort() : []);
      const emails = await db.outboxEmail.findMany({ where: { template: "pairPublished" }, select: { userId: true } });
      const people = await db.participation.findMany({
        where: { id: { in: active.flatMap((pair) => [pair.menteeParticipationId, pair.mentorParticipationId]) } },
        select: { userId: true },
      });
      expect(emails.map((email) => email.userId).sort()).toEqual(people.map((person) => person.userId).sort());
      // The third mentee, paired after the confirmation, is never told of a pair.
      expect(emails.map((email) => email.userId)).not.toContain(third!.userId);
      await db.outboxEmail.deleteMany({});
    }
  });
});
