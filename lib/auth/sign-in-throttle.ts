import "server-only";
import { clearHits, hit, lockedUntil, type RateRule } from "@/lib/rate-limit/rate-limit";

// An account is locked for a while after a few failed sign-ins; an address gets a larger budget,
// since several people may share one (an office, a language school).
export const accountRule: RateRule = { limit: 5, windowMinutes: 15, lockMinutes: 15 };
export const addressRule: RateRule = { limit: 30, windowMinutes: 15, lockMinutes: 15 };

export const accountKey = (email: string) => `sign-in:account:${email}`;
const addressKey = (ip: string) => `sign-in:address:${ip}`;

function keys(email: string, ip: string | null): string[] {
  return ip ? [accountKey(email), addressKey(ip)] : [accountKey(email)];
}

export async function isSignInLocked(email: string, ip: string | null): Promise<boolean> {
  return (await lockedUntil(keys(email, ip))) !== null;
}

/** Counts a failure against the account and the address; true when either is locked now. */
export async function recordFailure(email: string, ip: string | null): Promise<boolean> {
  const account = await hit(accountKey(email), accountRule);
  const address = ip ? await hit(addressKey(ip), addressRule) : { locked: false };
  return account.locked || address.locked;
}

/** A successful sign-in clears the account's count (not the address's). */
export async function clearFailures(email: string): Promise<void> {
  await clearHits(accountKey(email));
}
