"use server";

import { headers } from "next/headers";
import { signInWithPassword } from "@/lib/accounts/credentials";
import type { ActionState } from "@/lib/actions/action-state";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { applyAccountLocale } from "@/lib/i18n/locale-cookie";
import { endAllSessions } from "@/lib/auth/session-version";
import { signInSchema } from "@/lib/auth/sign-in-schemas";
import { paths } from "@/lib/paths";
import { clientAddress } from "@/lib/request/client-address";

// Signing in and out. The sign-in form posts here rather than to next-auth's route: it works
// before the page's JavaScript has loaded, never puts a password in a URL, and answers like every
// other form. It issues the same session cookie next-auth would.

/** The sign-in form's answer: while wrong passwords hold this address back, it offers a sign-in link. */
export type SignInState = ActionState & { offerLink?: boolean };

export const signInAction = defineAction({
  who: "anyone",
  authorize: () => true,
  fields: signInSchema,
  failure: (state): SignInState => ({ ok: false, ...state }),
  run: async ({ input, values, t, redirectTo }) => {
    const result = await signInWithPassword(input, clientAddress(await headers()));
    if (!result.ok && result.reason === "locked") return { ok: false, message: t("login.errors.locked"), values, offerLink: true };
    if (!result.ok) throw new Refusal(`login.errors.${result.reason}`);
    await startSession(result.user);
    await applyAccountLocale(result.user.id);
    redirectTo(paths.home());
  },
});

/**
 * Signing out ends every session of the account, not only this browser's: a copy of the cookie
 * stops working too. A visitor whose session has already ended simply lands on the sign-in page.
 */
export const signOutAction = defineFormAction({
  who: "anyone",
  authorize: () => true,
  run: async ({ viewer, tx, redirectTo }) => {
    if (viewer) await endAllSessions(tx, viewer.id);
    await endSession();
    redirectTo(paths.login());
  },
});

/** Ends the person's sessions on every other device and browser, and keeps them signed in here. */
export const signOutOtherDevicesAction = defineAction({
  authorize: (viewer) => viewer,
  messageOnly: true,
  run: async ({ viewer, tx, t, audit }) => {
    if (!viewer.email) throw new Refusal("actions.notFound");
    await endAllSessions(tx, viewer.id);
    await audit({ action: "auth.sign_out_other_devices", entityType: "User", entityId: viewer.id, subjectUserId: viewer.id });
    // A new session for this browser, with the version just raised.
    await startSession({ id: viewer.id, name: viewer.name, email: viewer.email });
    return { ok: true, message: t("account.otherDevices.done") };
  },
});
