import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { findOwnPair } from "@/lib/auth/access";
import { changeCohortStatusAction } from "@/lib/cohorts/cohort-actions";
import { getViewer, requireViewer } from "@/lib/auth/session";
import {
  changeProposalAction,
  removeExclusionAction,
  saveMatchingSettingsAction,
  suggestAllAction,
} from "@/lib/matching-board/board-actions";
import { getMatchingBoard, getMentorChoices } from "@/lib/matching-board/board-queries";
import { chooseMentorAction, publishMatchingAction } from "@/lib/pairs/pair-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createMatchingWorld, form, openPairs, publishForm } from "./matching-fixtures";

describe("suggesting for the whole cohort", () => {
  it("fills the board with scored, explained proposals, and leaves no trace for participants", async () => {
    const world = await createMatchingWorld({ mentees: 4, mentorCapacities: [2, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const state = await suggestAllAction(world.matching.cohort.id, idleState, form());
    expect(state).toEqual({ ok: true, message: "3 new proposals, 0 kept. 1 mentee got no mentor." });

    const pairs = await openPairs(world.matching.cohort.id);
    expect(pairs).toHaveLength(3);
    expect(pairs.every((pair) => pair.status === "PROPOSED" && pair.source === "SUGGESTED" && pair.acceptedAt === null)).toBe(true);
    expect(pairs.every((pair) => typeof pair.score === "number" && pair.score > 0)).toBe(true);
    expect((pairs[0]!.explanation as { criteria: unknown[] }).criteria.length).toBeGreaterThan(0);
    // Mentor 1 (capacity 2) takes two, mentor 2 one.
    const perMentor = new Map<string, number>();
    for (const pair of pairs) perMentor.set(pair.mentorParticipationId, (perMentor.get(pair.mentorParticipationId) ?? 0) + 1);
    expect(perMentor.get(world.matching.mentors[0]!.id)).toBe(2);
    expect(perMentor.get(world.matching.mentors[1]!.id)).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "matching.suggest", entityId: world.matching.cohort.id } })).toBe(1);

    // The board shows them, with the mentee left waiting; a field the programme lacks shows everyone.
    const board = await getMatchingBoard(
      (await getViewer())!,
      world.matching.cohort.id,
      { fieldKey: "no-such-field", page: 1 },
      "Removed person",
    );
    expect(board).toMatchObject({ fieldKey: null, listed: "PROPOSED", proposalCount: 3, pageCount: 1 });
    expect(board.summary).toEqual({ waiting: 1, listed: 3, published: 0, mentorsWithRoom: 0 });
    expect(board.proposals).toHaveLength(3);
    expect(board.waitingMentees).toHaveLength(1);
    expect(board.mentorsWithRoom).toEqual([]);

    // A proposed mentee does not reach the pair.
    const mentee = await db.participation.findUniqueOrThrow({ where: { id: pairs[0]!.menteeParticipationId } });
    actAs({ id: mentee.userId! });
    expect(await findOwnPair((await getViewer())!, pairs[0]!.id)).toBeNull();
  });

  it("refuses a coordinator of another programme, a participant and someone signed out, and changes nothing", async () => {
    const world = await createMatchingWorld();
    useLocale("en");
    const cohortId = world.matching.cohort.id;
    actAs(world.coordinatorB);
    expect(await suggestAllAction(cohortId, idleState, form())).toMatchObject({
      ok: false,
      message: "This does not exist, or you do not have access to it.",
    });
    actAs({ id: world.matching.mentors[0]!.userId! });
    expect(await suggestAllAction(cohortId, idleState, form())).toMatchObject({
      ok: false,
      message: "This does not exist, or you do not have access to it.",
    });
    actAs(null);
    expect(await suggestAllAction(cohortId, idleState, form())).toMatchObject({
      ok: false,
      message: "You are no longer signed in. Sign in and try again.",
    });
    expect(await suggestAllAction("not-an-id", idleState, form())).toMatchObject({ ok: false });
    expect(await openPairs(cohortId)).toHaveLength(0);

    // The board's pages are not found for them either; someone signed out is sent to sign in first.
    const mentee = world.matching.mentees[0]!;
    for (const who of [world.coordinatorB, { id: world.matching.mentors[0]!.userId! }]) {
      actAs(who);
      const viewer = (await getViewer())!;
      await expect(getMatchingBoard(viewer, cohortId, { fieldKey: null, page: 1 }, "Removed person")).rejects.toThrow(
        /NEXT_HTTP_ERROR_FALLBACK;404/,
      );
      await expect(getMentorChoices(viewer, cohortId, mentee.id, "Removed person")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    actAs(null);
    await expect(requireViewer()).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("refuses while the cohort is recruiting or active, and the administrator of the organisation may match", async () => {
    const world = await createMatchingWorld({ status: "ACTIVE" });
    useLocale("sv");
    actAs(world.coordinatorA);
    expect(await suggestAllAction(world.matching.cohort.id, idleState, form())).toMatchObject({
      ok: false,
      message: "Omgången har inte status Matchning, så tavlan kan inte ändras.",
    });
    expect(await openPairs(world.matching.cohort.id)).toHaveLength(0);
    await db.cohort.update({ where: { id: world.matching.cohort.id }, data: { status: "MATCHING" } });
    actAs(world.adminA);
    expect(await suggestAllAction(world.matching.cohort.id, idleState, form())).toMatchObject({ ok: true });
  });
});

describe("reviewing proposals", () => {
  it("keeps accepted and locked proposals when suggesting again, and never suggests a rejected or excluded pair again", async () => {
    const world = await createMatchingWorld({ mentees: 4, mentorCapacities: [1, 1, 1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    await suggestAllAction(cohortId, idleState, form());
    const [first, second, third, fourth] = await openPairs(cohortId);

    expect(await changeProposalAction(world.matching.cohort.id, first!.id, idleState, form({ intent: "accept" }))).toMatchObject({
      ok: true,
    });
    expect(await changeProposalAction(world.matching.cohort.id, second!.id, idleState, form({ intent: "lock" }))).toEqual({
      ok: true,
      message: "The proposal is locked.",
    });
    expect(await changeProposalAction(world.matching.cohort.id, third!.id, idleState, form({ intent: "reject" }))).toMatchObject({
      ok: true,
    });
    expect(await changeProposalAction(world.matching.cohort.id, fourth!.id, idleState, form({ intent: "exclude" }))).toMatchObject({
      ok: true,
    });
    // A locked proposal cannot be taken apart until unlocked.
    expect(await changeProposalAction(world.matching.cohort.id, second!.id, idleState, form({ intent: "unpair" }))).toMatchObject({
      ok: false,
      message: "The proposal is locked. Unlock it first.",
    });

    expect(await suggestAllAction(cohortId, idleState, form())).toMatchObject({ ok: true, message: expect.stringContaining("2 kept") });
    const after = await openPairs(cohortId);
    expect(after.map((pair) => pair.id)).toEqual(expect.arrayContaining([first!.id, second!.id]));
    const key = (pair: { mentorParticipationId: string; menteeParticipationId: string }) =>
      `${pair.mentorParticipationId}:${pair.menteeParticipationId}`;
    expect(after.map(key)).not.toContain(key(third!));
    expect(after.map(key)).not.toContain(key(fourth!));
    const exclusions = await db.matchExclusion.findMany({ where: { cohortId }, orderBy: { kind: "asc" } });
    expect(exclusions.map((exclusion) => exclusion.kind)).toEqual(["EXCLUDED", "REJECTED"]);

    // Undoing a rejection lets the pair be suggested again.
    const rejected = exclusions.find((exclusion) => exclusion.kind === "REJECTED")!;
    expect(await removeExclusionAction(world.matching.cohort.id, rejected.id, idleState, form())).toMatchObject({ ok: true });
    expect(await db.matchExclusion.count({ where: { cohortId } })).toBe(1);
  });

  it("says what is wrong with an unknown button, a missing swap partner, and a proposal of another programme", async () => {
    const world = await createMatchingWorld();
    useLocale("en");
    actAs(world.coordinatorA);
    await suggestAllAction(world.matching.cohort.id, idleState, form());
    const [pair] = await openPairs(world.matching.cohort.id);
    expect(await changeProposalAction(world.matching.cohort.id, pair!.id, idleState, form({ intent: "delete-everything" }))).toMatchObject({
      ok: false,
    });
    expect(await changeProposalAction(world.matching.cohort.id, pair!.id, idleState, form({ intent: "swap", swapWith: "" }))).toMatchObject(
      {
        ok: false,
        message: "Choose the proposal to swap mentors with.",
      },
    );
    actAs(world.coordinatorB);
    expect(await changeProposalAction(world.matching.cohort.id, pair!.id, idleState, form({ intent: "accept" }))).toMatchObject({
      ok: false,
    });
    expect((await db.pair.findUniqueOrThrow({ where: { id: pair!.id } })).acceptedAt).toBeNull();
    // The published pair of programme A's running cohort is not on any board.
    actAs(world.coordinatorA);
    expect(
      await changeProposalAction(world.matching.cohort.id, world.a.pairs[0]!.pair.id, idleState, form({ intent: "unpair" })),
    ).toMatchObject({ ok: false });
    expect(await db.pair.findUniqueOrThrow({ where: { id: world.a.pairs[0]!.pair.id } })).toMatchObject({ status: "ACTIVE" });
  });

  it("answers a card whose proposal was replaced or unpaired a moment ago that it is gone, and keeps the cohort answer for strangers", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    await suggestAllAction(cohortId, idleState, form());
    const [replaced, unpaired] = await openPairs(cohortId);
    await changeProposalAction(cohortId, unpaired!.id, idleState, form({ intent: "accept" }));
    expect(await changeProposalAction(cohortId, unpaired!.id, idleState, form({ intent: "unpair" }))).toMatchObject({ ok: true });
    // Suggesting again replaces the proposal the card still shows, for the one who ran it too.
    await suggestAllAction(cohortId, idleState, form());
    const gone = "This proposal no longer exists; the board is up to date. Someone else may have changed it.";
    for (const [pair, intent] of [
      [replaced!, "accept"],
      [replaced!, "lock"],
      [unpaired!, "reject"],
    ] as const) {
      expect(await changeProposalAction(cohortId, pair.id, idleState, form({ intent }))).toMatchObject({ ok: false, message: gone });
    }
    const [current] = await openPairs(cohortId);
    expect(await changeProposalAction(cohortId, current!.id, idleState, form({ intent: "swap", swapWith: replaced!.id }))).toMatchObject({
      ok: false,
      message: gone,
    });
    // An exclusion undone by someone else is gone too.
    await changeProposalAction(cohortId, current!.id, idleState, form({ intent: "exclude" }));
    const exclusion = await db.matchExclusion.findFirstOrThrow({ where: { cohortId } });
    expect(await removeExclusionAction(cohortId, exclusion.id, idleState, form())).toMatchObject({ ok: true });
    expect(await removeExclusionAction(cohortId, exclusion.id, idleState, form())).toMatchObject({
      ok: false,
      message: "The exclusion no longer exists. Someone else may have undone it; the board is up to date.",
    });
    // The cohort's answer is for those who may not match it.
    actAs(world.coordinatorB);
    expect(await changeProposalAction(cohortId, replaced!.id, idleState, form({ intent: "accept" }))).toMatchObject({
      ok: false,
      message: "This does not exist, or you do not have access to it.",
    });
  });

  it("shows the two new pairs of a swap with their scores and explanations before it is made, then swaps the mentors", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1] });
    actAs(world.coordinatorA);
    await suggestAllAction(world.matching.cohort.id, idleState, form());
    const [a, b] = await openPairs(world.matching.cohort.id);
    const viewer = (await getViewer())!;
    const board = await getMatchingBoard(
      viewer,
      world.matching.cohort.id,
      { fieldKey: null, page: 1, swap: { pairId: a!.id, withId: b!.id } },
      "Removed",
    );
    expect(board.swapPreview).toMatchObject({ pairId: a!.id, withId: b!.id, was: [a!.score, b!.score] });
    const previewed = board.swapPreview!.pairs;
    expect(previewed.map((pair) => [pair.menteeId, pair.mentorId])).toEqual([
      [a!.menteeParticipationId, b!.mentorParticipationId],
      [b!.menteeParticipationId, a!.mentorParticipationId],
    ]);
    expect(previewed.every((pair) => pair.explanation.criteria.length > 0 && !pair.refused)).toBe(true);
    // Nothing changes until the swap is confirmed.
    expect((await openPairs(world.matching.cohort.id)).map((pair) => pair.id)).toEqual([a!.id, b!.id]);
    expect(await changeProposalAction(world.matching.cohort.id, a!.id, idleState, form({ intent: "swap", swapWith: b!.id }))).toMatchObject(
      { ok: true },
    );
    const after = await openPairs(world.matching.cohort.id);
    expect(after.map((pair) => `${pair.menteeParticipationId}:${pair.mentorParticipationId}`).sort()).toEqual(
      [`${a!.menteeParticipationId}:${b!.mentorParticipationId}`, `${b!.menteeParticipationId}:${a!.mentorParticipationId}`].sort(),
    );
    expect(after.every((pair) => pair.source === "MANUAL" && pair.acceptedAt !== null && pair.score !== null)).toBe(true);
    // The scores made are the scores shown.
    expect(after.map((pair) => pair.score).sort()).toEqual(previewed.map((pair) => pair.score).sort());
    // A preview of proposals that are gone is no preview.
    const stale = await getMatchingBoard(
      viewer,
      world.matching.cohort.id,
      { fieldKey: null, page: 1, swap: { pairId: a!.id, withId: b!.id } },
      "R",
    );
    expect(stale.swapPreview).toBeNull();
  });
});

describe("pairing by hand", () => {
  it("ranks every mentor for a waiting mentee and pairs with the chosen one, but not with a full mentor or an excluded pair", async () => {
    const world = await createMatchingWorld({ mentees: 3, mentorCapacities: [1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const [first, second, third] = world.matching.mentees;
    const [mentorOne, mentorTwo] = world.matching.mentors;

    const viewer = (await getViewer())!;
    const choices = await getMentorChoices(viewer, cohortId, first!.id, "Removed person");
    expect(choices!.choices!.map((choice) => choice.mentorId)).toEqual([mentorOne!.id, mentorTwo!.id]);
    expect(choices!.choices![0]!.score).toBeGreaterThan(choices!.choices![1]!.score);

    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: first!.id, mentorId: mentorOne!.id }))).toEqual({
      ok: true,
      message: "The pair is made.",
    });
    expect(await getMentorChoices(viewer, cohortId, first!.id, "Removed person")).toMatchObject({ choices: null });
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: second!.id, mentorId: mentorOne!.id }))).toMatchObject({
      ok: false,
      message: "The mentor has no places left.",
    });
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: first!.id, mentorId: mentorTwo!.id }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("already has a pair"),
    });
    await db.matchExclusion.create({ data: { cohortId, mentorParticipationId: mentorTwo!.id, menteeParticipationId: third!.id } });
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: third!.id, mentorId: mentorTwo!.id }))).toMatchObject({
      ok: false,
      message: "These two may not be paired in this cohort.",
    });
    expect(await chooseMentorAction(cohortId, idleState, form({ menteeId: third!.id, mentorId: "" }))).toMatchObject({
      ok: false,
      message: "Choose a mentor.",
    });
    // A mentor of another cohort is not in this one.
    expect(
      await chooseMentorAction(cohortId, idleState, form({ menteeId: second!.id, mentorId: world.a.pairs[0]!.mentor.id })),
    ).toMatchObject({ ok: false, message: "That person is not in the cohort." });

    const made = await openPairs(cohortId);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ source: "MANUAL", menteeParticipationId: first!.id, mentorParticipationId: mentorOne!.id });
  });
});

