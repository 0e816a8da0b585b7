"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { recordAudit } from "@/lib/audit/audit";
import { findManagedCohort } from "@/lib/auth/access";
import { getViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { idSchema } from "@/lib/ids";
import {
  changeProposal,
  endPair,
  pairByHand,
  removeExclusion,
  replaceMentor,
  suggestAll,
  swapMentors,
} from "@/lib/matching-board/board-operations";
import { BoardRefusal, onBoard } from "@/lib/matching-board/board-transaction";
import {
  endPairSchema,
  handPairSchema,
  matchingSettingsFromForm,
  matchingSettingsSchema,
  proposalIntentSchema,
  publishSchema,
} from "@/lib/matching-board/board-schemas";
import { publishProposals } from "@/lib/matching-board/publish";

// The matching board's actions. Each finds the cohort from the resource it is given (the cohort,
// a proposal, an exclusion), asks whether the viewer runs that cohort's programme, and makes its
// change in one transaction that holds the cohort (see onBoard). A refused change answers with a
// message in the viewer's language; nothing else on the board changes.

type Translate = Awaited<ReturnType<typeof getTranslations<"matching">>>;

type Allowed = { viewer: Viewer; cohortId: string; t: Translate };

/** The viewer and the cohort they may match, or the message to answer with. */
async function allowedCohort(cohortId: unknown): Promise<Allowed | ActionState> {
  const t = await getTranslations("matching");
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("errors.signedOut") };
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return { ok: false, message: t("errors.notFound") };
  return { viewer, cohortId: cohort.id, t };
}

/** The cohort of a proposal, checked the same way. */
async function allowedPair(pairId: unknown): Promise<(Allowed & { pairId: string }) | ActionState> {
  const id = idSchema.safeParse(pairId);
  const pair = id.success ? await db.pair.findUnique({ where: { id: id.data }, select: { id: true, cohortId: true } }) : null;
  const allowed = await allowedCohort(pair?.cohortId ?? null);
  if (!("viewer" in allowed)) return allowed;
  return { ...allowed, pairId: pair!.id };
}

async function answer(allowed: Allowed, change: () => Promise<string>): Promise<ActionState> {
  try {
    const message = await change();
    revalidatePath(`/coordinator/cohorts/${allowed.cohortId}/matching`, "layout");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof BoardRefusal) {
      revalidatePath(`/coordinator/cohorts/${allowed.cohortId}/matching`, "layout");
      return { ok: false, message: allowed.t(`errors.${error.key}`) };
    }
    throw error;
  }
}

/** Fills the board with the best matching of everyone not in a kept pair. */
export async function suggestAllAction(cohortId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const allowed = await allowedCohort(cohortId);
  if (!("viewer" in allowed)) return allowed;
  return answer(allowed, async () => {
    const outcome = await onBoard(allowed.cohortId, (tx) => suggestAll(tx, allowed.cohortId, allowed.viewer.id));
    return allowed.t("suggested", { proposed: outcome.proposed, kept: outcome.kept, unmatched: outcome.unmatched.length });
  });
}

/** Accept, lock, unlock, reject, exclude, unpair or swap one proposal, as the button pressed says. */
export async function changeProposalAction(pairId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await allowedPair(pairId);
  if (!("viewer" in allowed)) return allowed;
  const parsed = proposalIntentSchema.safeParse({ intent: formData.get("intent"), swapWith: formData.get("swapWith") ?? "" });
  if (!parsed.success)
    return { ok: false, message: allowed.t(formData.get("intent") === "swap" ? "errors.swapMissing" : "errors.invalid") };
  const intent = parsed.data;
  return answer(allowed, async () => {
    await onBoard(allowed.cohortId, (tx) =>
      intent.intent === "swap"
        ? swapMentors(tx, allowed.cohortId, allowed.pairId, intent.swapWith, allowed.viewer.id)
        : changeProposal(tx, allowed.cohortId, allowed.pairId, intent.intent, allowed.viewer.id),
    );
    return allowed.t(`changed.${intent.intent}`);
  });
}

/**
 * Gives a waiting mentee the chosen mentor: a proposal made by hand while the cohort is being
 * matched; a published pair at once, from the ranked replacements, while it runs.
 */
