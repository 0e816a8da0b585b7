"use server";

import { headers } from "next/headers";
import { allowLinkTo, allowRequestFrom, allowResendTo } from "@/lib/accounts/password-limits";
import { sendPasswordLink, sendResetLink } from "@/lib/accounts/password-links";
import { findPasswordLinkRecipient } from "@/lib/accounts/password-queries";
import { forgotPasswordSchema } from "@/lib/accounts/password-schemas";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { resetLinkMinutes } from "@/lib/auth/one-time-tokens";
import { paths } from "@/lib/paths";
import { clientAddress } from "@/lib/request/client-address";

// Asking for a link to choose a password. Only the account's owner gets one, at the account's own
// address: the owner asks for it ("forgot your password?"), or a coordinator of the person's
// programme sends one again to someone who has not chosen a password yet. Nobody but the
// recipient ever sees the link (lib/auth/one-time-tokens.ts).

/**
 * "Forgot your password?": a reset link to the address, if it has an account. The answer is the
 * same whether or not it has one, and whether or not the address has had its share of links.
 */
export const requestPasswordResetAction = defineAction({
  who: "anyone",
  authorize: () => true,
  fields: forgotPasswordSchema,
  transaction: true,
  run: async ({ tx, t, input, audit }) => {
    if (!(await allowRequestFrom(clientAddress(await headers())))) throw new Refusal("login.forgot.tooMany");
    if (await allowLinkTo(input.email)) {
      const user = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, name: true, locale: true, erasedAt: true },
      });
      if (user && !user.erasedAt) {
        await sendResetLink(tx, { ...user, email: input.email });
        await audit({ action: "auth.request_reset", entityType: "User", entityId: user.id, subjectUserId: user.id });
      }
    }
    return { ok: true, message: t("login.forgot.sent", { email: input.email, minutes: resetLinkMinutes }) };
  },
});

/**
 * A coordinator sends a participant of their programme a new link to choose a password (the first
 * one expired or was lost). Only for an account without a password; the coordinator never sees it.
 */
export const resendPasswordLinkAction = defineAction({
  bound: ["participationId"],
  authorize: (viewer, { participationId }) => findPasswordLinkRecipient(viewer, participationId),
  transaction: true,
  run: async ({ tx, t, resource, audit, revalidate }) => {
    const { user, programme } = resource;
    const account = await tx.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    if (account?.passwordHash) throw new Refusal("setPassword.resend.hasPassword");
    if (!(await allowResendTo(user.id))) throw new Refusal("setPassword.resend.tooMany");
    await sendPasswordLink(tx, user, programme);
    await audit({
      action: "auth.send_password_link",
      entityType: "User",
      entityId: user.id,
      subjectUserId: user.id,
      programmeId: programme.id,
    });
    revalidate(paths.participant(resource.participationId));
    return { ok: true, message: t("setPassword.resend.sent", { email: user.email }) };
  },
});
