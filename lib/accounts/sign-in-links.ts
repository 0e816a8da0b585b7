import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { confirmInvitations } from "@/lib/accounts/invitations";
import { issueOneTimeToken, signInLinkMinutes } from "@/lib/auth/one-time-tokens";
import { authenticateByLink } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { hit, lockedUntil, type RateRule } from "@/lib/rate-limit/rate-limit";

// A sign-in link by email: the way in for the owner of an account while wrong passwords from their
// address hold the password back (lib/auth/sign-in-throttle.ts). The link goes only to the
// account's own address, works once and for half an hour, and whoever asks gets the same answer
// whether or not the address has an account.

type Tx = Prisma.TransactionClient;

/** Links to one address, and links asked for from one client address, per hour. */
export const signInLinkRecipientRule: RateRule = { limit: 3, windowMinutes: 60, lockMinutes: 60 };
export const signInLinkAddressRule: RateRule = { limit: 10, windowMinutes: 60, lockMinutes: 60 };

const recipientKey = (email: string) => `sign-in-link:to:${email}`;
const addressKey = (ip: string) => `sign-in-link:address:${ip}`;

/**
 * Queues a sign-in link to the address when it belongs to an account with a password that is not
 * erased, unless the address or the client has asked too often. Asking counts either way. Not
 * filed under a programme, so no coordinator's outbox lists it.
 */
export async function sendSignInLink(tx: Tx, email: string, ip: string | null): Promise<void> {
  if (await lockedUntil(ip ? [recipientKey(email), addressKey(ip)] : [recipientKey(email)])) return;
  await hit(recipientKey(email), signInLinkRecipientRule);
  if (ip) await hit(addressKey(ip), signInLinkAddressRule);

  const user = await tx.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, passwordHash: true, erasedAt: true },
  });
  if (!user?.email || !user.passwordHash || user.erasedAt) return;
  const oneTimeTokenId = await issueOneTimeToken(tx, user.id, "SIGN_IN");
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    template: "signInLink",
    params: { name: user.name, minutes: signInLinkMinutes },
    userId: user.id,
    oneTimeTokenId,
  });
}

/** Uses a sign-in link up; an invitation the person was waiting on becomes active, as with a password. */
export async function signInWithLink(token: string, ip: string | null) {
  return db.$transaction(async (tx) => {
    const user = await authenticateByLink(tx, token, ip);
    if (user) await confirmInvitations(user.id, tx);
    return user;
  });
}
