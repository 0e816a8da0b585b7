import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idleState } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { createDoorWorld } from "@/tests/factories/door-world";
import { actAs } from "@/tests/setup/acting";
import { changedTables, openFingerprints, type Fingerprints } from "@/tests/setup/database-fingerprint";
import {
  actionTableFile,
  answerOf,
  explains,
  findServerActions,
  outcomeOf,
  type ActionEntry,
  type FormFields,
  type FoundAction,
} from "./action-doors";
import { brokenCalls, mustBeRefused, realise, systematicCalls, type BrokenCall } from "./action-inputs";
import { actionTable } from "./action-table";

// Every server action, hundreds of broken inputs each, sent by the rightful person (signed out for
// the public forms) on one door world per action. Each must be answered, never thrown at: a
// refusal that says why (a message or a field error) and leaves every table as it was, or, for an
// input that is odd but harmless, the action's success (its state or its redirect). Only Next's
// redirect signal may be thrown. A plain form action answers nothing either way: a broken input
// must leave every table as it was. The inputs come from the action's valid call in the table.
//
// Each action has its own fixed seed, so a run is repeatable; FUZZ_SEED=<number> tries others.
// Every field and bound argument is first broken in each classic way, then random inputs follow:
// FUZZ_RUNS runs per action, 300 by default, which keeps the suite's time in bounds as actions are
// added (a deeper run before a release: FUZZ_RUNS=5000).

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const found = await findServerActions();
const report: string[] = [];

/** A number of the action's name, so each action gets inputs of its own. */
function seedOf(key: string): number {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  return [...key].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 7);
}

function call(action: FoundAction, entry: ActionEntry, one: BrokenCall, validBound: string[], validForm: FormFields) {
  const { bound, form } = realise(one, validBound, validForm);
  if (!entry.plainForm) return action.action(...bound, one.previousState ?? idleState, form);
  // A plain form action has no bound arguments to leave out: "noBound" calls it with nothing at all.
  return one.shape === "noBound" ? action.action() : action.action(form);
}

let fingerprints: Fingerprints;
beforeAll(async () => {
  fingerprints = await openFingerprints();
});

/**
 * Watches the database between calls. An input that may be accepted is checked on its own: what it
 * changed is allowed only when it was accepted. Inputs that must be refused are checked together,
 * every `batch` of them and before the next input that may be accepted: none of them may have
 * changed a row. A failure names the inputs of the batch.
 */
async function watcher(allowed: string[], batch = 25) {
  let baseline = await fingerprints.take();
  let pending: BrokenCall[] = [];
  const changedSince = async () => {
    const now = await fingerprints.take();
    const changed = changedTables(baseline, now).filter((table) => !allowed.includes(table));
    baseline = now;
    return changed;
  };
  const settle = async () => {
    const inputs = pending;
    pending = [];
    const changed = await changedSince();
    if (changed.length) throw new Error(`One of these refused inputs changed ${changed.join(", ")}: ${JSON.stringify(inputs)}`);
  };
  return {
    settle,
    refusedTogether: async (one: BrokenCall) => {
      pending.push(one);
      if (pending.length >= batch) await settle();
    },
    /** Runs an input that may be accepted; returns the tables it changed. */
    alone: async <T>(run: () => Promise<T>): Promise<{ result: T; changed: string[] }> => {
      await settle();
      const result = await run();
      return { result, changed: await changedSince() };
    },
  };
}

describe("broken inputs to every server action", () => {
  afterAll(async () => {
    await fingerprints.close();
    console.log(`${RUNS} broken inputs per action (seed ${process.env.FUZZ_SEED ?? "per action"}):\n${report.join("\n")}`);
  });

  it.each(found.map((action) => [action.key, action] as const))(
    "%s",
    async (key, action) => {
      const entry = actionTable[action.file]?.[action.name];
      if (!entry) throw new Error(`${key} has no entry in ${actionTableFile}.`);
      const started = performance.now();
      const world = await createDoorWorld(db);
      actAs(entry.rightful === "anyone" ? null : entry.rightful(world));
      const validBound = entry.bound?.(world) ?? [];
      const validForm = (await entry.form?.(world)) ?? {};
      const required = entry.required === "all" ? Object.keys(validForm) : (entry.required ?? []);
      const brokenFor = (one: BrokenCall) =>
        mustBeRefused(
          entry.plainForm && one.shape === "noBound" ? { ...one, shape: { notAForm: undefined } } : one,
          validBound,
          required,
          entry.checkboxes ?? [],
        );
      const database = await watcher(entry.mayChangeOnRefusal?.tables ?? []);
      const tally = { refused: 0, done: 0 };

      await fc.assert(
        fc.asyncProperty(brokenCalls(validBound, validForm), async (one) => {
          const attempt = () => answerOf(call(action, entry, one, validBound, validForm));
          if (brokenFor(one)) {
            const answer = await attempt();
            tally.refused += 1;
            if (!entry.plainForm) {
              expect(outcomeOf(entry, answer), "a broken input was accepted").toBe("refused");
              expect(explains("state" in answer ? answer.state : null), "the refusal says why").toBe(true);
            }
            await database.refusedTogether(one);
            return;
          }
          const { result: answer, changed } = await database.alone(attempt);
          const outcome = entry.plainForm ? "done" : outcomeOf(entry, answer);
          tally[outcome] += 1;
          if (outcome === "refused") {
            expect({ explained: explains("state" in answer ? answer.state : null), changed }).toEqual({ explained: true, changed: [] });
          }
        }),
        // Each field and bound argument broken in each classic way first, then random ones.
        { numRuns: RUNS, seed: seedOf(key), examples: systematicCalls(validBound, validForm).map((one) => [one] as [BrokenCall]) },
      );
      await database.settle();
      report.push(`  ${key}: ${tally.refused} refused, ${tally.done} accepted, ${Math.round(performance.now() - started)} ms`);
    },
    900_000,
  );
});
