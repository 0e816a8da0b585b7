import "server-only";
import { clearHits, hit, lockedUntil, type RateRule } from "@/lib/rate-limit/rate-limit";

// How often links to choose a password may be asked for, and how many wrong current passwords a
// signed-in person may type when changing theirs. Counted in PostgreSQL (lib/rate-limit), so every
// app instance sees the same counts.

/** "Forgot your password?" from one address: a few people may share it (an office, a school). */
const requestsPerAddress: RateRule = { limit: 10, windowMinutes: 15, lockMinutes: 15 };
/** Links to one address: a few tries, so nobody floods a person's inbox. */
const linksPerRecipient: RateRule = { limit: 3, windowMinutes: 60, lockMinutes: 60 };
/** Wrong current passwords while changing it. */
const changeFailures: RateRule = { limit: 5, windowMinutes: 15, lockMinutes: 15 };

const keys = {
  address: (ip: string) => `password-link:address:${ip}`,
  recipient: (email: string) => `password-link:recipient:${email}`,
  resend: (userId: string) => `password-link:resend:${userId}`,
  change: (userId: string) => `password-change:${userId}`,
};

/** Counts one more against the key; false (and nothing counted) while the key must wait. */
async function allow(key: string, rule: RateRule): Promise<boolean> {
  if (await lockedUntil([key])) return false;
  await hit(key, rule);
  return true;
}

/** A "forgot your password?" request from the client's address; false when it has asked too often. */
export const allowRequestFrom = async (ip: string | null) => !ip || allow(keys.address(ip), requestsPerAddress);

/** A link to this email address; false when it has had its share for now. */
export const allowLinkTo = (email: string) => allow(keys.recipient(email), linksPerRecipient);

/** A link a coordinator sends again to this account; false when it has had its share for now. */
export const allowResendTo = (userId: string) => allow(keys.resend(userId), linksPerRecipient);

export async function isPasswordChangeLocked(userId: string): Promise<boolean> {
  return (await lockedUntil([keys.change(userId)])) !== null;
}

export async function recordWrongCurrentPassword(userId: string): Promise<void> {
  await hit(keys.change(userId), changeFailures);
}

export async function clearWrongCurrentPasswords(userId: string): Promise<void> {
  await clearHits(keys.change(userId));
}