describe("pairing by hand against a rule", () => {
  it("asks for each broken rule to be confirmed, marks the pair, counts it for publishing, and never offers an excluded mentor", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const [first, second] = world.matching.mentees;
    const [mentorOne, mentorTwo, mentorThree] = world.matching.mentors;
    // The first mentee works where the second mentor does; the third mentor is excluded for them.
    await db.participation.update({ where: { id: first!.id }, data: { employer: "Employer 2" } });
    await db.matchExclusion.create({ data: { cohortId, mentorParticipationId: mentorThree!.id, menteeParticipationId: first!.id } });

    const viewer = (await getViewer())!;
    const found = await getMentorChoices(viewer, cohortId, first!.id, "Removed person");
    expect(found!.choices!.map((choice) => [choice.mentorId, choice.toConfirm])).toEqual([
      [mentorOne!.id, []],
      [mentorTwo!.id, ["differentEmployer"]],
    ]);

    const pair = { menteeId: first!.id, mentorId: mentorTwo!.id };
    expect(await chooseMentorAction(cohortId, idleState, form(pair))).toMatchObject({
      ok: false,
      message: "The pair breaks a rule that was not confirmed. The list is up to date; choose the mentor again to pair them anyway.",
    });
    expect(await openPairs(cohortId)).toHaveLength(0);
    expect(await chooseMentorAction(cohortId, idleState, form({ ...pair, breaks: "differentEmployer" }))).toMatchObject({ ok: true });
    const [made] = await openPairs(cohortId);
    expect((made!.explanation as { brokenRules: string[] }).brokenRules).toEqual(["differentEmployer"]);
    await chooseMentorAction(cohortId, idleState, form({ menteeId: second!.id, mentorId: mentorOne!.id }));

    const board = await getMatchingBoard(viewer, cohortId, { fieldKey: null, page: 1 }, "Removed person");
    expect(board.toPublish).toMatchObject({ count: 2, breakingRules: 1 });
    expect(board.proposals.find((proposal) => proposal.id === made!.id)!.explanation!.brokenRules).toEqual(["differentEmployer"]);
  });
});

