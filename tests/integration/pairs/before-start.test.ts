import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { getMatchingBoard, getMentorChoices } from "@/lib/matching-board/board-queries";
import { chooseMentorAction, publishMatchingAction, unpublishPairAction } from "@/lib/pairs/pair-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createMatchingWorld, form, openPairs, publishForm } from "@/tests/integration/matching/matching-fixtures";

// Pairs published while the cohort is still being matched stay on the board until it starts: the
// coordinator can take one back (a proposal again) or give its mentee another mentor, and both
// people hear of it.

async function publishedBeforeStart() {
  const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1, 1] });
  actAs(world.coordinatorA);
  const cohortId = world.matching.cohort.id;
  const [first, second] = world.matching.mentees;
  const [one, two] = world.matching.mentors;
  await chooseMentorAction(cohortId, idleState, form({ menteeId: first!.id, mentorId: one!.id }));
  await chooseMentorAction(cohortId, idleState, form({ menteeId: second!.id, mentorId: two!.id }));
  expect(await publishMatchingAction(cohortId, idleState, await publishForm(cohortId))).toMatchObject({ ok: true });
  const [firstPair, secondPair] = await openPairs(cohortId);
  return { world, cohortId, firstPair: firstPair!, secondPair: secondPair! };
}

const emailsTo = (template: string, userId: string | null) => db.outboxEmail.count({ where: { template, userId } });

describe("published pairs before the cohort starts", () => {
  it("are listed on the board, and one taken back becomes a proposal again, is announced as withdrawn, and is announced again when published", async () => {
    useLocale("en");
    const { world, cohortId, firstPair } = await publishedBeforeStart();
    const viewer = (await getViewer())!;
    const board = await getMatchingBoard(viewer, cohortId, { fieldKey: null, page: 1 }, "Removed");
    expect(board.publishedBeforeStart.map((pair) => pair.id).sort()).toEqual((await openPairs(cohortId)).map((pair) => pair.id).sort());

    expect(await unpublishPairAction(cohortId, firstPair.id, idleState, form())).toEqual({
      ok: true,
      message: "The pair is taken back and is a proposal again. Both have been emailed.",
    });
    expect(await db.pair.findUniqueOrThrow({ where: { id: firstPair.id } })).toMatchObject({ status: "PROPOSED", publishedAt: null });
    const [mentee, mentor] = await db.participation.findMany({
      where: { id: { in: [firstPair.menteeParticipationId, firstPair.mentorParticipationId] } },
      orderBy: { role: "desc" },
    });
    expect(await emailsTo("pairWithdrawn", mentee!.userId)).toBe(1);
    expect(await emailsTo("pairWithdrawn", mentor!.userId)).toBe(1);
    // Taken back twice is refused in words.
    expect(await unpublishPairAction(cohortId, firstPair.id, idleState, form())).toMatchObject({
      ok: false,
      message: "The pair is not published, or it has already ended.",
    });

    expect(await publishMatchingAction(cohortId, idleState, await publishForm(cohortId))).toMatchObject({ ok: true });
    expect(await emailsTo("pairPublished", mentee!.userId)).toBe(2);
    // Once the cohort runs, the pair is ended instead.
    await db.cohort.update({ where: { id: cohortId }, data: { status: "ACTIVE" } });
    expect(await unpublishPairAction(cohortId, firstPair.id, idleState, form())).toMatchObject({ ok: false });
    actAs(world.coordinatorB);
    await db.cohort.update({ where: { id: cohortId }, data: { status: "MATCHING" } });
    expect(await unpublishPairAction(cohortId, firstPair.id, idleState, form())).toMatchObject({
      ok: false,
      message: "This does not exist, or you do not have access to it.",
    });
  });

  it("give a published pair's mentee another mentor from the ranked replacements, ending the old pair and telling all three", async () => {
    useLocale("en");
    const { world, cohortId, secondPair } = await publishedBeforeStart();
    const viewer = (await getViewer())!;
    const three = world.matching.mentors[2]!;
    // Without naming the published pair, the page says who the mentor is.
    expect(await getMentorChoices(viewer, cohortId, secondPair.menteeParticipationId, "Removed")).toMatchObject({
      choices: null,
      partner: { name: "Mentor 2", published: true },
    });
    const found = await getMentorChoices(viewer, cohortId, secondPair.menteeParticipationId, "Removed", secondPair.id);
    expect(found).toMatchObject({ mode: "replace", replacing: { pairId: secondPair.id, mentorName: "Mentor 2" } });
    // The mentor with room, not the one being replaced nor the full one.
    expect(found!.choices!.map((choice) => choice.mentorId)).toEqual([three.id]);

    const choose = { menteeId: secondPair.menteeParticipationId, mentorId: three.id, replacing: secondPair.id };
    expect(await chooseMentorAction(cohortId, idleState, form(choose))).toEqual({
      ok: true,
      message: "The new mentor is chosen and the pair is published. Both have been emailed.",
    });
    expect(await db.pair.findUniqueOrThrow({ where: { id: secondPair.id } })).toMatchObject({ status: "ENDED" });
    const current = await db.pair.findFirstOrThrow({
      where: { menteeParticipationId: secondPair.menteeParticipationId, status: "ACTIVE" },
    });
    expect(current.mentorParticipationId).toBe(three.id);
    const oldMentor = world.matching.mentors[1]!;
    expect(await emailsTo("pairWithdrawn", oldMentor.userId)).toBe(1);
    expect(await emailsTo("pairPublished", three.userId)).toBe(1);
    // The same choice again finds the pair already replaced.
    expect(await chooseMentorAction(cohortId, idleState, form(choose))).toMatchObject({
      ok: false,
      message: "The pair is not published, or it has already ended.",
    });
  });
});
