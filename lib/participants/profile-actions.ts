"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { holdOpenCohort } from "@/lib/cohorts/cohort-lock";
import { paths } from "@/lib/paths";
import { fieldLockedForSelf, findOwnParticipation, profileStage, saveProfile } from "@/lib/participants/profile-edit";
import { profileFieldsFromForm } from "@/lib/profiles/profile-form";
import { profileSchema } from "@/lib/profiles/profile-schemas";

/** A participant saves their own profile in one of their cohorts, until their part in it is over. */
export const updateOwnProfileAction = defineAction({
  bound: ["participationId"],
  // Someone else's participation answers exactly like one that does not exist.
  authorize: (viewer, { participationId }) => findOwnParticipation(viewer, participationId),
  fields: profileSchema,
  read: (formData) => profileFieldsFromForm(formData),
  transaction: true,
  run: async ({ tx, t, input, resource: row, audit, revalidate }) => {
    // A past cohort's profile is what the reports of that cohort were made from: it stays as it was.
    if (profileStage(row) === "past") throw new Refusal("profilePage.errors.past");
    // Held until saved, so a cohort closing meanwhile keeps the profile its reports were made from.
    await holdOpenCohort(tx, row.cohort.id);
    const changed = await saveProfile(tx, row, input, { by: "self", fieldLocked: fieldLockedForSelf(row.cohort.status), audit });
    revalidate(paths.profile());
    revalidate(row.role === "MENTOR" ? paths.mentor() : paths.mentee());
    return { ok: true, message: t(changed.length ? "profilePage.saved" : "profilePage.unchanged") };
  },
});
