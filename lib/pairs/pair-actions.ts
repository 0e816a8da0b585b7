"use server";

import { defineAction } from "@/lib/actions/define-action";
import { findManagedCohort } from "@/lib/auth/access";
import { withCohortLock } from "@/lib/cohorts/cohort-lock";
import { findManagedPair } from "@/lib/matching-board/board-access";
import { pairByHand } from "@/lib/matching-board/board-operations";
import { handPairSchema } from "@/lib/matching-board/board-schemas";
import { endPair, publishProposals, replaceMentor, unpublishPair } from "@/lib/pairs/pair-operations";
import { endPairSchema, publishSchema } from "@/lib/pairs/pair-schemas";
import { paths } from "@/lib/paths";

// The actions that make pairs real and change them afterwards, pressed on the matching board:
// publishing the proposals, ending a running pair early, and choosing a mentor for a waiting
// mentee. Like the board's own actions, each asks whether the viewer runs the cohort's programme
// and changes the cohort holding it (withCohortLock); a refusal refreshes the board.

/** Turns every proposal into an active pair and tells both people, when the proposals are the ones confirmed. */
export const publishMatchingAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: publishSchema,
  messageOnly: true,
  run: async ({ viewer, t, input, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    const count = await withCohortLock(cohort.id, (tx) => publishProposals(tx, cohort.id, viewer.id, input.board));
    return { ok: true, message: t("matching.published", { count }) };
  },
});

/** Takes a published pair back before the cohort starts: a proposal again, and both people are told. */
export const unpublishPairAction = defineAction({
  bound: ["cohortId", "pairId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  run: async ({ viewer, t, params: { pairId }, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    await withCohortLock(cohort.id, (tx) => unpublishPair(tx, cohort.id, pairId, viewer.id));
    return { ok: true, message: t("matching.changed.unpublished") };
  },
});

/** Ends a running pair early; the reason is kept for the coordinators. */
export const endPairAction = defineAction({
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => findManagedPair(viewer, pairId),
  fields: endPairSchema,
  run: async ({ viewer, t, input, resource: pair, revalidate }) => {
    revalidate(paths.matching(pair.cohortId), "layout");
    await withCohortLock(pair.cohortId, (tx) => endPair(tx, pair.cohortId, pair.id, input.reason, viewer.id), { statuses: ["ACTIVE"] });
    return { ok: true, message: t("matching.changed.ended") };
  },
});

/**
 * Gives a waiting mentee the chosen mentor: a proposal made by hand while the cohort is being
 * matched; a published pair at once, from the ranked replacements, while it runs or when the form
 * names the published pair it replaces (before the cohort starts).
 */
export const chooseMentorAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: handPairSchema,
  messageOnly: true,
  run: async ({ viewer, t, input: { menteeId, mentorId, breaks, replacing }, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    const published = await withCohortLock(
      cohort.id,
      async (tx, status) => {
        const publishing = status === "ACTIVE" || replacing !== null;
        if (publishing) await replaceMentor(tx, cohort.id, menteeId, mentorId, viewer.id, replacing);
        else await pairByHand(tx, cohort.id, menteeId, mentorId, viewer.id, breaks);
        return publishing;
      },
      { statuses: ["MATCHING", "ACTIVE"] },
    );
    return { ok: true, message: t(published ? "matching.changed.replaced" : "matching.changed.paired") };
  },
});
