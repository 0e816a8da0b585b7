"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { signInWithPassword } from "@/lib/accounts/credentials";
import { clientAddress } from "@/lib/request/client-address";
import { signInSchema } from "@/lib/auth/sign-in-schemas";
import { endSession, startSession } from "@/lib/auth/session-cookie";

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };

  const result = await signInWithPassword(parsed.data, clientAddress(await headers()));
  if (!result.ok) return { ok: false, message: t(`login.errors.${result.reason}`), values };

  await startSession(result.user);
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/login");
}