describe("the criteria", () => {
  it("saves weights, rules and the minimum score, and the next run uses them; bad values are named by field", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const fields = {
      "weight-industry": "10",
      "weight-goals": "0",
      "weight-location": "0",
      "weight-experience": "0",
      "weight-wishes": "0",
      "weight-language": "0",
      "weight-field": "0",
      "rule-sameField": "on",
      "rule-sharedLanguage": "on",
      minimumScore: "60",
    };
    const bad = await saveMatchingSettingsAction(cohortId, idleState, form({ ...fields, "weight-goals": "11", minimumScore: "x" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { "weight-goals": [expect.any(String)], minimumScore: [expect.any(String)] } });
    expect(bad.ok === false && bad.values?.["weight-goals"]).toBe("11");
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).minMatchScore).toBe(0);

    expect(await saveMatchingSettingsAction(cohortId, idleState, form(fields))).toMatchObject({ ok: true });
    const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    expect(cohort.minMatchScore).toBe(60);
    expect(cohort.matchingSettings).toMatchObject({
      weights: { industry: 10, goals: 0 },
      rules: { differentEmployer: false, sameField: true },
    });

    // Only industry counts now, and only mentor 1 shares one: the other mentee is left without.
    expect(await suggestAllAction(cohortId, idleState, form())).toMatchObject({
      ok: true,
      message: expect.stringContaining("1 new proposal"),
    });
    const [pair] = await openPairs(cohortId);
    expect(pair).toMatchObject({ mentorParticipationId: world.matching.mentors[0]!.id, score: 100 });

    actAs(world.coordinatorB);
    expect(await saveMatchingSettingsAction(cohortId, idleState, form(fields))).toMatchObject({ ok: false });
  });
});

