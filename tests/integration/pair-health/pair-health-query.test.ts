import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/session";
import { moveClock, now, setClock } from "@/lib/clock";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { compareAttention, healthOf } from "@/lib/pair-health/pair-health-rules";
import { getCohortHealth } from "@/lib/pair-health/pair-health-queries";
import { queryPairHealth, type PairHealthRow } from "@/lib/pair-health/pair-health-table";
import { actAs } from "@/tests/setup/acting";
import { createCohort } from "@/tests/factories/cohorts";
import { createMeeting } from "@/tests/factories/meetings";
import { createOutcomeEvent } from "@/tests/factories/outcomes";
import { createPair } from "@/tests/factories/pairs";
import { createParticipation } from "@/tests/factories/participations";
import { appointCoordinator, createProgramme } from "@/tests/factories/programmes";
import { createUser } from "@/tests/factories/users";

// Pair health as PostgreSQL computes it for a whole cohort in one query, held against the pure
// rules (lib/pair-health/pair-health-rules.ts) on pairs built to hit each rule, and as time passes.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const today = () => toStockholmParts(now()).date;
/** Noon (UTC) of the day `days` before the clock's today: a publishing time. */
const daysAgo = (days: number) => new Date(Date.parse(`${today()}T12:00:00Z`) - days * DAY);
const notFound = /NEXT_HTTP_ERROR_FALLBACK;404/;

async function cohortWorld() {
  setClock(new Date("2031-03-10T10:00:00Z"));
  const programme = await createProgramme(db, { meetingIntervalDays: 30 });
  const coordinator = await createUser(db, { name: "Health Coordinator" });
  await appointCoordinator(db, { programmeId: programme.id, userId: coordinator.id });
  const cohort = await createCohort(db, { programmeId: programme.id, status: "ACTIVE", startDate: daysAgo(100) });
  let n = 0;
  const pair = async (
    label: string,
    input: { publishedDaysAgo: number; status?: "ACTIVE" | "ENDED" | "PROPOSED"; endedDaysAgo?: number; cohortId?: string },
  ) => {
    n += 1;
    const cohortId = input.cohortId ?? cohort.id;
    const mentorUser = await createUser(db, { name: `Mentor ${label}` });
    const menteeUser = await createUser(db, { name: `Mentee ${label}` });
    const mentor = await createParticipation(db, { cohortId, role: "MENTOR", userId: mentorUser.id });
    const mentee = await createParticipation(db, { cohortId, role: "MENTEE", userId: menteeUser.id });
    const status = input.status ?? "ACTIVE";
    const made = await createPair(db, {
      mentor,
      mentee,
      status,
      publishedAt: status === "PROPOSED" ? null : daysAgo(input.publishedDaysAgo),
      endedAt: input.endedDaysAgo === undefined ? undefined : daysAgo(input.endedDaysAgo),
    });
    return { pair: made, mentorUser, menteeUser, n };
  };
  const meeting = (p: { pair: { id: string } }, heldDaysAgo: number, disputed = false) =>
    createMeeting(db, {
      pair: p.pair,
      heldOn: daysAgo(heldDaysAgo),
      confirmed: !disputed,
    }).then((made) =>
      disputed ? db.meeting.update({ where: { id: made.id }, data: { disputedAt: now(), disputeNote: "We did not meet." } }) : made,
    );

  const fresh = await pair("Fresh", { publishedDaysAgo: 10 });
  const silent = await pair("Silent", { publishedDaysAgo: 30 });
  const gap = await pair("Gap", { publishedDaysAgo: 100 });
  await meeting(gap, 90);
  await meeting(gap, 50);
  const disputed = await pair("Disputed", { publishedDaysAgo: 60 });
  await meeting(disputed, 40);
  await meeting(disputed, 10, true);
  const onlyDisputed = await pair("OnlyDisputed", { publishedDaysAgo: 25 });
  await meeting(onlyDisputed, 5, true);
  const steady = await pair("Steady", { publishedDaysAgo: 60 });
  await meeting(steady, 50);
  await meeting(steady, 20);
  // Logged, not yet confirmed: held all the same.
  await createMeeting(db, { pair: steady.pair, heldOn: daysAgo(20), confirmed: false });
  await createOutcomeEvent(db, { pairId: steady.pair.id, type: "JOB_INTERVIEW" });
  await createOutcomeEvent(db, { pairId: steady.pair.id, type: "JOB_INTERVIEW" });
  await createOutcomeEvent(db, { pairId: steady.pair.id, type: "USEFUL_REFERENCE" });
  const ended = await pair("Ended", { publishedDaysAgo: 100, status: "ENDED", endedDaysAgo: 40 });
  await meeting(ended, 95);
  const proposal = await pair("Proposal", { publishedDaysAgo: 0, status: "PROPOSED" });
  const elsewhere = await createCohort(db, { programmeId: programme.id, status: "ACTIVE" });
  const otherCohort = await pair("Elsewhere", { publishedDaysAgo: 40, cohortId: elsewhere.id });

  return { programme, coordinator, cohort, fresh, silent, gap, disputed, onlyDisputed, steady, ended, proposal, otherCohort };
}

