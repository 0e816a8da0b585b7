import { cookies } from "next/headers";
import type { NextAuthOptions, Session } from "next-auth";
import { decode } from "next-auth/jwt";

// getServerSession() as next-auth runs it for a page or an action, for the tests of sessions
// themselves: the cookie the code under test set is decoded, then the jwt and session callbacks
// of the options run as they do on every request. Other integration tests act as a person
// directly (tests/setup/acting.ts) and skip the cookie.

export const cookieName = "next-auth.session-token";

export async function sessionFromCookie(options: NextAuthOptions): Promise<Session | null> {
  const value = (await cookies()).get(cookieName)?.value;
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: process.env.NEXTAUTH_SECRET! });
    if (!token) return null;
    const checked = await options.callbacks!.jwt!({ token } as never);
    return (await options.callbacks!.session!({ session: { user: {}, expires: "" }, token: checked } as never)) as Session;
  } catch {
    // next-auth answers "no session" when the cookie cannot be read or a callback refuses it.
    return null;
  }
}

/** The session cookie the code under test holds now, to copy. */
export async function currentCookie(): Promise<string | undefined> {
  return (await cookies()).get(cookieName)?.value;
}

/** Puts a (copied) session cookie in the jar, as a browser replaying it would send it. */
export async function sendCookie(value: string | undefined): Promise<void> {
  const store = await cookies();
  if (value === undefined) store.delete(cookieName);
  else store.set(cookieName, value);
}
