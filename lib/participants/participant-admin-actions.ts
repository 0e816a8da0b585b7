"use server";

import { getLocale } from "next-intl/server";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { holdOpenCohort, withCohortLock } from "@/lib/cohorts/cohort-lock";
import { paths } from "@/lib/paths";
import { findAddTarget, inviteParticipant } from "@/lib/participants/participant-admin-invite";
import { invitationSchema, participationChangeSchema } from "@/lib/participants/participant-admin-schemas";
import { findManagedParticipation, saveProfile } from "@/lib/participants/profile-edit";
import { reinstateParticipation, withdrawParticipation } from "@/lib/participants/withdrawal";
import { profileFieldsFromForm } from "@/lib/profiles/profile-form";
import { profileSchema } from "@/lib/profiles/profile-schemas";

// A coordinator's changes to the people of a cohort: inviting one, correcting a profile, and
// withdrawing or taking back a participant. Each finds the cohort or participation and asks
// whether the viewer runs its programme; anything else is "not found".

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Invites one person to a cohort: their account (new, or the one they have), a participation with
 * status "invited" (prefilled from their latest profile in the programme, if any), and an email with
 * a link to choose a password or to sign in.
 */
export const inviteParticipantAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findAddTarget(viewer, cohortId),
  fields: invitationSchema,
  read: (formData) => ({
    ...profileFieldsFromForm(formData),
    role: text(formData, "role"),
    email: text(formData, "email"),
    locale: text(formData, "locale"),
  }),
  transaction: true,
  run: async ({ tx, t, viewer, input, resource: target, revalidate }) => {
    const outcome = await inviteParticipant(tx, viewer.id, target, input, await getLocale());
    revalidate(paths.cohortParticipants(target.id));
    revalidate(paths.cohort(target.id));
    revalidate(paths.coordinator());
    const sent = outcome.passwordLink ? "participants.invite.sentPasswordLink" : "participants.invite.sentSignIn";
    const prefilled = outcome.prefilledFrom ? ` ${t("participants.invite.prefilled", { cohort: outcome.prefilledFrom })}` : "";
    return { ok: true, message: `${t(sent, { name: input.name, email: input.email })}${prefilled}` };
  },
});

/** A coordinator saves the profile of a participant in one of their programmes. */
export const updateParticipantProfileAction = defineAction({
  bound: ["participationId"],
  authorize: (viewer, { participationId }) => findManagedParticipation(viewer, participationId),
  fields: profileSchema,
  read: (formData) => profileFieldsFromForm(formData),
  transaction: true,
  run: async ({ tx, t, input, resource: row, audit, revalidate }) => {
    await holdOpenCohort(tx, row.cohort.id);
    const changed = await saveProfile(tx, row, input, { by: "coordinator", fieldLocked: false, audit });
    revalidate(paths.participant(row.id));
    revalidate(paths.cohortParticipants(row.cohort.id));
    return { ok: true, message: t(changed.length ? "participants.profile.saved" : "participants.profile.unchanged") };
  },
});

/**
 * A coordinator withdraws a participant from their cohort (with a reason, kept for the
 * coordinators), or takes a withdrawn one back, as the button pressed says. The change holds the
 * cohort, as the matching board does, since a withdrawal ends the person's pairs.
 */
export const changeParticipationAction = defineAction({
  bound: ["participationId"],
  authorize: (viewer, { participationId }) => findManagedParticipation(viewer, participationId),
  fields: participationChangeSchema,
  read: (formData) => ({ intent: formData.get("intent"), reason: formData.get("reason") ?? "" }),
  run: async ({ viewer, t, input: change, resource: row, revalidate }) => {
    const done = await withCohortLock(
      row.cohort.id,
      (tx) =>
        change.intent === "withdraw"
          ? withdrawParticipation(tx, row.id, change.reason, viewer.id)
          : reinstateParticipation(tx, row.id, viewer.id),
      { statuses: ["PLANNING", "RECRUITING", "MATCHING", "ACTIVE"], refusal: "participants.withdraw.errors.closed" },
    );
    if (!done) throw new Refusal("participants.withdraw.errors.unchanged");
    revalidate(paths.participant(row.id));
    revalidate(paths.cohort(row.cohort.id), "layout");
    return { ok: true, message: t(change.intent === "withdraw" ? "participants.withdraw.done" : "participants.withdraw.reinstated") };
  },
});
