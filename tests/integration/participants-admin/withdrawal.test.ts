import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { changeParticipationAction } from "@/lib/participants/participant-admin-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createPair } from "@/tests/factories/pairs";
import { createMatchingWorld, form } from "@/tests/integration/matching/matching-fixtures";

describe("withdrawing a participant", () => {
  it("marks them withdrawn, takes their proposals off the board, ends their running pair and tells the partner", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [2], status: "ACTIVE" });
    const [running, proposed] = world.matching.mentees;
    const [mentor] = world.matching.mentors;
    const pair = await createPair(db, { mentor: mentor!, mentee: running!, status: "ACTIVE" });
    const proposal = await createPair(db, { mentor: mentor!, mentee: proposed!, status: "PROPOSED" });
    useLocale("en");
    actAs(world.coordinatorA);

    expect(await changeParticipationAction(mentor!.id, idleState, form({ intent: "withdraw", reason: " " }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Write why the person leaves the cohort."] },
    });
    expect(await changeParticipationAction(mentor!.id, idleState, form({ intent: "withdraw", reason: "Moved to another city." }))).toEqual({
      ok: true,
      message: "The participation has ended.",
    });
    expect((await db.participation.findUniqueOrThrow({ where: { id: mentor!.id } })).status).toBe("WITHDRAWN");
    expect(await db.pair.findUnique({ where: { id: proposal.id } })).toBeNull();
    expect(await db.pair.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({
      status: "ENDED",
      endReason: "Moved to another city.",
    });
    const told = await db.outboxEmail.findMany({ where: { template: "pairEnded" } });
    expect(told.map((email) => email.userId).sort()).toEqual([mentor!.userId, running!.userId].sort());
    expect(await db.auditEntry.count({ where: { action: "participant.withdraw", entityId: mentor!.id } })).toBe(1);

    // A second press changes nothing; taking them back makes them active, without their old pair.
    expect(await changeParticipationAction(mentor!.id, idleState, form({ intent: "withdraw", reason: "Again" }))).toMatchObject({
      ok: false,
    });
    expect(await changeParticipationAction(mentor!.id, idleState, form({ intent: "reinstate" }))).toEqual({
      ok: true,
      message: "The person is in the cohort again.",
    });
    expect((await db.participation.findUniqueOrThrow({ where: { id: mentor!.id } })).status).toBe("ACTIVE");
    expect((await db.pair.findUniqueOrThrow({ where: { id: pair.id } })).status).toBe("ENDED");
  });

  it("refuses a coordinator of another programme, the participant themself, someone signed out, and a closed cohort", async () => {
    const world = await createMatchingWorld({ mentees: 1, mentorCapacities: [1] });
    const [mentee] = world.matching.mentees;
    const withdraw = form({ intent: "withdraw", reason: "No reason" });
    useLocale("en");
    const refusals: Array<[{ id: string } | null, string]> = [
      [world.coordinatorB, "This does not exist, or you do not have access to it."],
      [{ id: mentee!.userId! }, "This does not exist, or you do not have access to it."],
      [null, "You are no longer signed in. Sign in and try again."],
    ];
    for (const [who, message] of refusals) {
      actAs(who);
      expect(await changeParticipationAction(mentee!.id, idleState, withdraw)).toMatchObject({ ok: false, message });
    }
    await db.cohort.update({ where: { id: world.matching.cohort.id }, data: { status: "CLOSED" } });
    actAs(world.coordinatorA);
    expect(await changeParticipationAction(mentee!.id, idleState, withdraw)).toMatchObject({
      ok: false,
      message: "The cohort is closed, so the participation cannot change.",
    });
    expect((await db.participation.findUniqueOrThrow({ where: { id: mentee!.id } })).status).toBe("INVITED");
  });
});
