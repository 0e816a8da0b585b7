"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { recordAudit } from "@/lib/audit/audit";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { wishChoicesSchema } from "@/lib/matching-board/board-schemas";
import { findWishingMentee, shortlistFor } from "@/lib/matching-board/wishes";

/**
 * Saves a mentee's wishes for their shortlist: up to three mentors in order, and any they would
 * rather not have. Only the mentee themself, only while the cohort takes wishes.
 */
export async function saveWishesAction(participationId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("matching.wishes.errors.signedOut") };
  const mentee = await findWishingMentee(viewer, participationId);
  if (!mentee) return { ok: false, message: t("matching.wishes.errors.closed") };

  const shortlist = await shortlistFor(db, mentee.cohortId, mentee.id);
  // The shortlist follows the cohort: when it changed since the page was shown, nothing is saved
  // and the person sees the new one.
  const shown = [...formData.keys()].filter((name) => name.startsWith("choice-")).map((name) => name.slice("choice-".length));
  if (shown.length !== shortlist.length || !shown.every((mentorId) => shortlist.includes(mentorId))) {
    revalidatePath(`/mentee/wishes/${mentee.id}`);
    return { ok: false, message: t("matching.wishes.errors.listChanged") };
  }
  const submitted = Object.fromEntries(shortlist.map((mentorId) => [mentorId, String(formData.get(`choice-${mentorId}`) ?? "")]));
  const values = Object.fromEntries(Object.entries(submitted).map(([mentorId, choice]) => [`choice-${mentorId}`, choice.slice(0, 10)]));
  const parsed = wishChoicesSchema.safeParse(submitted);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };

  // Ranks are stored 1, 2, 3 in the order chosen, whatever numbers were picked.
  const wished = Object.entries(parsed.data)
    .filter(([, choice]) => choice !== "" && choice !== "avoid")
    .sort(([, a], [, b]) => Number(a) - Number(b))
    .map(([mentorId], index) => ({ mentorParticipationId: mentorId, kind: "WISH" as const, rank: index + 1 }));
  const avoided = Object.entries(parsed.data)
    .filter(([, choice]) => choice === "avoid")
    .map(([mentorId]) => ({ mentorParticipationId: mentorId, kind: "AVOID" as const, rank: null }));

  await db.$transaction(async (tx) => {
    await tx.menteeWish.deleteMany({ where: { menteeParticipationId: mentee.id } });
    await tx.menteeWish.createMany({ data: [...wished, ...avoided].map((wish) => ({ ...wish, menteeParticipationId: mentee.id })) });
    await recordAudit(
      {
        actorId: viewer.id,
        action: "wishes.update",
        entityType: "Participation",
        entityId: mentee.id,
        subjectUserId: viewer.id,
        details: { wishes: wished.length, avoided: avoided.length },
      },
      tx,
    );
  });
  revalidatePath(`/mentee/wishes/${mentee.id}`);
  return { ok: true, message: t("matching.wishes.saved", { wishes: wished.length, avoided: avoided.length }) };
}
