"use server";

import { defineAction } from "@/lib/actions/define-action";
import { paths } from "@/lib/paths";
import { fieldLockedForSelf, findOwnParticipation, saveProfile } from "@/lib/participants/profile-edit";
import { profileFieldsFromForm } from "@/lib/profiles/profile-form";
import { profileSchema } from "@/lib/profiles/profile-schemas";

/** A participant saves their own profile in one of their cohorts. */
export const updateOwnProfileAction = defineAction({
  bound: ["participationId"],
  // Someone else's participation answers exactly like one that does not exist.
  authorize: (viewer, { participationId }) => findOwnParticipation(viewer, participationId),
  fields: profileSchema,
  read: (formData) => profileFieldsFromForm(formData),
  transaction: true,
  run: async ({ tx, t, input, resource: row, audit, revalidate }) => {
    const changed = await saveProfile(tx, row, input, { by: "self", fieldLocked: fieldLockedForSelf(row.cohort.status), audit });
    revalidate(paths.profile());
    revalidate(row.role === "MENTOR" ? paths.mentor() : paths.mentee());
    return { ok: true, message: t(changed.length ? "profilePage.saved" : "profilePage.unchanged") };
  },
});
