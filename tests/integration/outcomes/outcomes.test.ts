import { afterEach, describe, expect, it } from "vitest";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { resetClock, setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { deleteOutcomeAction, recordOutcomeAction, updateOutcomeAction } from "@/lib/outcomes/outcome-actions";
import { getPairOutcomes } from "@/lib/outcomes/outcome-queries";
import { answerOf } from "@/tests/integration/doors/action-doors";
import { createWorld } from "@/tests/factories/world";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";

// Outcomes as the pair's two people record them: Tandem's judgement kept beside the mentee's own
// answer, the mentor's records marked, changes and removals audited, an ended pair read-only.

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

const jobStarted = (fields: Record<string, string> = {}) =>
  form({
    type: "JOB_STARTED",
    occurredOn: "2026-10-01",
    jobTitle: "Bolagsjurist",
    employer: "Vattenfall",
    occupationQuery: "juridik",
    occupationCode: "26",
    throughProgramme: "yes",
    qualified: "yes",
    note: "",
    ...fields,
  });

async function pairWithDegree(degree: string | null) {
  const world = await createWorld(db);
  const { pair, mentee } = world.a.pairs[0]!;
  await db.participation.update({ where: { id: mentee.id }, data: { educationDegree: degree } });
  return { world, pairId: pair.id, ...world.a.pairs[0]! };
}

afterEach(() => resetClock());

describe("recording an outcome", () => {
  it("keeps Tandem's judgement beside the mentee's answer, also where they differ", async () => {
    setClock(new Date("2026-11-01T10:00:00Z"));
    const { pairId, menteeUser } = await pairWithDegree("Juristexamen");
    actAs(menteeUser);
    expect(await answerOf(recordOutcomeAction(pairId, idleState, jobStarted()))).toEqual({ redirect: `/mentee/pairs/${pairId}` });
    // A paralegal's job (major group 3) is judged qualified; she answers that it does not match.
    await answerOf(
      recordOutcomeAction(pairId, idleState, jobStarted({ jobTitle: "Juristsekreterare", occupationCode: "33", qualified: "no" })),
    );
    // A job in a shop is not qualified; she agrees.
    await answerOf(
      recordOutcomeAction(pairId, idleState, jobStarted({ jobTitle: "Butiksbiträde", occupationCode: "52", qualified: "no" })),
    );

    const rows = await db.outcomeEvent.findMany({ where: { pairId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.occupationCode, row.qualifiedJudged, row.qualified, row.recordedByRole])).toEqual([
      ["26", true, true, "MENTEE"],
      ["33", true, false, "MENTEE"],
      ["52", false, false, "MENTEE"],
    ]);
    expect(await db.auditEntry.count({ where: { action: "outcome.create", subjectUserId: menteeUser.id } })).toBe(3);
  });

  it("makes no judgement when the mentee's education is not known", async () => {
    setClock(new Date("2026-11-01T10:00:00Z"));
    const { pairId, menteeUser } = await pairWithDegree(null);
    actAs(menteeUser);
    await answerOf(recordOutcomeAction(pairId, idleState, jobStarted()));
    expect(await db.outcomeEvent.findFirstOrThrow({ where: { pairId } })).toMatchObject({ qualifiedJudged: null, qualified: true });
  });

  it("marks what the mentor records for the mentee, and shows it to her so", async () => {
    setClock(new Date("2026-11-01T10:00:00Z"));
    const { pairId, mentorUser, menteeUser } = await pairWithDegree("MSc Economics");
    actAs(mentorUser);
    const interview = form({ type: "JOB_INTERVIEW", occurredOn: "2026-10-20", jobTitle: "Controller", employer: "SEB" });
    expect(await answerOf(recordOutcomeAction(pairId, idleState, interview))).toEqual({ redirect: `/mentor/pairs/${pairId}` });
    const row = await db.outcomeEvent.findFirstOrThrow({ where: { pairId } });
    expect(row).toMatchObject({ type: "JOB_INTERVIEW", recordedByRole: "MENTOR", recordedById: mentorUser.id, occupationCode: null });

    actAs(menteeUser);
    const seen = await getPairOutcomes((await getViewer())!, pairId, "MENTEE");
    expect(seen.outcomes).toEqual([expect.objectContaining({ id: row.id, recordedByRole: "MENTOR", jobTitle: "Controller" })]);
  });

  it("answers bad input next to its field in the reader's language, with what was typed", async () => {
    setClock(new Date("2026-11-01T10:00:00Z"));
    const { pairId, menteeUser } = await pairWithDegree("Juristexamen");
    actAs(menteeUser);
    useLocale("en");
    const future = await recordOutcomeAction(pairId, idleState, jobStarted({ occurredOn: "2026-11-02" }));
    expect(future).toMatchObject({ ok: false, fieldErrors: { occurredOn: [expect.stringContaining("in the future")] } });
    const missing = await recordOutcomeAction(pairId, idleState, jobStarted({ occupationCode: "", jobTitle: "" }));
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { jobTitle: ["Enter the job title."], occupationCode: [expect.stringContaining("Choose the occupation")] },
      values: { occupationQuery: "juridik", employer: "Vattenfall" },
    });
    useLocale("sv");
    const swedish = await recordOutcomeAction(pairId, idleState, jobStarted({ type: "" }));
    expect(swedish).toMatchObject({ fieldErrors: { type: ["Välj vad som hände."] } });
    expect(await db.outcomeEvent.count({ where: { pairId } })).toBe(0);
  });
});

