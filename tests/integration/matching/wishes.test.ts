import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { getViewer } from "@/lib/auth/session";
import { suggestAllAction } from "@/lib/matching-board/board-actions";
import { getWishes } from "@/lib/matching-board/wishes";
import { saveWishesAction } from "@/lib/matching-board/wishes-actions";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createParticipation } from "@/tests/factories/participations";
import { createMatchingWorld, form, openPairs } from "./matching-fixtures";

async function wishingWorld() {
  const world = await createMatchingWorld({ mentees: 2, mentorCapacities: [1, 1, 1] });
  // Matching may cross fields in this cohort, but the shortlist keeps to the mentee's own field.
  await db.cohort.update({
    where: { id: world.matching.cohort.id },
    data: { menteeWishesEnabled: true, matchingSettings: { rules: { sameField: false } } },
  });
  const lawyer = await createParticipation(db, { cohortId: world.matching.cohort.id, role: "MENTOR", fieldKey: "law" });
  return { ...world, lawyer };
}

/** The form as the page sends it: a choice for every mentor of the shortlist, empty unless given. */
function wishForm(mentors: { id: string }[], choices: Record<string, string>) {
  return form(Object.fromEntries(mentors.map((mentor) => [`choice-${mentor.id}`, choices[mentor.id] ?? ""])));
}

