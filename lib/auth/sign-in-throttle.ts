import "server-only";
import { clearHits, hit, lockedUntil, type RateRule } from "@/lib/rate-limit/rate-limit";

// Failed sign-ins slow down the pair of an account and the address trying it, never the account
// itself: someone guessing from one address cannot keep the owner out from another. An address
// gets a larger budget across accounts, since several people may share one (an office, a language
// school). While a pair is held back, the owner can still get in by a sign-in link sent to the
// account's email address (lib/accounts/sign-in-links.ts).
export const pairRule: RateRule = { limit: 5, windowMinutes: 15, lockMinutes: 15 };
export const addressRule: RateRule = { limit: 30, windowMinutes: 15, lockMinutes: 15 };

/** Attempts with no known address share one pair per account. */
export const pairKey = (email: string, ip: string | null) => `sign-in:pair:${ip ?? "unknown"}:${email}`;
const addressKey = (ip: string) => `sign-in:address:${ip}`;

function keys(email: string, ip: string | null): string[] {
  return ip ? [pairKey(email, ip), addressKey(ip)] : [pairKey(email, ip)];
}

export async function isSignInLocked(email: string, ip: string | null): Promise<boolean> {
  return (await lockedUntil(keys(email, ip))) !== null;
}

/** Counts a failure against the pair and the address; true when either is locked now. */
export async function recordFailure(email: string, ip: string | null): Promise<boolean> {
  const pair = await hit(pairKey(email, ip), pairRule);
  const address = ip ? await hit(addressKey(ip), addressRule) : { locked: false };
  return pair.locked || address.locked;
}

/** A successful sign-in clears the pair's count (not the address's). */
export async function clearFailures(email: string, ip: string | null): Promise<void> {
  await clearHits(pairKey(email, ip));
}
