import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { confirmInvitations } from "@/lib/accounts/invitations";
import { revokeOneTimeTokens } from "@/lib/auth/one-time-tokens";
import { endAllSessions } from "@/lib/auth/session-version";

/**
 * Saves a new password (already hashed) and what follows from it: the account's unused
 * set-password and reset links stop working, every session of the account ends, and an invitation the person was waiting on becomes
 * active. With `firstOnly` (a set-password link) only an account without a password takes it.
 * Returns the account, or null when nothing was saved (erased, or a password already set).
 */
export async function storePassword(tx: Prisma.TransactionClient, userId: string, passwordHash: string, { firstOnly = false } = {}) {
  const { count } = await tx.user.updateMany({
    where: { id: userId, erasedAt: null, email: { not: null }, ...(firstOnly ? { passwordHash: null } : {}) },
    data: { passwordHash },
  });
  if (count === 0) return null;
  await revokeOneTimeTokens(tx, [userId], ["SET_PASSWORD", "RESET_PASSWORD"]);
  // Every session of the account ends; the caller signs in the browser that made the change afresh.
  await endAllSessions(tx, userId);
  await confirmInvitations(userId, tx);
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true } });
  return { ...user, email: user.email as string };
}
