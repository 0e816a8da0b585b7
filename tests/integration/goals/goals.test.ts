import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { setClock } from "@/lib/clock";
import {
  addGoalAction,
  addGoalNoteAction,
  closeGoalAction,
  moveGoalAction,
  reopenGoalAction,
  updateGoalAction,
} from "@/lib/goals/goal-actions";
import { listPairGoals } from "@/lib/goals/goal-queries";
import { actAs } from "@/tests/setup/acting";
import { createPairGoal } from "@/tests/factories/pairs";
import { createWorld } from "@/tests/factories/world";

// A pair's goals: either of its two people sets them, follows them with notes both read, closes
// and reopens them and puts them in order, while the pair runs; the programme's coordinators read
// them; nobody else finds them.

const notFound = /NEXT_HTTP_ERROR_FALLBACK;404/;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

async function viewerFor(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

const failed = (state: ActionState) => (state.ok ? null : state);

describe("a pair's goals", () => {
  it("are set by the mentee, followed by the mentor's note and marked achieved, and both read the same list", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;

    actAs(menteeUser);
    expect(await addGoalAction(pair.id, idleState, form({ title: "  Get an interview  ", description: "" }))).toMatchObject({ ok: true });
    const [goal] = await db.pairGoal.findMany({ where: { pairId: pair.id } });
    expect(goal).toMatchObject({ title: "Get an interview", description: null, status: "OPEN", closedAt: null });

    setClock(new Date("2026-11-02T09:00:00Z"));
    actAs(mentorUser);
    expect(await addGoalNoteAction(goal!.id, idleState, form({ text: "We practised the questions." }))).toMatchObject({ ok: true });
    expect(await closeGoalAction(goal!.id, idleState, form({ outcome: "ACHIEVED" }))).toMatchObject({ ok: true });

    for (const user of [menteeUser, mentorUser]) {
      const seen = await listPairGoals(await viewerFor(user), pair.id);
      expect(seen.canChange).toBe(true);
      expect(seen.goals).toMatchObject([
        {
          title: "Get an interview",
          status: "ACHIEVED",
          notes: [{ text: "We practised the questions.", authorName: mentorUser.name, authorSide: "MENTOR" }],
        },
      ]);
    }
    // Closed at the time of the clock, which went on from where the test set it.
    const { closedAt } = await db.pairGoal.findUniqueOrThrow({ where: { id: goal!.id } });
    expect(closedAt!.getTime() - new Date("2026-11-02T09:00:00Z").getTime()).toBeGreaterThanOrEqual(0);
    expect(closedAt!.getTime() - new Date("2026-11-02T09:00:00Z").getTime()).toBeLessThan(60_000);
    const audited = await db.auditEntry.findMany({ where: { entityId: goal!.id }, orderBy: { id: "asc" } });
    expect(audited.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["goal.create", menteeUser.id],
      ["goal.note", mentorUser.id],
      ["goal.close", mentorUser.id],
    ]);
    expect(audited.every((entry) => entry.programmeId === world.programmeA.id)).toBe(true);

    // Reopened, it is in progress again, since it has a note; a second close is refused while closed.
    actAs(menteeUser);
    expect(await closeGoalAction(goal!.id, idleState, form({ outcome: "DROPPED" }))).toMatchObject({ ok: false });
    expect(await reopenGoalAction(goal!.id, idleState, form({}))).toMatchObject({ ok: true });
    expect(await db.pairGoal.findUniqueOrThrow({ where: { id: goal!.id } })).toMatchObject({ status: "IN_PROGRESS", closedAt: null });
    expect(await reopenGoalAction(goal!.id, idleState, form({}))).toMatchObject({ ok: false });
  });

  it("answers bad input next to the field and keeps what was typed", async () => {
    const world = await createWorld(db);
    const { pair, menteeUser } = world.a.pairs[0]!;
    actAs(menteeUser);

    const empty = failed(await addGoalAction(pair.id, idleState, form({ title: "   ", description: "Something" })));
    expect(empty?.fieldErrors?.title).toEqual([expect.stringMatching(/\S/)]);
    expect(empty?.values).toMatchObject({ description: "Something" });

    const long = "x".repeat(201);
    const tooLong = failed(await addGoalAction(pair.id, idleState, form({ title: long, description: "" })));
    expect(tooLong?.fieldErrors?.title?.[0]).toMatch(/201/);
    expect(tooLong?.values?.title).toBe(long);

    const goal = await createPairGoal(db, { pairId: pair.id });
    const noNote = failed(await addGoalNoteAction(goal.id, idleState, form({ text: "" })));
    expect(noNote?.fieldErrors?.text).toHaveLength(1);
    expect(await closeGoalAction(goal.id, idleState, form({ outcome: "FORGOTTEN" }))).toMatchObject({ ok: false });
    expect(await db.pairGoal.count({ where: { pairId: pair.id } })).toBe(1);
    expect(await db.pairGoalNote.count()).toBe(0);
  });

  it("keep the order the pair gives them", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser } = world.a.pairs[0]!;
    actAs(mentorUser);
    for (const title of ["First", "Second", "Third"]) await addGoalAction(pair.id, idleState, form({ title, description: "" }));
    const titles = async () => (await listPairGoals(await viewerFor(mentorUser), pair.id)).goals.map((goal) => goal.title);
    expect(await titles()).toEqual(["First", "Second", "Third"]);

    const third = await db.pairGoal.findFirstOrThrow({ where: { pairId: pair.id, title: "Third" } });
    expect(await moveGoalAction(third.id, idleState, form({ direction: "up" }))).toMatchObject({ ok: true });
    expect(await titles()).toEqual(["First", "Third", "Second"]);
    const first = await db.pairGoal.findFirstOrThrow({ where: { pairId: pair.id, title: "First" } });
    // The first goal cannot go higher: nothing moves.
    expect(await moveGoalAction(first.id, idleState, form({ direction: "up" }))).toMatchObject({ ok: true });
    expect(await moveGoalAction(first.id, idleState, form({ direction: "down" }))).toMatchObject({ ok: true });
    expect(await titles()).toEqual(["Third", "First", "Second"]);

    expect(await updateGoalAction(first.id, idleState, form({ title: "First, sharper", description: "By March" }))).toMatchObject({
      ok: true,
    });
    expect(await db.pairGoal.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      title: "First, sharper",
      description: "By March",
    });
  });

  it("are read by the programme's coordinators but changed by nobody outside the pair", async () => {
    const world = await createWorld(db);
    const { pair } = world.a.pairs[0]!;
    const goal = await createPairGoal(db, { pairId: pair.id, title: "Shared goal" });

    const coordinator = await listPairGoals(await viewerFor(world.coordinatorA), pair.id);
    expect(coordinator).toMatchObject({ canChange: false, goals: [{ title: "Shared goal" }] });
    expect(await addGoalAction(pair.id, idleState, form({ title: "Coordinator's goal", description: "" }))).toMatchObject({ ok: false });
    expect(await closeGoalAction(goal.id, idleState, form({ outcome: "DROPPED" }))).toMatchObject({ ok: false });

    for (const stranger of [world.coordinatorB, world.a.pairs[1]!.menteeUser, world.b.pairs[0]!.mentorUser]) {
      await expect(listPairGoals(await viewerFor(stranger), pair.id)).rejects.toThrow(notFound);
      expect(await addGoalNoteAction(goal.id, idleState, form({ text: "Not mine" }))).toMatchObject({ ok: false });
    }
    // A proposal's people do not see it as a pair yet.
    await expect(listPairGoals(await viewerFor(world.proposal.menteeUser), world.proposal.pair.id)).rejects.toThrow(notFound);
    await expect(listPairGoals(await viewerFor(world.coordinatorA), "not-an-id")).rejects.toThrow(notFound);
    expect(await db.pairGoal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({ status: "OPEN" });
    expect(await db.pairGoalNote.count()).toBe(0);
  });

  it("stay as they were once the pair has ended or its cohort has closed, for both to read", async () => {
    const world = await createWorld(db);
    const ended = world.a.pairs[0]!;
    const closedCohortPair = world.a.pairs[1]!;
    await db.pair.update({ where: { id: ended.pair.id }, data: { status: "ENDED", endedAt: new Date(), endedAs: "EARLY" } });
    await db.cohort.update({ where: { id: world.a.cohort.id }, data: { closedAt: new Date() } });
    const goal = await createPairGoal(db, { pairId: ended.pair.id, title: "Kept goal" });

    for (const { pair, menteeUser, mentorUser } of [ended, closedCohortPair]) {
      actAs(menteeUser);
      const refused = failed(await addGoalAction(pair.id, idleState, form({ title: "Too late", description: "" })));
      expect(refused?.message).toMatch(/\S/);
      expect(await db.pairGoal.count({ where: { pairId: pair.id, title: "Too late" } })).toBe(0);
      expect((await listPairGoals(await viewerFor(mentorUser), pair.id)).canChange).toBe(false);
    }
    actAs(ended.mentorUser);
    expect(await addGoalNoteAction(goal.id, idleState, form({ text: "Late note" }))).toMatchObject({ ok: false });
    expect(await closeGoalAction(goal.id, idleState, form({ outcome: "ACHIEVED" }))).toMatchObject({ ok: false });
    expect((await listPairGoals(await viewerFor(ended.menteeUser), ended.pair.id)).goals).toMatchObject([
      { title: "Kept goal", status: "OPEN" },
    ]);
  });
});
