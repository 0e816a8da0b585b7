"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import type { Viewer } from "@/lib/auth/policy";
import { wishChoicesSchema } from "@/lib/matching-board/board-schemas";
import { findWishingMentee, shortlistFor } from "@/lib/matching-board/wishes";
import { paths } from "@/lib/paths";

const choicePrefix = "choice-";

/** The viewer's own mentee participation; anyone else's is not found. */
function ownMenteeParticipation(viewer: Viewer, participationId: string) {
  return viewer.participations.find((participation) => participation.id === participationId && participation.role === "MENTEE") ?? null;
}

/** The choice sent for each mentor shown on the page, by the mentor's participation id. */
function choicesFromForm(formData: FormData): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (name.startsWith(choicePrefix)) choices[name.slice(choicePrefix.length)] = typeof value === "string" ? value : "";
  }
  return choices;
}

/**
 * Saves a mentee's wishes for their shortlist: up to three mentors in order, and any they would
 * rather not have. Only the mentee themself, only while the cohort takes wishes.
 */
export const saveWishesAction = defineAction({
  bound: ["participationId"],
  authorize: (viewer, { participationId }) => ownMenteeParticipation(viewer, participationId),
  fields: wishChoicesSchema,
  read: choicesFromForm,
  transaction: true,
  run: async ({ viewer, t, input: choices, resource, tx, audit, revalidate }) => {
    revalidate(paths.wishes(resource.id));
    const mentee = await findWishingMentee(viewer, resource.id, tx);
    if (!mentee) throw new Refusal("matching.wishes.errors.closed");
    // The shortlist follows the cohort: when it changed since the page was shown, nothing is saved
    // and the person sees the new one.
    const shortlist = await shortlistFor(tx, mentee.cohortId, mentee.id);
    const shown = Object.keys(choices);
    if (shown.length !== shortlist.length || !shown.every((mentorId) => shortlist.includes(mentorId))) {
      throw new Refusal("matching.wishes.errors.listChanged");
    }

    // Ranks are stored 1, 2, 3 in the order chosen, whatever numbers were picked; a place that
    // moves up (a lone "third" becomes "first") is said in the answer.
    const ranked = Object.entries(choices)
      .filter(([, choice]) => choice !== "" && choice !== "avoid")
      .sort(([, a], [, b]) => Number(a) - Number(b))
      .map(([mentorId, choice], index) => ({ mentorId, chosen: Number(choice), rank: index + 1 }));
    const wished = ranked.map(({ mentorId, rank }) => ({ mentorParticipationId: mentorId, kind: "WISH" as const, rank }));
    const avoided = Object.entries(choices)
      .filter(([, choice]) => choice === "avoid")
      .map(([mentorId]) => ({ mentorParticipationId: mentorId, kind: "AVOID" as const, rank: null }));

    await tx.menteeWish.deleteMany({ where: { menteeParticipationId: mentee.id } });
    await tx.menteeWish.createMany({ data: [...wished, ...avoided].map((wish) => ({ ...wish, menteeParticipationId: mentee.id })) });
    await audit({
      action: "wishes.update",
      entityType: "Participation",
      entityId: mentee.id,
      subjectUserId: viewer.id,
      details: { wishes: wished.length, avoided: avoided.length },
    });
    const saved = t("matching.wishes.saved", { wishes: wished.length, avoided: avoided.length });
    const moved = ranked.filter((wish) => wish.rank !== wish.chosen);
    if (moved.length === 0) return { ok: true, message: saved };
    const names = await tx.participation.findMany({
      where: { id: { in: moved.map((wish) => wish.mentorId) } },
      select: { id: true, user: { select: { name: true } } },
    });
    const nameOf = (id: string) => names.find((row) => row.id === id)?.user?.name ?? t("matching.erased");
    const places = moved.map((wish) => t("matching.wishes.movedUp", { name: nameOf(wish.mentorId), rank: wish.rank }));
    return { ok: true, message: `${saved} ${t("matching.wishes.renumbered", { places: places.join(", ") })}` };
  },
});
