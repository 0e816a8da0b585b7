import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { findOwnPair } from "@/lib/auth/access";
import { getViewer } from "@/lib/auth/session";
import { changeProposalAction, suggestAllAction } from "@/lib/matching-board/board-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { chooseMentorAction, publishMatchingAction } from "@/lib/pairs/pair-actions";
import { boardVersion, createMatchingWorld, form, openPairs, publishForm } from "@/tests/integration/matching/matching-fixtures";

describe("publishing", () => {
  it("makes every proposal an active pair, emails both people in their language with the partner and the next session, and shows the pair at home", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const empty = await publishForm(cohortId);
    expect(await publishMatchingAction(cohortId, idleState, empty)).toMatchObject({
      ok: false,
      message: "There are no proposals to publish.",
    });
    await suggestAllAction(cohortId, idleState, form());
    // What was confirmed must still be what is on the board.
    expect(await publishMatchingAction(cohortId, idleState, empty)).toMatchObject({
      ok: false,
      message: "The board has changed since you pressed. Check the proposals and publish again.",
    });
    expect(await publishMatchingAction(cohortId, idleState, form({ board: "not a version" }))).toMatchObject({ ok: false });
    expect(await publishMatchingAction(cohortId, idleState, await publishForm(cohortId))).toEqual({
      ok: true,
      message: "2 pairs are published. Both people in each pair have been emailed.",
    });
    const pairs = await openPairs(cohortId);
    expect(pairs.every((pair) => pair.status === "ACTIVE" && pair.publishedAt !== null)).toBe(true);

    const emails = await db.outboxEmail.findMany({ where: { template: "pairPublished" } });
    expect(emails).toHaveLength(4);
    const mentee = await db.participation.findUniqueOrThrow({ where: { id: pairs[0]!.menteeParticipationId }, include: { user: true } });
    const mentor = await db.participation.findUniqueOrThrow({ where: { id: pairs[0]!.mentorParticipationId }, include: { user: true } });
    const toMentee = emails.find((email) => email.toEmail === mentee.user!.email)!;
    expect(toMentee.locale).toBe(mentee.user!.locale);
    expect(toMentee.bodyText).toContain(mentor.user!.name);
    expect(toMentee.bodyText).toContain(mentor.user!.email!);
    expect(toMentee.subject).toMatch(mentee.user!.locale === "en" ? /You have a mentor/ : /Du har fått en mentor/);
    expect(toMentee.bodyText).toContain("Uppstartsträff");

    actAs({ id: mentee.userId! });
    expect(await findOwnPair((await getViewer())!, pairs[0]!.id)).toMatchObject({ side: "MENTEE" });
    // Published pairs are no longer on the board to change.
    actAs(world.coordinatorA);
    expect(await changeProposalAction(world.matching.cohort.id, pairs[0]!.id, idleState, form({ intent: "unpair" }))).toMatchObject({
      ok: false,
    });
  });

  it("publishes nothing when one pair was taken apart and another made by hand since the coordinator confirmed, though the number is the same", async () => {
    const world = await createMatchingWorld({ mentees: 3, mentorCapacities: [1, 1] });
    useLocale("en");
    actAs(world.coordinatorA);
    const cohortId = world.matching.cohort.id;
    const [first, second, third] = world.matching.mentees;
    const [one, two] = world.matching.mentors;
    await chooseMentorAction(cohortId, idleState, form({ menteeId: first!.id, mentorId: one!.id }));
    await chooseMentorAction(cohortId, idleState, form({ menteeId: second!.id, mentorId: two!.id }));
    const confirmed = await publishForm(cohortId);

    // Meanwhile someone else takes the second pair apart and gives its mentor to the third mentee.
    actAs(world.adminA);
    const [, taken] = await openPairs(cohortId);
    await changeProposalAction(cohortId, taken!.id, idleState, form({ intent: "unpair" }));
    await chooseMentorAction(cohortId, idleState, form({ menteeId: third!.id, mentorId: two!.id }));
    expect(await openPairs(cohortId)).toHaveLength(2);

    actAs(world.coordinatorA);
    expect(await publishMatchingAction(cohortId, idleState, confirmed)).toMatchObject({
      ok: false,
      message: "The board has changed since you pressed. Check the proposals and publish again.",
    });
    expect(await db.pair.count({ where: { cohortId, status: "ACTIVE" } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { template: "pairPublished" } })).toBe(0);
    // Seen again, the board publishes.
    expect(await publishMatchingAction(cohortId, idleState, form({ board: await boardVersion(cohortId) }))).toMatchObject({ ok: true });
    expect(await db.pair.count({ where: { cohortId, status: "ACTIVE" } })).toBe(2);
  });
});

describe("who may publish", () => {
  it("refuses another programme's coordinator, a participant and someone signed out, and publishes nothing", async () => {
    const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1] });
    useLocale("en");
    const cohortId = world.matching.cohort.id;
    actAs(world.coordinatorA);
    await suggestAllAction(cohortId, idleState, form());

    for (const who of [world.coordinatorB, { id: world.matching.mentees[0]!.userId! }]) {
      actAs(who);
      expect(await publishMatchingAction(cohortId, idleState, await publishForm(cohortId))).toMatchObject({
        ok: false,
        message: "This does not exist, or you do not have access to it.",
      });
    }
    actAs(null);
    expect(await publishMatchingAction(cohortId, idleState, await publishForm(cohortId))).toMatchObject({
      ok: false,
      message: "You are no longer signed in. Sign in and try again.",
    });
    expect(await db.pair.count({ where: { cohortId, status: "ACTIVE" } })).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});
