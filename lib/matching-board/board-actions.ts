"use server";

import { defineAction } from "@/lib/actions/define-action";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { withCohortLock } from "@/lib/cohorts/cohort-lock";
import { db } from "@/lib/db";
import {
  changeProposal,
  endPair,
  pairByHand,
  removeExclusion,
  replaceMentor,
  suggestAll,
  swapMentors,
} from "@/lib/matching-board/board-operations";
import {
  endPairSchema,
  handPairSchema,
  matchingSettingsFromForm,
  matchingSettingsSchema,
  proposalIntentSchema,
  publishSchema,
} from "@/lib/matching-board/board-schemas";
import { publishProposals } from "@/lib/matching-board/publish";
import { paths } from "@/lib/paths";

// The matching board's actions. Each finds the cohort from the resource it is given (the cohort,
// a proposal, an exclusion), asks whether the viewer runs that cohort's programme, and makes its
// change holding the cohort (withCohortLock). A refused change answers with a message in the
// viewer's language and refreshes the board, so the person sees what holds now.

/** The cohort of a board row (a proposal or an exclusion), when the viewer may match that cohort. */
async function managedRow(viewer: Viewer, row: { id: string; cohortId: string } | null) {
  const cohort = row ? await findManagedCohort(viewer, row.cohortId) : null;
  return row && cohort ? { id: row.id, cohortId: cohort.id } : null;
}

const managedPair = async (viewer: Viewer, pairId: string) =>
  managedRow(viewer, await db.pair.findUnique({ where: { id: pairId }, select: { id: true, cohortId: true } }));

const managedExclusion = async (viewer: Viewer, exclusionId: string) =>
  managedRow(viewer, await db.matchExclusion.findUnique({ where: { id: exclusionId }, select: { id: true, cohortId: true } }));

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
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => managedPair(viewer, pairId),
  fields: proposalIntentSchema,
  messageOnly: true,
  run: async ({ viewer, t, input, resource: pair, revalidate }) => {
    revalidate(paths.matching(pair.cohortId), "layout");
    await withCohortLock(pair.cohortId, (tx) =>
      input.intent === "swap"
        ? swapMentors(tx, pair.cohortId, pair.id, input.swapWith, viewer.id)
        : changeProposal(tx, pair.cohortId, pair.id, input.intent, viewer.id),
    );
    return { ok: true, message: t(`matching.changed.${input.intent}`) };
  },
});

/**
 * Gives a waiting mentee the chosen mentor: a proposal made by hand while the cohort is being
 * matched; a published pair at once, from the ranked replacements, while it runs.
 */
export const chooseMentorAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: handPairSchema,
  messageOnly: true,
  run: async ({ viewer, t, input: { menteeId, mentorId }, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    const published = await withCohortLock(
      cohort.id,
      async (tx, status) => {
        if (status === "ACTIVE") await replaceMentor(tx, cohort.id, menteeId, mentorId, viewer.id);
        else await pairByHand(tx, cohort.id, menteeId, mentorId, viewer.id);
        return status === "ACTIVE";
      },
      { statuses: ["MATCHING", "ACTIVE"] },
    );
    return { ok: true, message: t(published ? "matching.changed.replaced" : "matching.changed.paired") };
  },
});

/** Lets an excluded or rejected pair be suggested again. */
export const removeExclusionAction = defineAction({
  bound: ["exclusionId"],
  authorize: (viewer, { exclusionId }) => managedExclusion(viewer, exclusionId),
  run: async ({ viewer, t, resource: exclusion, revalidate }) => {
    revalidate(paths.matching(exclusion.cohortId), "layout");
    await withCohortLock(exclusion.cohortId, (tx) => removeExclusion(tx, exclusion.cohortId, exclusion.id, viewer.id));
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

/** Turns every proposal into an active pair and tells both people. */
export const publishMatchingAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findManagedCohort(viewer, cohortId),
  fields: publishSchema,
  messageOnly: true,
  run: async ({ viewer, t, input, resource: cohort, revalidate }) => {
    revalidate(paths.matching(cohort.id), "layout");
    const count = await withCohortLock(cohort.id, (tx) => publishProposals(tx, cohort.id, viewer.id, input.count));
    return { ok: true, message: t("matching.published", { count }) };
  },
});

/** Ends a running pair early; the reason is kept for the coordinators. */
export const endPairAction = defineAction({
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => managedPair(viewer, pairId),
  fields: endPairSchema,
  run: async ({ viewer, t, input, resource: pair, revalidate }) => {
    revalidate(paths.matching(pair.cohortId), "layout");
    await withCohortLock(pair.cohortId, (tx) => endPair(tx, pair.cohortId, pair.id, input.reason, viewer.id), { statuses: ["ACTIVE"] });
    return { ok: true, message: t("matching.changed.ended") };
  },
});
