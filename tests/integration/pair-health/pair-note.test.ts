import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { savePairNoteAction } from "@/lib/pair-health/pair-health-actions";
import { getCohortHealth } from "@/lib/pair-health/pair-health-queries";
import { PAIR_NOTE_LIMIT } from "@/lib/pair-health/pair-health-schemas";
import { getPairDetail } from "@/lib/pairs/pair-queries";
import { listMyCohorts, listMyParticipations } from "@/lib/participants/participant-queries";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createMeeting } from "@/tests/factories/meetings";
import { createWorld } from "@/tests/factories/world";
import { sourceFiles } from "@/tests/integration/architecture/source-files";

// The note a coordinator keeps on a pair: the programme's coordinators write and read it; the pair
// itself never sees it, on any page or in any payload, and cannot write it.

/** The language the code under test reads in (as the locale cookie would say). */
const readingIn = useLocale;

const NOTE = "Spoke to the mentor on the phone: the mentee is ill, they meet again after Easter.";
const root = path.resolve(import.meta.dirname, "../../..");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

async function viewerFor(user: { id: string }) {
  actAs(user);
  return (await getViewer())!;
}

describe("the coordinator's note on a pair", () => {
  it("is written, changed and removed by the programme's coordinator, audited, and shown on the health page", async () => {
    useLocale("en");
    const world = await createWorld(db);
    const { pair } = world.a.pairs[0]!;
    actAs(world.coordinatorA);
    expect(await savePairNoteAction(pair.id, idleState, form({ note: `  ${NOTE}  ` }))).toEqual({
      ok: true,
      message: "The note is saved.",
    });
    const health = await getCohortHealth(await viewerFor(world.coordinatorA), world.a.cohort.id);
    expect(health.running.find((row) => row.id === pair.id)!.note).toMatchObject({ text: NOTE, updatedBy: "Coordinator A" });

    expect(await savePairNoteAction(pair.id, idleState, form({ note: "They met again." }))).toMatchObject({ ok: true });
    expect((await db.pairCoordinatorNote.findUniqueOrThrow({ where: { pairId: pair.id } })).text).toBe("They met again.");
    expect(await savePairNoteAction(pair.id, idleState, form({ note: "" }))).toEqual({ ok: true, message: "The note is removed." });
    expect(await db.pairCoordinatorNote.count()).toBe(0);
    const audited = await db.auditEntry.findMany({
      where: { entityId: pair.id },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, actorId: true },
    });
    expect(audited).toEqual([
      { action: "pair.note_save", actorId: world.coordinatorA.id },
      { action: "pair.note_save", actorId: world.coordinatorA.id },
      { action: "pair.note_remove", actorId: world.coordinatorA.id },
    ]);
  });

  it("refuses a note over its limit next to the field, with the text kept", async () => {
    useLocale("en");
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const long = "x".repeat(PAIR_NOTE_LIMIT + 1);
    const answer = await savePairNoteAction(world.a.pairs[0]!.pair.id, idleState, form({ note: long }));
    expect(answer).toMatchObject({ ok: false, values: { note: long } });
    expect(answer.ok ? [] : answer.fieldErrors?.note).toEqual([`The text has 2,001 characters. It can have at most 2,000.`]);
    expect(await db.pairCoordinatorNote.count()).toBe(0);
  });

  it("cannot be written by the pair's mentor or mentee, another programme's coordinator, or on a proposal, nor changed once the cohort closed", async () => {
    useLocale("en");
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    for (const person of [mentorUser, menteeUser, world.coordinatorB]) {
      actAs(person);
      expect(await savePairNoteAction(pair.id, idleState, form({ note: NOTE }))).toMatchObject({ ok: false, message: en.actions.notFound });
    }
    actAs(world.coordinatorA);
    expect(await savePairNoteAction(world.proposal.pair.id, idleState, form({ note: NOTE }))).toMatchObject({
      ok: false,
      message: en.actions.notFound,
    });
    await db.cohort.update({ where: { id: world.a.cohort.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(await savePairNoteAction(pair.id, idleState, form({ note: NOTE }))).toMatchObject({
      ok: false,
      message: "The cohort is closed: its notes can no longer be changed.",
    });
    expect(await db.pairCoordinatorNote.count()).toBe(0);
  });

  it("never reaches the pair: not on their pair page, their homes or their account, in any language", async () => {
    const world = await createWorld(db);
    const { pair, mentorUser, menteeUser } = world.a.pairs[0]!;
    await createMeeting(db, { pair });
    actAs(world.coordinatorA);
    expect(await savePairNoteAction(pair.id, idleState, form({ note: NOTE }))).toMatchObject({ ok: true });

    for (const locale of ["sv", "en"] as const) {
      readingIn(locale);
      const asMentor = await viewerFor(mentorUser);
      const asMentee = await viewerFor(menteeUser);
      const payloads = [
        await getPairDetail(asMentor, pair.id, "MENTOR"),
        await getPairDetail(asMentee, pair.id, "MENTEE"),
        await listMyParticipations(asMentor, "MENTOR"),
        await listMyParticipations(asMentee, "MENTEE"),
        await listMyCohorts(asMentor),
        await listMyCohorts(asMentee),
      ];
      // Each payload is the pair's (it names the pair or its cohort), and none carries the note.
      for (const payload of payloads) {
        const text = JSON.stringify(payload);
        expect(text).toContain(world.a.cohort.name);
        expect(text).not.toContain("meetings again after Easter");
      }
    }
  });

  it("is read only by the pair-health room, whose reads are for coordinators", () => {
    // A new reader of the note belongs here only once it is certain to be a coordinator's.
    const readers = sourceFiles(root, ["app", "components", "lib"]).filter((file) =>
      /coordinatorNote/i.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(readers).toEqual(["lib/pair-health/pair-health-actions.ts", "lib/pair-health/pair-health-table.ts"]);
  });
});
