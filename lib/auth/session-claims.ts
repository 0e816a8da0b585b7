import type { JWT } from "next-auth/jwt";

// How long a session lasts, and what its cookie carries to prove it still may. Pure: read by the
// proxy (which renews the activity stamp) and by the session check on every request. Decision 0002
// explains the choice.

/** A session nobody has used for this long has ended: 2 hours without opening a page. */
export const sessionIdleSeconds = 2 * 60 * 60;
/** However active, a session ends this long after signing in: 12 hours. */
export const sessionMaxAgeSeconds = 12 * 60 * 60;
/** The activity stamp is renewed at most this often, so not every page view re-issues the cookie. */
export const activityStampSeconds = 5 * 60;

/** Both names next-auth gives the session cookie (the second over https). */
export const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

/** How the session cookie is set, wherever it is issued or renewed. */
export function sessionCookieOptions(secure: boolean, maxAge: number) {
  return { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge } as const;
}

export type SessionClaims = {
  /** The account. */
  uid: string;
  /** The account's session version when the session started (User.sessionVersion). */
  sv: number;
  /** When the person signed in, in seconds since 1970. */
  signedInAt: number;
  /** When the session was last used, in seconds since 1970 (renewed by the proxy). */
  seenAt: number;
};

export const nowInSeconds = (): number => Math.floor(Date.now() / 1000);

/** The claims of a fresh session. */
export function newSessionClaims(userId: string, sessionVersion: number, now = nowInSeconds()): SessionClaims {
  return { uid: userId, sv: sessionVersion, signedInAt: now, seenAt: now };
}

/** The session's claims, or null for a token without them (one issued before sessions had versions). */
export function readClaims(token: JWT | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { uid, sv, signedInAt, seenAt } = token;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof signedInAt !== "number" || typeof seenAt !== "number") return null;
  return { uid, sv, signedInAt, seenAt };
}

/** Seconds the session may still last (0 when it has ended): the idle limit or the absolute one, whichever comes first. */
export function secondsLeft(claims: SessionClaims, now = nowInSeconds()): number {
  const idleEnd = claims.seenAt + sessionIdleSeconds;
  const absoluteEnd = claims.signedInAt + sessionMaxAgeSeconds;
  return Math.max(0, Math.min(idleEnd, absoluteEnd) - now);
}

/** Whether the activity stamp is old enough to renew. */
export function isStampDue(claims: SessionClaims, now = nowInSeconds()): boolean {
  return now - claims.seenAt >= activityStampSeconds;
}
