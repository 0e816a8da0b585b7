import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { localeCookie, type AppLocale } from "@/lib/i18n/locales";

/** Remembers the language on this browser for a year. */
export async function rememberLocale(locale: AppLocale): Promise<void> {
  const store = await cookies();
  store.set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}

/**
 * On signing in, the browser takes the language saved on the account: someone who chose English
 * reads English on a new phone too, from the first page after signing in.
 */
export async function applyAccountLocale(userId: string): Promise<void> {
  const account = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  if (account) await rememberLocale(account.locale);
}
