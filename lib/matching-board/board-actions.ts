"use server";

import { defineAction } from "@/lib/actions/define-action";
import { findManagedCohort } from "@/lib/auth/access";
import { withCohortLock } from "@/lib/cohorts/cohort-lock";
import { changeProposal, removeExclusion, suggestAll, swapMentors } from "@/lib/matching-board/board-operations";
import { matchingSettingsFromForm, matchingSettingsSchema, proposalIntentSchema } from "@/lib/matching-board/board-schemas";
import { paths } from "@/lib/paths";

// The matching board's actions while a cohort is being matched. Each is bound to the cohort, asks
// whether the viewer runs that cohort's programme, and makes its change holding the cohort
// (withCohortLock). A proposal or an exclusion is looked up inside that lock, so one that another
// change removed a moment earlier is answered as gone, never as a cohort not found. A refused
// change answers with a message in the viewer's language and refreshes the board, so the person
// sees what holds now. Publishing, ending a pair and choosing a mentor are in lib/pairs/pair-actions.ts.

/** Fills the board with the best matching of everyone not in a kept pair. */
export const suggestAllAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  run: async ({ viewer, t, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    const outcome = await withCohortLock(cohort.id, (tx) => suggestAll(tx, cohort.id, viewer.id));
    return {
      ok: true,
      message: t("matching.suggested", { proposed: outcome.proposed, kept: outcome.kept, unmatched: outcome.unmatched.length }),
    };
  },
});

/** Accept, lock, unlock, reject, exclude, unpair or swap one proposal, as the button pressed says. */
export const changeProposalAction = defineAction({
  bound: ["cohortId", "pairId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: proposalIntentSchema,
  messageOnly: true,
  run: async ({ viewer, t, input, params: { pairId }, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    await withCohortLock(cohort.id, (tx) =>
      input.intent === "swap"
        ? swapMentors(tx, cohort.id, pairId, input.swapWith, viewer.id)
        : changeProposal(tx, cohort.id, pairId, input.intent, viewer.id),
    );
    return { ok: true, message: t(`matching.changed.${input.intent}`) };
  },
});

/** Lets an excluded or rejected pair be suggested again. */
export const removeExclusionAction = defineAction({
  bound: ["cohortId", "exclusionId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  run: async ({ viewer, t, params: { exclusionId }, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    await withCohortLock(cohort.id, (tx) => removeExclusion(tx, cohort.id, exclusionId, viewer.id));
    return { ok: true, message: t("matching.changed.included") };
  },
});

/** Saves the criteria weights, the hard rules and the minimum score; the next run uses them. */
export const saveMatchingSettingsAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: matchingSettingsSchema,
  read: matchingSettingsFromForm,
  run: async ({ t, input: settings, resource: cohort, revalidate, audit }) => {
    revalidate(paths.matching(cohort.id), "layout");
    await withCohortLock(
      cohort.id,
      async (tx) => {
        await tx.cohort.update({
          where: { id: cohort.id },
          data: { matchingSettings: { weights: settings.weights, rules: settings.rules }, minMatchScore: settings.minimumScore },
        });
        await audit({ action: "matching.settings", entityType: "Cohort", entityId: cohort.id, details: settings }, tx);
      },
      { statuses: ["PLANNING", "RECRUITING", "MATCHING"] },
    );
    return { ok: true, message: t("matching.settingsSaved") };
  },
});