describe("mentee wishes", () => {
  it("shows the mentee a shortlist of their field, saves ranked wishes and an avoided mentor, and suggestions follow them", async () => {
    const world = await wishingWorld();
    const [mentee] = world.matching.mentees;
    const [best, second, third] = world.matching.mentors;
    useLocale("en");
    actAs({ id: mentee!.userId! });

    const shown = await getWishes((await getViewer())!, mentee!.id, "Removed person");
    expect(shown!.mentors.map((mentor) => mentor.id).sort()).toEqual([best!.id, second!.id, third!.id].sort());
    expect(shown!.mentors.map((mentor) => mentor.id)).not.toContain(world.lawyer.id);

    // Mentor 3 first, mentor 1 rather not: a choice the scores alone would not make.
    const state = await saveWishesAction(
      mentee!.id,
      idleState,
      wishForm(world.matching.mentors, { [third!.id]: "2", [best!.id]: "avoid" }),
    );
    // A lone second choice becomes the first, and the answer says so.
    const thirdName = (await db.user.findUniqueOrThrow({ where: { id: third!.userId! } })).name;
    expect(state).toEqual({
      ok: true,
      message: `Your wishes are saved: 1 choice, 1 marked rather not. The places were moved up so that there are no gaps: ${thirdName} is now your first choice.`,
    });
    const wishes = await db.menteeWish.findMany({ where: { menteeParticipationId: mentee!.id }, orderBy: { kind: "asc" } });
    expect(wishes.map((wish) => [wish.mentorParticipationId, wish.kind, wish.rank])).toEqual([
      [third!.id, "WISH", 1],
      [best!.id, "AVOID", null],
    ]);
    expect(
      (await getWishes((await getViewer())!, mentee!.id, "Removed person"))!.mentors.find((mentor) => mentor.id === third!.id)!.choice,
    ).toBe("1");

    actAs(world.coordinatorA);
    await suggestAllAction(world.matching.cohort.id, idleState, form());
    const pairs = await openPairs(world.matching.cohort.id);
    const own = pairs.find((pair) => pair.menteeParticipationId === mentee!.id)!;
    // The other mentee gets mentor 1, whom this one avoids; this one gets the wish.
    expect(own.mentorParticipationId).toBe(third!.id);
    const wishCriterion = (own.explanation as { criteria: { criterion: string; details: { rank: number | null } }[] }).criteria.find(
      (criterion) => criterion.criterion === "wishes",
    );
    expect(wishCriterion!.details.rank).toBe(1);
  });

  it("keeps places without gaps and says nothing of moving them when none moved", async () => {
    const world = await wishingWorld();
    const [mentee] = world.matching.mentees;
    const [a, b, c] = world.matching.mentors;
    const name = async (mentor: typeof a) => (await db.user.findUniqueOrThrow({ where: { id: mentor!.userId! } })).name;
    useLocale("sv");
    actAs({ id: mentee!.userId! });
    expect(await saveWishesAction(mentee!.id, idleState, wishForm(world.matching.mentors, { [a!.id]: "3", [b!.id]: "1" }))).toEqual({
      ok: true,
      message: `Önskemålen är sparade: 2 val, ingen markerad som helst inte. Valen har flyttats upp så att det inte finns några luckor: ${await name(a)} är nu ditt andrahandsval.`,
    });
    expect(await saveWishesAction(mentee!.id, idleState, wishForm(world.matching.mentors, { [c!.id]: "3" }))).toEqual({
      ok: true,
      message: `Önskemålen är sparade: 1 val, ingen markerad som helst inte. Valen har flyttats upp så att det inte finns några luckor: ${await name(c)} är nu ditt förstahandsval.`,
    });
    expect(await db.menteeWish.findMany({ select: { mentorParticipationId: true, rank: true } })).toEqual([
      { mentorParticipationId: c!.id, rank: 1 },
    ]);
    expect(
      await saveWishesAction(mentee!.id, idleState, wishForm(world.matching.mentors, { [a!.id]: "1", [b!.id]: "2", [c!.id]: "avoid" })),
    ).toEqual({ ok: true, message: "Önskemålen är sparade: 2 val, 1 markerad som helst inte." });
  });

  it("refuses the same place twice, keeping the choices, and saves nothing", async () => {
    const world = await wishingWorld();
    const [mentee] = world.matching.mentees;
    const [a, b] = world.matching.mentors;
    useLocale("sv");
    actAs({ id: mentee!.userId! });
    const state = await saveWishesAction(mentee!.id, idleState, wishForm(world.matching.mentors, { [a!.id]: "1", [b!.id]: "1" }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { [`choice-${b!.id}`]: ["Samma plats är vald för två mentorer. Välj en plats per mentor."] },
      values: { [`choice-${a!.id}`]: "1", [`choice-${b!.id}`]: "1" },
    });
    expect(await saveWishesAction(mentee!.id, idleState, wishForm(world.matching.mentors, { [a!.id]: "first" }))).toMatchObject({
      ok: false,
    });
    expect(await db.menteeWish.count()).toBe(0);
  });

  it("saves nothing when the shortlist changed since the page was shown", async () => {
    const world = await wishingWorld();
    const [mentee] = world.matching.mentees;
    const [a] = world.matching.mentors;
    useLocale("en");
    actAs({ id: mentee!.userId! });
    // A page shown before a mentor joined the cohort.
    const earlier = wishForm(world.matching.mentors.slice(0, 2), { [a!.id]: "1" });
    expect(await saveWishesAction(mentee!.id, idleState, earlier)).toMatchObject({
      ok: false,
      message: "The list of mentors has changed. Check the new list and save again.",
    });
    expect(await db.menteeWish.count()).toBe(0);
  });

  it("refuses another mentee, a mentor, someone signed out, a coordinator, and a cohort that takes no wishes", async () => {
    const world = await wishingWorld();
    const [mentee, other] = world.matching.mentees;
    const [mentor] = world.matching.mentors;
    const wish = wishForm(world.matching.mentors, { [mentor!.id]: "1" });
    useLocale("en");
    for (const who of [{ id: other!.userId! }, { id: mentor!.userId! }, world.coordinatorA]) {
      actAs(who);
      expect(await saveWishesAction(mentee!.id, idleState, wish)).toMatchObject({
        ok: false,
        message: "This does not exist, or you do not have access to it.",
      });
      expect(await getWishes((await getViewer())!, mentee!.id, "Removed person")).toBeNull();
    }
    actAs(null);
    expect(await saveWishesAction(mentee!.id, idleState, wish)).toMatchObject({
      ok: false,
      message: "You are no longer signed in. Sign in and try again.",
    });

    actAs({ id: mentee!.userId! });
    await db.cohort.update({ where: { id: world.matching.cohort.id }, data: { menteeWishesEnabled: false } });
    expect(await saveWishesAction(mentee!.id, idleState, wish)).toMatchObject({
      ok: false,
      message: "Mentor wishes cannot be given in this cohort now.",
    });
    await db.cohort.update({ where: { id: world.matching.cohort.id }, data: { menteeWishesEnabled: true, status: "ACTIVE" } });
    expect(await saveWishesAction(mentee!.id, idleState, wish)).toMatchObject({
      ok: false,
      message: "Mentor wishes cannot be given in this cohort now.",
    });
    expect(await db.menteeWish.count()).toBe(0);
  });
});
