"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { recordAudit } from "@/lib/audit/audit";
import { consumeOneTimeToken } from "@/lib/auth/one-time-tokens";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/accounts/password-schemas";
import { startSession } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { confirmInvitations } from "@/lib/participants/invitations";

const tokenSchema = z.string().min(20).max(100);

/** Sets the password of the account a one-time link belongs to, uses the link up, and signs the person in. */
export async function setPasswordAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const parsedToken = tokenSchema.safeParse(token);
  if (!parsedToken.success) return { ok: false, message: t("setPassword.invalidLink") };
  const parsed = newPasswordSchema.safeParse({ password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)) };

  const passwordHash = await hashPassword(parsed.data.password);
  const user = await db.$transaction(async (tx) => {
    const userId = await consumeOneTimeToken(tx, parsedToken.data, "SET_PASSWORD");
    if (!userId) return null;
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash },
      select: { id: true, name: true, email: true, erasedAt: true },
    });
    if (updated.erasedAt || !updated.email) return null;
    await confirmInvitations(userId, tx);
    await recordAudit({ actorId: userId, action: "auth.set_password", entityType: "User", entityId: userId, subjectUserId: userId }, tx);
    return { id: updated.id, name: updated.name, email: updated.email };
  });
  if (!user) return { ok: false, message: t("setPassword.invalidLink") };

  await startSession(user);
  redirect("/");
}
