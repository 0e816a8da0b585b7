import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newSessionClaims, readClaims, secondsLeft, type SessionClaims } from "@/lib/auth/session-claims";

// A session is valid while the account's session version is the one its cookie carries. Raising
// the version ends every session of the account at once, wherever its cookies are, without a table
// of sessions: signing out, a new password, erasure, "sign out on other devices".

type Client = Db | Prisma.TransactionClient;

/**
 * Ends every session of the person, this browser's included. Call it inside the transaction of the
 * change that calls for it (a new password), then startSession() after the commit to keep the
 * person who made the change signed in.
 */
export async function endAllSessions(client: Client, userId: string): Promise<void> {
  await client.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** The claims of a new session of the person, with their session version as it is now. */
export async function claimsForNewSession(userId: string, client: Client = db): Promise<SessionClaims> {
  const user = await client.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return newSessionClaims(userId, user.sessionVersion);
}

/** Why a session cookie is no longer accepted; an answer, not a fault, so it is not logged. */
export class SessionEnded extends Error {
  override name = "SessionEnded";
}

/**
 * The claims of a session that is still valid: signed in less than 12 hours ago, used within the
 * last 2, for an account that still exists with the same session version. Throws SessionEnded
 * otherwise.
 */
export async function checkSession(token: JWT): Promise<SessionClaims> {
  const claims = readClaims(token);
  if (!claims || secondsLeft(claims) === 0) throw new SessionEnded();
  const user = await db.user.findUnique({ where: { id: claims.uid }, select: { sessionVersion: true, erasedAt: true } });
  if (!user || user.erasedAt || user.sessionVersion !== claims.sv) throw new SessionEnded();
  return claims;
}
