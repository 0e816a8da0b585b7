"use server";

import { headers } from "next/headers";
import { signInWithPassword } from "@/lib/accounts/credentials";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { signInSchema } from "@/lib/auth/sign-in-schemas";
import { paths } from "@/lib/paths";
import { clientAddress } from "@/lib/request/client-address";

// Signing in and out. The sign-in form posts here rather than to next-auth's route: it works
// before the page's JavaScript has loaded, never puts a password in a URL, and answers like every
// other form. It issues the same session cookie next-auth would.

export const signInAction = defineAction({
  who: "anyone",
  authorize: () => true,
  fields: signInSchema,
  run: async ({ input, redirectTo }) => {
    const result = await signInWithPassword(input, clientAddress(await headers()));
    if (!result.ok) throw new Refusal(`login.errors.${result.reason}`);
    await startSession(result.user);
    redirectTo(paths.home());
  },
});

/** Anyone may sign out; a visitor whose session has already ended simply lands on the sign-in page. */
export const signOutAction = defineFormAction({
  who: "anyone",
  authorize: () => true,
  run: async ({ redirectTo }) => {
    await endSession();
    redirectTo(paths.login());
  },
});