describe("what the board no longer allows once things have changed", () => {
  it("will not start the cohort while proposals are unpublished", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    await suggestAllAction(cohortId, idleState, form());
    const start = new FormData();
    start.set("status", "ACTIVE");
    expect(await changeCohortStatusAction(cohortId, idleState, start)).toMatchObject({
      ok: false,
      message: "2 proposals are not published. Publish or remove them under Matching before the cohort starts.",
    });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).status).toBe("MATCHING");
    await publishMatchingAction(cohortId, idleState, await publishForm(cohortId));
    expect(await changeCohortStatusAction(cohortId, idleState, start)).toMatchObject({ ok: true });
  });

  it("does not publish a mentor over a capacity lowered since, nor pair by hand against the avoid list", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [2, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const [first, second] = world.matching.mentees;
    const [roomy, other] = world.matching.mentors;
    await chooseMentorAction(cohortId, idleState, form({ menteeId: first!.id, mentorId: roomy!.id }));
    await chooseMentorAction(cohortId, idleState, form({ menteeId: second!.id, mentorId: roomy!.id }));
    await db.participation.update({ where: { id: roomy!.id }, data: { mentorCapacity: 1 } });
    expect(await publishMatchingAction(cohortId, idleState, await publishForm(cohortId))).toMatchObject({
      ok: false,
      message: expect.stringContaining("more proposals than places"),
    });
    expect(await db.pair.count({ where: { cohortId, status: "ACTIVE" } })).toBe(0);

    // The avoid list holds also by hand (it counts where the cohort takes wishes).
    const [proposal] = await openPairs(cohortId);
    await changeProposalAction(world.matching.cohort.id, proposal!.id, idleState, form({ intent: "unpair" }));
    await db.cohort.update({ where: { id: cohortId }, data: { menteeWishesEnabled: true } });
    await db.menteeWish.create({
      data: { menteeParticipationId: proposal!.menteeParticipationId, mentorParticipationId: other!.id, kind: "AVOID" },
    });
    expect(
      await chooseMentorAction(cohortId, idleState, form({ menteeId: proposal!.menteeParticipationId, mentorId: other!.id })),
    ).toMatchObject({
      ok: false,
      message: "The mentee has marked this mentor as rather not.",
    });
  });

  it("refuses a swap with someone who has left, and drops their kept proposal when suggesting again", async () => {
    const world = await createMatchingWorld({ mentees: 3, mentorCapacities: [1, 1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    await suggestAllAction(cohortId, idleState, form());
    const [a, b] = await openPairs(cohortId);
    await changeProposalAction(world.matching.cohort.id, b!.id, idleState, form({ intent: "accept" }));
    await db.participation.update({ where: { id: b!.mentorParticipationId }, data: { status: "WITHDRAWN" } });

    expect(await changeProposalAction(world.matching.cohort.id, a!.id, idleState, form({ intent: "swap", swapWith: b!.id }))).toMatchObject(
      {
        ok: false,
        message: "That person is not in the cohort.",
      },
    );
    expect(await suggestAllAction(cohortId, idleState, form())).toMatchObject({ ok: true });
    const after = await openPairs(cohortId);
    expect(after.map((pair) => pair.mentorParticipationId)).not.toContain(b!.mentorParticipationId);
    expect(after.map((pair) => pair.menteeParticipationId)).toContain(b!.menteeParticipationId);
  });
});