export async function chooseMentorAction(cohortId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await allowedCohort(cohortId);
  if (!("viewer" in allowed)) return allowed;
  const parsed = handPairSchema.safeParse({ menteeId: formData.get("menteeId"), mentorId: formData.get("mentorId") ?? "" });
  if (!parsed.success) return { ok: false, message: allowed.t("errors.mentorMissing") };
  const { menteeId, mentorId } = parsed.data;
  return answer(allowed, async () => {
    const published = await onBoard(
      allowed.cohortId,
      async (tx, status) => {
        if (status === "ACTIVE") await replaceMentor(tx, allowed.cohortId, menteeId, mentorId, allowed.viewer.id);
        else await pairByHand(tx, allowed.cohortId, menteeId, mentorId, allowed.viewer.id);
        return status === "ACTIVE";
      },
      ["MATCHING", "ACTIVE"],
    );
    return allowed.t(published ? "changed.replaced" : "changed.paired");
  });
}

/** Lets an excluded or rejected pair be suggested again. */
export async function removeExclusionAction(exclusionId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const id = idSchema.safeParse(exclusionId);
  const exclusion = id.success
    ? await db.matchExclusion.findUnique({ where: { id: id.data }, select: { id: true, cohortId: true } })
    : null;
  const allowed = await allowedCohort(exclusion?.cohortId ?? null);
  if (!("viewer" in allowed)) return allowed;
  return answer(allowed, async () => {
    await onBoard(allowed.cohortId, (tx) => removeExclusion(tx, allowed.cohortId, exclusion!.id, allowed.viewer.id));
    return allowed.t("changed.included");
  });
}

/** Saves the criteria weights, the hard rules and the minimum score; the next run uses them. */
export async function saveMatchingSettingsAction(cohortId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await allowedCohort(cohortId);
  if (!("viewer" in allowed)) return allowed;
  const fields = matchingSettingsFromForm(formData);
  const values = Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [name, typeof value === "boolean" ? (value ? "on" : "") : String(value)]),
  );
  const t = await getTranslations();
  const parsed = matchingSettingsSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const settings = parsed.data;
  return answer(allowed, async () => {
    await onBoard(
      allowed.cohortId,
      async (tx) => {
        await tx.cohort.update({
          where: { id: allowed.cohortId },
          data: { matchingSettings: { weights: settings.weights, rules: settings.rules }, minMatchScore: settings.minimumScore },
        });
        await recordAudit(
          { actorId: allowed.viewer.id, action: "matching.settings", entityType: "Cohort", entityId: allowed.cohortId, details: settings },
          tx,
        );
      },
      ["PLANNING", "RECRUITING", "MATCHING"],
    );
    return allowed.t("settingsSaved");
  });
}

/** Turns every proposal into an active pair and tells both people. */
export async function publishMatchingAction(cohortId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await allowedCohort(cohortId);
  if (!("viewer" in allowed)) return allowed;
  const expected = publishSchema.safeParse({ count: formData.get("count") });
  if (!expected.success) return { ok: false, message: allowed.t("errors.invalid") };
  return answer(allowed, async () => {
    const count = await onBoard(allowed.cohortId, (tx) => publishProposals(tx, allowed.cohortId, allowed.viewer.id, expected.data.count));
    return allowed.t("published", { count });
  });
}

/** Ends a running pair early; the reason is kept for the coordinators. */
export async function endPairAction(pairId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await allowedPair(pairId);
  if (!("viewer" in allowed)) return allowed;
  const parsed = endPairSchema.safeParse({ reason: formData.get("reason") ?? "" });
  if (!parsed.success) {
    const t = await getTranslations();
    return {
      ok: false,
      fieldErrors: toFieldErrors(parsed.error, (key) => t(key)),
      values: { reason: String(formData.get("reason") ?? "").slice(0, 500) },
    };
  }
  return answer(allowed, async () => {
    await onBoard(allowed.cohortId, (tx) => endPair(tx, allowed.cohortId, allowed.pairId, parsed.data.reason, allowed.viewer.id), [
      "ACTIVE",
    ]);
    return allowed.t("changed.ended");
  });
}
