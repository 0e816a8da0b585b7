"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { sendSignInLink, signInWithLink } from "@/lib/accounts/sign-in-links";
import { signInLinkMinutes } from "@/lib/auth/one-time-tokens";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { startSession } from "@/lib/auth/session-cookie";
import { applyAccountLocale } from "@/lib/i18n/locale-cookie";
import { signInLinkSchema } from "@/lib/auth/sign-in-schemas";
import { paths } from "@/lib/paths";
import { clientAddress } from "@/lib/request/client-address";

/** Emails a sign-in link to the address; the answer is the same whether or not it has an account. */
export const sendSignInLinkAction = defineAction({
  who: "anyone",
  authorize: () => true,
  fields: signInLinkSchema,
  transaction: true,
  run: async ({ input, tx, t }) => {
    await sendSignInLink(tx, input.email, clientAddress(await headers()));
    return { ok: true, message: t("login.link.sent", { email: input.email, minutes: signInLinkMinutes }) };
  },
});

/**
 * Signs in the account a sign-in link belongs to and uses the link up. The link's token is the only
 * authority: whoever holds it may use it once. A button on the link's page posts here, so a mail
 * program that opens links to scan them does not use the link up.
 */
export const signInWithLinkAction = defineAction({
  who: "anyone",
  bound: ["token"],
  params: z.object({ token: z.string().min(20).max(100) }),
  authorize: (_viewer, { token }) => ({ token }),
  run: async ({ resource, redirectTo }) => {
    const user = await signInWithLink(resource.token, clientAddress(await headers()));
    if (!user) throw new Refusal("login.link.invalid");
    // The session starts once the link is used up, never for a change that was rolled back.
    await startSession(user);
    await applyAccountLocale(user.id);
    redirectTo(paths.home());
  },
});
