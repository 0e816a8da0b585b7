import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearFailures, isSignInLocked, recordFailure } from "@/lib/auth/sign-in-throttle";
import { recordAudit } from "@/lib/audit/audit";
import { signInSchema } from "@/lib/auth/sign-in-schemas";

// The check of an email and a password, with its throttle and its audit entry. What signing in
// changes for the account beyond that (an invitation accepted) belongs to lib/accounts.

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

  await clearFailures(email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, ip });
  return { ok: true, user: { id: user.id, name: user.name, email } };
}
