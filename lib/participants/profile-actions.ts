"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { formValuesFromForm } from "@/lib/applications/application-submit-form";
import { getViewer } from "@/lib/auth/session";
import { idSchema } from "@/lib/ids";
import { fieldLockedForSelf, loadEditableParticipation, saveProfile } from "@/lib/participants/profile-edit";
import { profileFieldsFromForm } from "@/lib/participants/profile-schemas";

/** A participant saves their own profile in one of their cohorts. */
export async function updateOwnProfileAction(participationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("profilePage.errors.notSignedIn") };

  const values = formValuesFromForm(formData);
  const id = idSchema.safeParse(participationId);
  const row = id.success ? await loadEditableParticipation(id.data) : null;
  // Someone else's participation answers exactly like one that does not exist.
  if (!row || row.userId !== viewer.id) return { ok: false, message: t("profilePage.errors.notFound") };

  const saved = await saveProfile(row, profileFieldsFromForm(formData), {
    actorId: viewer.id,
    by: "self",
    fieldLocked: fieldLockedForSelf(row.cohort.status),
  });
  if (!saved.ok) {
    const fieldErrors =
      "error" in saved ? toFieldErrors(saved.error, (key) => t(key)) : { [saved.fieldError.field]: [t(saved.fieldError.key)] };
    return { ok: false, fieldErrors, values };
  }

  revalidatePath("/profile");
  revalidatePath(row.role === "MENTOR" ? "/mentor" : "/mentee");
  return { ok: true, message: t(saved.changed.length ? "profilePage.saved" : "profilePage.unchanged") };
}
