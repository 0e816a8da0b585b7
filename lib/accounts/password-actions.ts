"use server";

import { z } from "zod";
import { sendPasswordChangedNotice } from "@/lib/accounts/password-links";
import { clearWrongCurrentPasswords, isPasswordChangeLocked, recordWrongCurrentPassword } from "@/lib/accounts/password-limits";
import { changePasswordSchema, newPasswordSchema } from "@/lib/accounts/password-schemas";
import { storePassword } from "@/lib/accounts/passwords";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { recordAudit } from "@/lib/audit/audit";
import { consumeOneTimeToken } from "@/lib/auth/one-time-tokens";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/session-cookie";
import { applyAccountLocale } from "@/lib/i18n/locale-cookie";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

// Choosing a password: the first one from a set-password link, a new one from a reset link (the
// owner asked for it), or a new one while signed in. Each revokes the account's other links.

const tokenParams = z.object({ token: z.string().min(20).max(100) });
type LinkPurpose = "SET_PASSWORD" | "RESET_PASSWORD";

/**
 * Uses the link and saves the password in one transaction, then signs the person in: the session
 * starts only for a password that was saved. The link's token is the only authority.
 */
async function choosePasswordWithLink(token: string, purpose: LinkPurpose, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const userId = await consumeOneTimeToken(tx, token, purpose);
    if (!userId) throw new Refusal("setPassword.invalidLink");
    const saved = await storePassword(tx, userId, passwordHash, { firstOnly: purpose === "SET_PASSWORD" });
    if (!saved) {
      const account = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true, erasedAt: true } });
      throw new Refusal(account?.passwordHash && !account.erasedAt ? "setPassword.hasPassword" : "setPassword.invalidLink");
    }
    // Not signed in yet: the link's owner is the actor, whoever else the browser belongs to.
    const action = purpose === "SET_PASSWORD" ? "auth.set_password" : "auth.reset_password";
    await recordAudit({ actorId: userId, action, entityType: "User", entityId: userId, subjectUserId: userId }, tx);
    if (purpose === "RESET_PASSWORD") await sendPasswordChangedNotice(tx, saved);
    return saved;
  });
  await startSession(user);
  await applyAccountLocale(user.id);
}

/** The first password of an account without one, from the link it was sent. Refused once the account has a password. */
export const setPasswordAction = defineAction({
  who: "anyone",
  bound: ["token"],
  params: tokenParams,
  authorize: (_viewer, { token }) => ({ token }),
  fields: newPasswordSchema,
  run: async ({ input, resource, redirectTo }) => {
    await choosePasswordWithLink(resource.token, "SET_PASSWORD", input.password);
    redirectTo(paths.home());
  },
});

/** A new password from the link the owner asked for ("forgot your password?"); the owner is told by email. */
export const resetPasswordAction = defineAction({
  who: "anyone",
  bound: ["token"],
  params: tokenParams,
  authorize: (_viewer, { token }) => ({ token }),
  fields: newPasswordSchema,
  run: async ({ input, resource, redirectTo }) => {
    await choosePasswordWithLink(resource.token, "RESET_PASSWORD", input.password);
    redirectTo(paths.home());
  },
});

/** A signed-in person changes their password; the current one is asked for first, and the owner is told by email. */
export const changePasswordAction = defineAction({
  authorize: (viewer) => viewer,
  fields: changePasswordSchema,
  // Nothing typed here is sent back to the page.
  echo: () => ({}),
  run: async ({ viewer, input, t }) => {
    if (await isPasswordChangeLocked(viewer.id)) throw new Refusal("account.password.errors.tooMany");
    const stored = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
    if (!stored?.passwordHash || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
      await recordWrongCurrentPassword(viewer.id);
      throw new Refusal("account.password.errors.currentWrong", undefined, "currentPassword");
    }
    await clearWrongCurrentPasswords(viewer.id);
    const passwordHash = await hashPassword(input.password);
    const user = await db.$transaction(async (tx) => {
      const saved = await storePassword(tx, viewer.id, passwordHash);
      if (!saved) throw new Refusal("actions.notFound");
      await recordAudit(
        { actorId: viewer.id, action: "auth.change_password", entityType: "User", entityId: viewer.id, subjectUserId: viewer.id },
        tx,
      );
      await sendPasswordChangedNotice(tx, saved);
      return saved;
    });
    // This browser stays signed in with a session issued after the change.
    await startSession(user);
    return { ok: true, message: t("account.password.changed") };
  },
});
