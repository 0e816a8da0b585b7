import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { suggestAllAction } from "@/lib/matching-board/board-actions";
import { getMentorChoices } from "@/lib/matching-board/board-queries";
import { chooseMentorAction, endPairAction } from "@/lib/pairs/pair-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createPair } from "@/tests/factories/pairs";
import { createMatchingWorld, form } from "@/tests/integration/matching/matching-fixtures";

// A running cohort: one pair ends early and its mentee gets a new mentor from the ranked
// replacements, published at once. Nothing else on the board changes while the cohort runs.

async function runningCohort() {
  const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1, 1], status: "ACTIVE" });
  const [first, second] = world.matching.mentees;
  const [mentorOne, mentorTwo] = world.matching.mentors;
  const ending = await createPair(db, { mentor: mentorOne!, mentee: first!, status: "ACTIVE" });
  await createPair(db, { mentor: mentorTwo!, mentee: second!, status: "ACTIVE" });
  return { world, ending, mentee: first!, mentors: world.matching.mentors };
}

describe("ending a pair early and replacing the mentor", () => {
  it("ends the pair with a reason, ranks the mentors with room (not the earlier one), and publishes the new pair with emails", async () => {
    const { world, ending, mentee, mentors } = await runningCohort();
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;

    expect(await endPairAction(ending.id, idleState, form({ reason: "  " }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Write why the pair ends."] },
    });
    expect(await endPairAction(ending.id, idleState, form({ reason: "The mentor moved abroad." }))).toMatchObject({ ok: true });
    expect(await db.pair.findUniqueOrThrow({ where: { id: ending.id } })).toMatchObject({
      status: "ENDED",
      endReason: "The mentor moved abroad.",
    });
    // Both are told, in their language, without the reason.
    const ended = await db.outboxEmail.findMany({ where: { template: "pairEnded" } });
    expect(ended).toHaveLength(2);
    expect(ended.every((email) => !email.bodyText.includes("abroad"))).toBe(true);
    const toMentee = ended.find((email) => email.userId === mentee.userId)!;
    expect(toMentee.bodyText).toMatch(toMentee.locale === "en" ? /looking for a new mentor/ : /letar efter en ny mentor/);

    const found = await getMentorChoices((await getViewer())!, cohortId, mentee.id, "Removed person");
    expect(found).toMatchObject({ mode: "replace" });
    // Mentor 1 was the partner, mentor 2 is full: only mentor 3 is left.
    expect(found!.choices!.map((choice) => choice.mentorId)).toEqual([mentors[2]!.id]);

    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: mentee.id, mentorId: mentors[0]!.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("cannot be chosen"),
    });
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: mentee.id, mentorId: mentors[2]!.id }))).toEqual({
      ok: true,
      message: "The new mentor is chosen and the pair is published. Both have been emailed.",
    });
    const replacement = await db.pair.findFirstOrThrow({ where: { menteeParticipationId: mentee.id, status: "ACTIVE" } });
    expect(replacement).toMatchObject({ mentorParticipationId: mentors[2]!.id, source: "MANUAL", publishedAt: expect.any(Date) });
    expect(await db.outboxEmail.count({ where: { template: "pairPublished" } })).toBe(2);
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: mentee.id, mentorId: mentors[2]!.id }))).toMatchObject({
      ok: false,
      message: "The mentee already has a mentor.",
    });
  });

  it("refuses another programme's coordinator and a participant, and refuses ending or replacing outside a running cohort", async () => {
    const { world, ending, mentee, mentors } = await runningCohort();
    useLocale("en");
    const cohortId = world.matching.cohort.id;
    actAs(world.coordinatorB);
    expect(await endPairAction(ending.id, idleState, form({ reason: "No reason" }))).toMatchObject({ ok: false });
    actAs({ id: mentors[0]!.userId! });
    expect(await endPairAction(ending.id, idleState, form({ reason: "No reason" }))).toMatchObject({ ok: false });
    actAs(null);
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: mentee.id, mentorId: mentors[2]!.id }))).toMatchObject({
      ok: false,
    });
    expect(await db.pair.findUniqueOrThrow({ where: { id: ending.id } })).toMatchObject({ status: "ACTIVE" });

    // While the cohort runs, the board's other changes are closed.
    actAs(world.coordinatorA);
    expect(await suggestAllAction(cohortId, idleState, form())).toMatchObject({
      ok: false,
      message: expect.stringContaining("not Matching"),
    });
    // A mentee whose pair still runs gets no second mentor.
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: mentee.id, mentorId: mentors[2]!.id }))).toMatchObject({
      ok: false,
      message: "The mentee already has a mentor.",
    });
    // Nor does anyone once the cohort has closed.
    await db.cohort.update({ where: { id: cohortId }, data: { status: "CLOSED" } });
    expect(
      await chooseMentorAction(cohortId, idleState, form({ menteeId: world.matching.mentees[1]!.id, mentorId: mentors[2]!.id })),
    ).toMatchObject({
      ok: false,
    });

    // And ending and replacing are closed while it is being matched.
    await db.cohort.update({ where: { id: cohortId }, data: { status: "MATCHING" } });
    expect(await endPairAction(ending.id, idleState, form({ reason: "Too early" }))).toMatchObject({
      ok: false,
      message: "The cohort is not running, so its pairs cannot be changed here.",
    });
    expect(await db.pair.findUniqueOrThrow({ where: { id: ending.id } })).toMatchObject({ status: "ACTIVE" });
  });
});
