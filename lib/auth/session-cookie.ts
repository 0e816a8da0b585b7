import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { secondsLeft, sessionCookieNames, sessionCookieOptions } from "@/lib/auth/session-claims";
import { claimsForNewSession } from "@/lib/auth/session-version";
import { env } from "@/lib/env";

// The sign-in form is a server action (it works before the page's JavaScript has loaded, and
// never puts a password in a URL). It issues the same encrypted JWT cookie that next-auth's own
// callback would, so getServerSession() reads it the same way.

function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * Signs the person in on this browser, with their session version as it is now: call it after the
 * change that ended their other sessions has been committed, never inside its transaction.
 */
export async function startSession(user: { id: string; name: string; email: string }): Promise<void> {
  const claims = await claimsForNewSession(user.id);
  const maxAge = secondsLeft(claims);
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, ...claims },
    secret: env().NEXTAUTH_SECRET,
    maxAge,
  });
  const store = await cookies();
  store.set(sessionCookieName(), token, sessionCookieOptions(secureCookies(), maxAge));
}

/** Forgets the session on this browser (its cookie); endAllSessions() is what makes a copy useless. */
export async function endSession(): Promise<void> {
  const store = await cookies();
  for (const name of sessionCookieNames) {
    if (store.get(name)) store.delete(name);
  }
}