describe("changing and removing an outcome", () => {
  it("lets either of the two change it, judges it again, and removes it only once asked", async () => {
    setClock(new Date("2026-11-01T10:00:00Z"));
    const { pairId, mentorUser, menteeUser } = await pairWithDegree("Juristexamen");
    actAs(menteeUser);
    await answerOf(recordOutcomeAction(pairId, idleState, jobStarted({ occupationCode: "52", qualified: "no" })));
    const { id } = await db.outcomeEvent.findFirstOrThrow({ where: { pairId } });

    actAs(mentorUser);
    expect(await answerOf(updateOutcomeAction(id, idleState, jobStarted({ occupationCode: "26" })))).toEqual({
      redirect: `/mentor/pairs/${pairId}`,
    });
    expect(await db.outcomeEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      occupationCode: "26",
      qualifiedJudged: true,
      recordedByRole: "MENTEE",
    });

    useLocale("en");
    const asked = await deleteOutcomeAction(id, idleState, form({}));
    expect(asked).toMatchObject({ ok: false, confirm: { proceed: "Yes, remove it" } });
    expect(await db.outcomeEvent.count({ where: { id } })).toBe(1);
    expect(await answerOf(deleteOutcomeAction(id, idleState, form({ confirmed: "yes" })))).toEqual({ redirect: `/mentor/pairs/${pairId}` });
    expect(await db.outcomeEvent.count({ where: { id } })).toBe(0);
    const audited = await db.auditEntry.findMany({ where: { entityId: id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(audited.map((entry) => entry.action)).toEqual(["outcome.create", "outcome.update", "outcome.delete"]);
  });
});

describe("who may record", () => {
  it("refuses another pair's people and the programme's own coordinator, and everyone once the pair has ended", async () => {
    setClock(new Date("2026-11-01T10:00:00Z"));
    const { world, pairId, menteeUser } = await pairWithDegree("Juristexamen");
    useLocale("en");
    for (const person of [world.a.pairs[1]!.menteeUser, world.a.pairs[1]!.mentorUser, world.coordinatorA, world.coordinatorB]) {
      actAs(person);
      expect(await recordOutcomeAction(pairId, idleState, jobStarted())).toMatchObject({ ok: false, message: expect.any(String) });
    }
    await db.pair.update({ where: { id: pairId }, data: { status: "ENDED", endedAs: "COHORT_CLOSED" } });
    actAs(menteeUser);
    expect(await recordOutcomeAction(pairId, idleState, jobStarted())).toMatchObject({ ok: false });
    expect(await db.outcomeEvent.count({ where: { pairId } })).toBe(0);
    // Still shown, read-only.
    expect(await getPairOutcomes((await getViewer())!, pairId, "MENTEE")).toMatchObject({ editable: false, outcomes: [] });
  });
});