/** The pure rules applied to the facts the query read. */
function byTheRules(row: PairHealthRow) {
  const health = healthOf({
    status: row.status,
    daysSincePublished: row.daysSincePublished,
    held: row.held,
    daysSinceLast: row.daysSinceLast,
    openDisputes: row.openDisputes,
    intervalDays: row.intervalDays,
  });
  return {
    flags: health.flags,
    expected: health.expected,
    behind: health.behind,
    attention: health.attention,
    daysWithout: health.daysWithout,
  };
}

const judged = (row: PairHealthRow) => ({
  flags: row.flags,
  expected: row.expected,
  behind: row.behind,
  attention: row.attention,
  daysWithout: row.daysWithout,
});

describe("pair health in SQL", () => {
  it("counts each published pair of the cohort, flags it and orders the cohort as the pure rules do", async () => {
    const w = await cohortWorld();
    const rows = await queryPairHealth(db, w.cohort.id, today());
    const byId = new Map(rows.map((row) => [row.id, row]));
    const row = (p: { pair: { id: string } }) => byId.get(p.pair.id)!;

    // Only this cohort's published pairs.
    expect(rows).toHaveLength(7);
    expect(byId.has(w.proposal.pair.id)).toBe(false);
    expect(byId.has(w.otherCohort.pair.id)).toBe(false);

    for (const one of rows) expect({ id: one.id, ...judged(one) }).toEqual({ id: one.id, ...byTheRules(one) });
    expect([...rows].sort(compareAttention).map((one) => one.id)).toEqual(rows.map((one) => one.id));

    expect(row(w.silent)).toMatchObject({
      flags: ["noFirstMeeting"],
      held: 0,
      logged: 0,
      daysSincePublished: 30,
      lastHeldOn: null,
      attention: 1,
    });
    expect(row(w.onlyDisputed)).toMatchObject({
      flags: ["noFirstMeeting", "openDispute"],
      logged: 1,
      confirmed: 0,
      held: 0,
      openDisputes: 1,
      lastHeldOn: null,
    });
    expect(row(w.gap)).toMatchObject({ flags: ["longGap"], held: 2, daysSinceLast: 50, expected: 3, behind: true, attention: 2 });
    // The disputed meeting is not the last one held: the one 40 days ago is, under six weeks.
    expect(row(w.disputed)).toMatchObject({ flags: ["openDispute"], held: 1, confirmed: 1, daysSinceLast: 40, expected: 2, behind: true });
    expect(row(w.steady)).toMatchObject({
      flags: [],
      logged: 3,
      confirmed: 2,
      held: 3,
      daysSinceLast: 20,
      expected: 2,
      behind: false,
      attention: 5,
      outcomes: { JOB_INTERVIEW: 2, USEFUL_REFERENCE: 1, JOB_OFFER: 0, JOB_STARTED: 0, INTRODUCTION: 0 },
    });
    expect(row(w.fresh)).toMatchObject({ flags: [], expected: 0, attention: 5, daysWithout: 10 });
    // Ended 40 days ago: counted up to that day, never flagged, last.
    expect(row(w.ended)).toMatchObject({
      status: "ENDED",
      flags: [],
      daysSincePublished: 60,
      daysSinceLast: 55,
      attention: 6,
      behind: false,
    });

    expect(rows.map((one) => one.menteeName)).toEqual([
      "Mentee Silent",
      "Mentee OnlyDisputed",
      "Mentee Gap",
      "Mentee Disputed",
      "Mentee Steady",
      "Mentee Fresh",
      "Mentee Ended",
    ]);
  });

  it("flags a pair once time passes: no first meeting after three weeks, a gap after six", async () => {
    const w = await cohortWorld();
    const flagsOf = async (p: { pair: { id: string } }) =>
      (await queryPairHealth(db, w.cohort.id, today())).find((row) => row.id === p.pair.id)!.flags;
    expect(await flagsOf(w.fresh)).toEqual([]);
    expect(await flagsOf(w.steady)).toEqual([]);

    moveClock(10 * DAY);
    expect(await flagsOf(w.fresh)).toEqual([]);
    // Twenty days after publishing until midnight in Stockholm (UTC+1 in March), three weeks after it.
    setClock(new Date("2031-03-20T22:30:00Z"));
    expect(await flagsOf(w.fresh)).toEqual([]);
    moveClock(HOUR);
    expect(await flagsOf(w.fresh)).toEqual(["noFirstMeeting"]);

    // The steady pair last met on 18 February: six weeks later it is not flagged yet, a day after it is.
    setClock(new Date("2031-04-01T12:00:00Z"));
    expect(await flagsOf(w.steady)).toEqual([]);
    moveClock(DAY);
    expect(await flagsOf(w.steady)).toEqual(["longGap"]);
    // The coordinator's page reads the same clock.
    actAs(w.coordinator);
    const health = await getCohortHealth((await getViewer())!, w.cohort.id);
    expect(health.running.find((row) => row.id === w.steady.pair.id)!.flags).toEqual(["longGap"]);
    expect(health.counts.longGap).toBe(3);
  });

  it("is the programme's coordinators' page only, and filters by flag", async () => {
    const w = await cohortWorld();
    actAs(w.coordinator);
    const viewer = (await getViewer())!;
    const all = await getCohortHealth(viewer, w.cohort.id);
    expect(all.runningTotal).toBe(6);
    expect(all.ended.map((row) => row.id)).toEqual([w.ended.pair.id]);
    expect(all.counts).toEqual({ noFirstMeeting: 2, longGap: 1, openDispute: 2, behind: 3 });
    const disputes = await getCohortHealth(viewer, w.cohort.id, { flag: "openDispute" });
    expect(disputes.running.map((row) => row.id)).toEqual([w.onlyDisputed.pair.id, w.disputed.pair.id]);
    expect(disputes.ended).toEqual([]);

    const other = await createProgramme(db);
    const stranger = await createUser(db, { name: "Other Coordinator" });
    await appointCoordinator(db, { programmeId: other.id, userId: stranger.id });
    for (const person of [stranger, w.steady.mentorUser, w.steady.menteeUser]) {
      actAs(person);
      await expect(getCohortHealth((await getViewer())!, w.cohort.id)).rejects.toThrow(notFound);
    }
    actAs(w.coordinator);
    await expect(getCohortHealth(viewer, "not-an-id")).rejects.toThrow(notFound);
    await expect(getCohortHealth(viewer, crypto.randomUUID())).rejects.toThrow(notFound);
  });
});
