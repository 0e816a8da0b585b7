import "server-only";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumeOneTimeToken } from "@/lib/auth/one-time-tokens";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearFailures, isSignInLocked, recordFailure } from "@/lib/auth/sign-in-throttle";
import { recordAudit } from "@/lib/audit/audit";
import { signInSchema } from "@/lib/auth/sign-in-schemas";

// The check of an email and a password, with its throttle and its audit entry, and the use of a
// sign-in link. What signing in changes for the account beyond that (an invitation accepted)
// belongs to lib/accounts.

/** Error codes the sign-in page translates. */
export type SignInFailure = "invalid" | "locked";
export type SignInResult = { ok: true; user: { id: string; name: string; email: string } } | { ok: false; reason: SignInFailure };

// Compared against when the email is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

export async function authenticate(input: unknown, ip: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  if (await isSignInLocked(email, ip)) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, erasedAt: true },
  });
  dummyHash ??= hashPassword("a password nobody has");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || user.erasedAt || !valid) {
    // The failure that reaches the limit already says so.
    const locked = await recordFailure(email, ip);
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }

  await clearFailures(email, ip);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, ip });
  return { ok: true, user: { id: user.id, name: user.name, email } };
}

/**
 * Uses up a one-time sign-in link: the account it signs in, or null when the link is unknown, used,
 * expired or its account erased. It also clears the failures of the account from this address.
 */
export async function authenticateByLink(client: Db | Prisma.TransactionClient, token: string, ip: string | null) {
  const userId = await consumeOneTimeToken(client, token, "SIGN_IN");
  if (!userId) return null;
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, erasedAt: true },
  });
  if (!user.email || user.erasedAt) return null;
  await client.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in_link", entityType: "User", entityId: user.id, ip }, client);
  await clearFailures(user.email, ip);
  return { id: user.id, name: user.name, email: user.email };
}
