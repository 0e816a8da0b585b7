import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { saveAttendanceAction } from "@/lib/cohorts/attendance-actions";
import { changeCohortStatusAction, closeCohortAction, updateCohortAction } from "@/lib/cohorts/cohort-actions";
import { addJointSessionAction, removeJointSessionAction, updateJointSessionAction } from "@/lib/cohorts/joint-session-actions";
import { endPairAction } from "@/lib/pairs/pair-actions";
import { changeParticipationAction, updateParticipantProfileAction } from "@/lib/participants/participant-admin-actions";
import { updateOwnProfileAction } from "@/lib/participants/profile-actions";
import { actAs } from "@/tests/setup/acting";
import { createPair } from "@/tests/factories/pairs";
import { createParticipation } from "@/tests/factories/participations";
import { createWorld } from "@/tests/factories/world";

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

const closed = "Omgången är avslutad och kan inte ändras.";

describe("closing a cohort", () => {
  it("asks first, saying what will happen, and changes nothing until confirmed", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const answer = await closeCohortAction(world.a.cohort.id, idleState, new FormData());
    expect(answer).toMatchObject({ ok: false, confirm: { proceed: "Ja, avsluta omgången" } });
    expect(JSON.stringify(answer)).toContain("2 pågående par avslutas");
    expect(JSON.stringify(answer)).toContain("6 deltagare");
    expect((await db.cohort.findUniqueOrThrow({ where: { id: world.a.cohort.id } })).status).toBe("ACTIVE");
  });

  it("ends the running pairs as completed, completes the active participants, keeps the rest and audits it", async () => {
    const world = await createWorld(db);
    const cohortId = world.a.cohort.id;
    // A pair that ended early stays as it ended; a withdrawn participant stays withdrawn.
    const early = world.a.pairs[1]!.pair;
    await db.pair.update({
      where: { id: early.id },
      data: { status: "ENDED", endedAt: new Date(), endedAs: "EARLY", endReason: "Flyttade" },
    });
    const withdrawn = await createParticipation(db, { cohortId, role: "MENTEE", status: "WITHDRAWN" });
    await db.meeting.create({
      data: {
        pairId: world.a.pairs[0]!.pair.id,
        heldOn: new Date(),
        durationMinutes: 60,
        mode: "IN_PERSON",
        loggedById: world.a.pairs[0]!.mentorUser.id,
      },
    });

    actAs(world.coordinatorA);
    expect(await closeCohortAction(cohortId, idleState, formOf({ confirmed: "yes" }))).toMatchObject({
      ok: true,
      message: "Omgången är avslutad: 1 par avslutades, 6 deltagare har genomfört programmet.",
    });
    const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    expect(cohort.status).toBe("CLOSED");
    expect(cohort.closedAt).not.toBeNull();
    expect(await db.pair.findUniqueOrThrow({ where: { id: world.a.pairs[0]!.pair.id } })).toMatchObject({
      status: "ENDED",
      endedAs: "COHORT_CLOSED",
      endedAt: cohort.closedAt,
    });
    expect(await db.pair.findUniqueOrThrow({ where: { id: early.id } })).toMatchObject({ endedAs: "EARLY", endReason: "Flyttade" });
    // The proposal was never published: it is not a running pair and stays as it was.
    expect((await db.pair.findUniqueOrThrow({ where: { id: world.proposal.pair.id } })).status).toBe("PROPOSED");
    expect((await db.participation.findUniqueOrThrow({ where: { id: withdrawn.id } })).status).toBe("WITHDRAWN");
    expect(await db.participation.count({ where: { cohortId, status: "COMPLETED" } })).toBe(6);
    expect(await db.meeting.count({ where: { pairId: world.a.pairs[0]!.pair.id } })).toBe(1);
    expect(await db.jointSession.count({ where: { cohortId } })).toBe(3);
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: "cohort.close", entityId: cohortId } })).toMatchObject({
      actorId: world.coordinatorA.id,
      details: { pairsEnded: 1, participantsCompleted: 6 },
    });

    // Closed is final: closing again is refused.
    expect(await closeCohortAction(cohortId, idleState, formOf({ confirmed: "yes" }))).toMatchObject({ ok: false, message: closed });
  });

  it("is not done through the status buttons, and only a running cohort closes", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    expect(await changeCohortStatusAction(world.a.cohort.id, idleState, formOf({ status: "CLOSED" }))).toMatchObject({ ok: false });
    const matching = await db.cohort.update({ where: { id: world.a.cohort.id }, data: { status: "MATCHING" } });
    expect(await closeCohortAction(matching.id, idleState, formOf({ confirmed: "yes" }))).toMatchObject({
      ok: false,
      message: "Bara en pågående omgång kan avslutas.",
    });
    expect((await db.cohort.findUniqueOrThrow({ where: { id: matching.id } })).status).toBe("MATCHING");
  });

  it("is refused to another programme's coordinator, a participant and anyone signed out", async () => {
    const world = await createWorld(db);
    for (const user of [world.coordinatorB, world.a.pairs[0]!.mentorUser, null]) {
      actAs(user);
      expect(await closeCohortAction(world.a.cohort.id, idleState, formOf({ confirmed: "yes" }))).toMatchObject({ ok: false });
    }
    expect((await db.cohort.findUniqueOrThrow({ where: { id: world.a.cohort.id } })).status).toBe("ACTIVE");
  });

  it("leaves the cohort read-only: every change to it, its sessions, pairs and participants is refused", async () => {
    const world = await createWorld(db);
    const cohortId = world.a.cohort.id;
    const session = world.a.cohort.sessions[0]!;
    // A second running pair to try ending after the close would have ended it: make one on a fresh mentee.
    const spare = await createPair(db, {
      mentor: await createParticipation(db, { cohortId, role: "MENTOR" }),
      mentee: await createParticipation(db, { cohortId, role: "MENTEE" }),
    });
    actAs(world.coordinatorA);
    expect(await closeCohortAction(cohortId, idleState, formOf({ confirmed: "yes" }))).toMatchObject({ ok: true });
    const before = await db.cohort.findUniqueOrThrow({ where: { id: cohortId } });

    const sessionForm = formOf({ title: "Ny", date: "2031-01-01", startTime: "17:00", endTime: "19:00", location: "", description: "" });
    const attempts: Array<[string, () => Promise<unknown>]> = [
      [
        "update the cohort",
        () => updateCohortAction(cohortId, idleState, formOf({ name: "Nytt namn", startDate: "2031-01-01", defaultMentorCapacity: "1" })),
      ],
      ["edit a session", () => updateJointSessionAction(session.id, idleState, sessionForm)],
      ["add a session", () => addJointSessionAction(cohortId, idleState, sessionForm)],
      ["remove a session", () => removeJointSessionAction(session.id, idleState, formOf({ confirmed: "yes" }))],
      [
        "mark attendance",
        () => saveAttendanceAction(session.id, idleState, formOf({ [`attendance.${world.a.pairs[0]!.mentee.id}`]: "PRESENT" })),
      ],
      ["end a pair", () => endPairAction(spare.id, idleState, formOf({ reason: "Testar", confirmed: "yes" }))],
      [
        "withdraw a participant",
        () =>
          changeParticipationAction(
            world.a.pairs[0]!.mentee.id,
            idleState,
            formOf({ intent: "withdraw", reason: "Testar", confirmed: "yes" }),
          ),
      ],
    ];
    for (const [what, attempt] of attempts) {
      expect({ what, answer: await attempt() }).toMatchObject({ what, answer: { ok: false } });
    }
    // A profile kept as the reports saw it, by the coordinator and by its person.
    const profile = formOf({ name: "Nytt namn", fieldKey: "economics", meetingPreference: "REMOTE", city: "Uppsala" });
    expect(await updateParticipantProfileAction(world.a.pairs[0]!.mentee.id, idleState, profile)).toMatchObject({ ok: false });
    actAs(world.a.pairs[0]!.menteeUser);
    expect(await updateOwnProfileAction(world.a.pairs[0]!.mentee.id, idleState, profile)).toMatchObject({ ok: false });

    expect(await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).toEqual(before);
    expect(await db.jointSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ title: session.title });
    expect(await db.jointSession.count({ where: { cohortId } })).toBe(3);
    expect(await db.sessionAttendance.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await db.participation.count({ where: { cohortId, status: "WITHDRAWN" } })).toBe(0);
  });
});
