import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDoorWorld, type DoorWorld } from "@/tests/factories/door-world";
import { actAs } from "@/tests/setup/acting";
import { changedTables, openFingerprints, type Fingerprints } from "@/tests/setup/database-fingerprint";
import {
  actionTableFile,
  answerOf,
  callAction,
  findServerActions,
  refusals,
  toFormData,
  type ActionEntry,
  type FoundAction,
  type Person,
} from "./action-doors";
import { actionTable } from "./action-table";

// The authorization matrix of the server actions: every export of every "use server" module,
// called with the rightful person's bound ids and form by someone signed out, by a participant of
// another pair and by a coordinator of another programme, then by the rightful person. The others
// get the one signed-out or not-found answer and change no row; the rightful person succeeds.
// Public forms ("anyone") succeed for everyone; an action on one's own account succeeds for
// everyone signed in, on their own account. The table (./action-table.ts) is the input; an
// action found in the code without an entry fails here, named.

const found = await findServerActions();
const entryOf = (action: FoundAction): ActionEntry | undefined => actionTable[action.file]?.[action.name];

type Visitor = { label: string; person: (world: DoorWorld) => Person | null; answer: string };

function visitors(entry: ActionEntry): Visitor[] {
  return [
    { label: "someone signed out", person: () => null, answer: refusals.signedOut },
    {
      label: "a participant of another pair",
      person: entry.otherParticipant ?? ((world) => world.a.pairs[1]!.mentorUser),
      answer: refusals.notFound,
    },
    { label: "a coordinator of another programme", person: (world) => world.coordinatorB, answer: refusals.notFound },
  ];
}

async function call(action: FoundAction, entry: ActionEntry, world: DoorWorld, bound = entry.bound, form = entry.form) {
  return answerOf(callAction(action, entry, bound?.(world) ?? [], toFormData((await form?.(world)) ?? {})));
}

let fingerprints: Fingerprints;
beforeAll(async () => {
  fingerprints = await openFingerprints();
});
afterAll(() => fingerprints.close());

/** The answer and the tables it changed. */
async function tried(attempt: () => Promise<unknown>) {
  const before = await fingerprints.take();
  const answer = await attempt();
  return { answer, changed: changedTables(before, await fingerprints.take()) };
}

describe("the authorization matrix of the server actions", () => {
  it("finds the app's actions, and the table has an entry for each and none for an action that is gone", () => {
    expect(found.length).toBeGreaterThan(20);
    const keys = new Set(found.map((action) => action.key));
    const missing = found.filter((action) => !entryOf(action)).map((action) => action.key);
    const stale = Object.entries(actionTable)
      .flatMap(([file, entries]) => Object.keys(entries).map((name) => `${file} ${name}`))
      .filter((key) => !keys.has(key));
    expect(missing, `server actions without an entry in ${actionTableFile}`).toEqual([]);
    expect(stale, `entries in ${actionTableFile} for actions that no longer exist`).toEqual([]);
  });

  it.each(found.map((action) => [action.key, action] as const))("%s", async (_key, action) => {
    const entry = entryOf(action);
    if (!entry) throw new Error(`${action.key} has no entry in ${actionTableFile}: say who may call it and what success looks like.`);

    if (entry.rightful === "anyone") {
      // A public form: the same success for everyone, each on a world of their own.
      for (const visitor of visitors(entry)) {
        const world = await createDoorWorld(db);
        const person = visitor.person(world);
        actAs(person);
        await entry.succeeded(await call(action, entry, world), world, person);
      }
      return;
    }

    const world = await createDoorWorld(db);
    for (const visitor of visitors(entry)) {
      const person = visitor.person(world);
      actAs(person);
      if (entry.ownAccount && person) {
        // Their own account is theirs to act on; the check is that it was theirs that changed.
        await entry.succeeded(await call(action, entry, world), world, person);
        continue;
      }
      const { answer, changed } = await tried(() => call(action, entry, world));
      expect({ who: visitor.label, answer, changed }).toMatchObject({
        who: visitor.label,
        answer: { state: { message: visitor.answer } },
        changed: [],
      });
    }
    for (const smuggled of entry.smuggled ?? []) {
      actAs(smuggled.who(world));
      const { answer, changed } = await tried(() => call(action, entry, world, smuggled.bound, smuggled.form));
      expect({ why: smuggled.why, answer, changed }).toMatchObject({ why: smuggled.why, answer: { state: { ok: false } }, changed: [] });
    }
    const person = entry.rightful(world);
    actAs(person);
    await entry.succeeded(await call(action, entry, world), world, person);
  });
});
