"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { locales, localeCookie } from "@/lib/i18n/locales";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/** Remembers the chosen language in a cookie, and on the account when someone is signed in. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const { locale } = parsed.data;
  const store = await cookies();
  store.set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const viewer = await getViewer();
  if (viewer) await db.user.update({ where: { id: viewer.id }, data: { locale } });
  revalidatePath("/", "layout");
}
