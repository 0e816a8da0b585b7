"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { formValuesFromForm } from "@/lib/applications/application-submit-form";
import { findManagedCohort } from "@/lib/auth/access";
import { canManageProgramme } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { idSchema } from "@/lib/ids";
import { inviteParticipant } from "@/lib/participants/participant-admin-invite";
import { INVITATION_FIELDS, invitationSchema, participationChangeSchema } from "@/lib/participants/participant-admin-schemas";
import { loadEditableParticipation, saveProfile } from "@/lib/participants/profile-edit";
import { profileFieldsFromForm } from "@/lib/participants/profile-schemas";
import { reinstateParticipation, withdrawParticipation } from "@/lib/participants/withdrawal";
import { Refusal } from "@/lib/actions/refusal";
import { withCohortLock } from "@/lib/cohorts/cohort-lock";

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/** What the invitation form sent, to show again after a problem (nothing secret in it). */
function invitationValues(formData: FormData): Record<string, string> {
  const values = formValuesFromForm(formData);
  for (const name of INVITATION_FIELDS) {
    const value = text(formData, name);
    if (value) values[name] = value.slice(0, 400);
  }
  return values;
}

/**
 * Invites one person to a cohort: their account (new, or the one they have), a participation with
 * status "invited", and an email with a link to choose a password or to sign in.
 */
export async function inviteParticipantAction(cohortId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("participants.errors.notSignedIn") };

  const values = invitationValues(formData);
  const parsed = invitationSchema.safeParse({
    cohortId,
    role: text(formData, "role") ?? "",
    name: text(formData, "name") ?? "",
    email: text(formData, "email") ?? "",
    fieldKey: text(formData, "fieldKey") ?? "",
    phone: text(formData, "phone"),
    city: text(formData, "city"),
    locale: text(formData, "locale") ?? "",
    languages: profileFieldsFromForm(formData).languages,
  });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "cohortId")) return { ok: false, message: t("participants.errors.notFound") };
    return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  }

  const cohort = await findManagedCohort(viewer, parsed.data.cohortId);
  if (!cohort) return { ok: false, message: t("participants.errors.notFound") };

  const outcome = await inviteParticipant(viewer.id, parsed.data);
  if (!outcome.ok) {
    if (outcome.refusal === "fieldUnknown") return { ok: false, fieldErrors: { fieldKey: [t("profile.errors.fieldUnknown")] }, values };
    if (outcome.refusal === "alreadyInCohort") {
      return { ok: false, fieldErrors: { email: [t("participants.invite.alreadyInCohort", { cohort: cohort.name })] }, values };
    }
    return { ok: false, message: t(`participants.errors.${outcome.refusal}`), values };
  }

  revalidatePath(`/coordinator/cohorts/${cohort.id}/participants`);
  revalidatePath(`/coordinator/cohorts/${cohort.id}`);
  revalidatePath("/coordinator");
  return {
    ok: true,
    message: t(outcome.passwordLink ? "participants.invite.sentPasswordLink" : "participants.invite.sentSignIn", {
      name: parsed.data.name,
      email: parsed.data.email,
    }),
  };
}

/** A coordinator saves the profile of a participant in one of their programmes. */
export async function updateParticipantProfileAction(
  participationId: string,
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("participants.errors.notSignedIn") };

  const values = formValuesFromForm(formData);
  const id = idSchema.safeParse(participationId);
  const row = id.success ? await loadEditableParticipation(id.data) : null;
  if (!row || !canManageProgramme(viewer, row.cohort.programme.id)) return { ok: false, message: t("participants.errors.notFound") };

  const saved = await saveProfile(row, profileFieldsFromForm(formData), { actorId: viewer.id, by: "coordinator", fieldLocked: false });
  if (!saved.ok) {
    const fieldErrors =
      "error" in saved ? toFieldErrors(saved.error, (key) => t(key)) : { [saved.fieldError.field]: [t(saved.fieldError.key)] };
    return { ok: false, fieldErrors, values };
  }

  revalidatePath(`/coordinator/participants/${row.id}`);
  revalidatePath(`/coordinator/cohorts/${row.cohort.id}/participants`);
  return { ok: true, message: t(saved.changed.length ? "participants.profile.saved" : "participants.profile.unchanged") };
}

/**
 * A coordinator withdraws a participant from their cohort (with a reason, kept for the
 * coordinators), or takes a withdrawn one back, as the button pressed says.
 */
export async function changeParticipationAction(participationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("participants.errors.notSignedIn") };
  const id = idSchema.safeParse(participationId);
  const row = id.success ? await loadEditableParticipation(id.data) : null;
  if (!row || !canManageProgramme(viewer, row.cohort.programme.id)) return { ok: false, message: t("participants.errors.notFound") };
  const parsed = participationChangeSchema.safeParse({ intent: formData.get("intent"), reason: formData.get("reason") ?? "" });
  if (!parsed.success) {
    const values = { reason: String(formData.get("reason") ?? "").slice(0, 500) };
    return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  }
  const change = parsed.data;
  try {
    const done = await withCohortLock(
      row.cohort.id,
      (tx) =>
        change.intent === "withdraw"
          ? withdrawParticipation(tx, row.id, change.reason, viewer.id)
          : reinstateParticipation(tx, row.id, viewer.id),
      { statuses: ["PLANNING", "RECRUITING", "MATCHING", "ACTIVE"], refusal: "participants.withdraw.errors.closed" },
    );
    if (!done) return { ok: false, message: t("participants.withdraw.errors.unchanged") };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: t(error.key as never) };
    throw error;
  }
  revalidatePath(`/coordinator/participants/${row.id}`);
  revalidatePath(`/coordinator/cohorts/${row.cohort.id}`, "layout");
  return { ok: true, message: t(change.intent === "withdraw" ? "participants.withdraw.done" : "participants.withdraw.reinstated") };
}
