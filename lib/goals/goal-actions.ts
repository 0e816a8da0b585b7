"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { now } from "@/lib/clock";
import { findOwnGoal } from "@/lib/goals/goal-access";
import {
  closeGoalSchema,
  goalFieldsFromForm,
  goalNoteFieldsFromForm,
  goalNoteSchema,
  goalSchema,
  moveGoalSchema,
} from "@/lib/goals/goal-schemas";
import { findOwnPairRoom, type PairRoom } from "@/lib/pairs/pair-room";
import { paths } from "@/lib/paths";

// A pair's goals, changed by its two people while the pair runs: set at the start or later, edited,
// followed with progress notes both read, closed as achieved or dropped, reopened, put in order.
// Each change is audited; a pair that ended (or whose cohort closed) keeps its goals as they were.

function refuseUnlessOpen(pair: PairRoom): void {
  if (!pair.open) throw new Refusal("goals.errors.pairEnded");
}

/** Both people's pages show the goals. */
function pairPages(pair: PairRoom, revalidate: (path: string) => void): void {
  revalidate(paths.pair("MENTOR", pair.id));
  revalidate(paths.pair("MENTEE", pair.id));
}

const auditOf = (pair: PairRoom, goalId: string) => ({
  entityType: "PairGoal",
  entityId: goalId,
  programmeId: pair.programmeId,
  subjectUserId: pair.menteeUserId,
});

export const addGoalAction = defineAction({
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => findOwnPairRoom(viewer, pairId),
  fields: goalSchema,
  read: goalFieldsFromForm,
  transaction: true,
  run: async ({ tx, t, input, resource: pair, audit, revalidate }) => {
    refuseUnlessOpen(pair);
    const last = await tx.pairGoal.aggregate({ where: { pairId: pair.id }, _max: { sortOrder: true } });
    const goal = await tx.pairGoal.create({
      data: { pairId: pair.id, title: input.title, description: input.description, sortOrder: (last._max.sortOrder ?? -1) + 1 },
    });
    await audit({ action: "goal.create", ...auditOf(pair, goal.id), details: { side: pair.side } });
    pairPages(pair, revalidate);
    return { ok: true, message: t("goals.added", { title: input.title }) };
  },
});

export const updateGoalAction = defineAction({
  bound: ["goalId"],
  authorize: (viewer, { goalId }) => findOwnGoal(viewer, goalId),
  fields: goalSchema,
  read: goalFieldsFromForm,
  transaction: true,
  run: async ({ tx, t, input, resource: goal, audit, revalidate }) => {
    refuseUnlessOpen(goal.pair);
    await tx.pairGoal.update({ where: { id: goal.id }, data: { title: input.title, description: input.description } });
    await audit({ action: "goal.update", ...auditOf(goal.pair, goal.id), details: { before: goal.title, after: input.title } });
    pairPages(goal.pair, revalidate);
    return { ok: true, message: t("goals.saved", { title: input.title }) };
  },
});

/** A progress note both people read; the first one puts an open goal in progress. */
export const addGoalNoteAction = defineAction({
  bound: ["goalId"],
  authorize: (viewer, { goalId }) => findOwnGoal(viewer, goalId),
  fields: goalNoteSchema,
  read: goalNoteFieldsFromForm,
  transaction: true,
  run: async ({ tx, t, viewer, input, resource: goal, audit, revalidate }) => {
    refuseUnlessOpen(goal.pair);
    const note = await tx.pairGoalNote.create({ data: { goalId: goal.id, authorId: viewer.id, text: input.text } });
    if (goal.status === "OPEN") await tx.pairGoal.update({ where: { id: goal.id }, data: { status: "IN_PROGRESS" } });
    await audit({ action: "goal.note", ...auditOf(goal.pair, goal.id), details: { noteId: note.id } });
    pairPages(goal.pair, revalidate);
    return { ok: true, message: t("goals.noteAdded") };
  },
});

/** Marks a goal achieved or dropped; it stays on the list, closed, and can be reopened. */
export const closeGoalAction = defineAction({
  bound: ["goalId"],
  authorize: (viewer, { goalId }) => findOwnGoal(viewer, goalId),
  fields: closeGoalSchema,
  messageOnly: true,
  transaction: true,
  run: async ({ tx, t, input, resource: goal, audit, revalidate }) => {
    refuseUnlessOpen(goal.pair);
    if (goal.status === "ACHIEVED" || goal.status === "DROPPED") throw new Refusal("goals.errors.alreadyClosed");
    await tx.pairGoal.update({ where: { id: goal.id }, data: { status: input.outcome, closedAt: now() } });
    await audit({ action: "goal.close", ...auditOf(goal.pair, goal.id), details: { status: input.outcome } });
    pairPages(goal.pair, revalidate);
    return { ok: true, message: t(input.outcome === "ACHIEVED" ? "goals.achieved" : "goals.dropped", { title: goal.title }) };
  },
});

/** Opens a closed goal again: in progress when it has notes, else open. */
export const reopenGoalAction = defineAction({
  bound: ["goalId"],
  authorize: (viewer, { goalId }) => findOwnGoal(viewer, goalId),
  transaction: true,
  run: async ({ tx, t, resource: goal, audit, revalidate }) => {
    refuseUnlessOpen(goal.pair);
    if (goal.status !== "ACHIEVED" && goal.status !== "DROPPED") throw new Refusal("goals.errors.notClosed");
    const notes = await tx.pairGoalNote.count({ where: { goalId: goal.id } });
    await tx.pairGoal.update({ where: { id: goal.id }, data: { status: notes ? "IN_PROGRESS" : "OPEN", closedAt: null } });
    await audit({ action: "goal.reopen", ...auditOf(goal.pair, goal.id) });
    pairPages(goal.pair, revalidate);
    return { ok: true, message: t("goals.reopened", { title: goal.title }) };
  },
});

/** Moves a goal one place up or down the pair's list; the first and last stay where they are. */
export const moveGoalAction = defineAction({
  bound: ["goalId"],
  authorize: (viewer, { goalId }) => findOwnGoal(viewer, goalId),
  fields: moveGoalSchema,
  messageOnly: true,
  transaction: true,
  run: async ({ tx, t, input, resource: goal, audit, revalidate }) => {
    refuseUnlessOpen(goal.pair);
    const goals = await tx.pairGoal.findMany({
      where: { pairId: goal.pair.id },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, sortOrder: true },
    });
    const from = goals.findIndex((one) => one.id === goal.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= goals.length) return { ok: true, message: t("goals.moved", { title: goal.title }) };
    const order = goals.map((one) => one.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [index, id] of order.entries()) {
      if (goals.find((one) => one.id === id)!.sortOrder !== index) await tx.pairGoal.update({ where: { id }, data: { sortOrder: index } });
    }
    await audit({ action: "goal.move", ...auditOf(goal.pair, goal.id), details: { direction: input.direction } });
    pairPages(goal.pair, revalidate);
    return { ok: true, message: t("goals.moved", { title: goal.title }) };
  },
});
