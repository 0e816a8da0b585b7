import "server-only";
import { hit, lockedUntil, type RateRule } from "@/lib/rate-limit/rate-limit";

// The public application form takes no account, so it is limited per client address instead:
// enough for a class at a language school applying together from one network, too few to flood
// a cohort with applications or someone's inbox with confirmations. Only applications that are
// saved count; a form sent back with errors costs nothing.
export const applyAddressRule: RateRule = { limit: 20, windowMinutes: 60, lockMinutes: 60 };

export const applyAddressKey = (address: string) => `apply:address:${address}`;

// And per recipient, whichever address sends the forms: the emails the form sends to one email
// address (a receipt, a link to confirm a change), across every cohort, in a day. Enough for a
// person who applies to a few cohorts and corrects an answer or two; a stranger typing someone's
// address again and again cannot fill that person's inbox. Past the limit the form still answers
// with the same thank-you page; only the email is left out.
export const applyRecipientRule: RateRule = { limit: 5, windowMinutes: 24 * 60, lockMinutes: 24 * 60 };

export const applyRecipientKey = (email: string) => `apply:recipient:${email.toLowerCase()}`;

/** True when this address has used up its applications for now. Unknown addresses are not limited. */
export async function isApplyLimited(address: string | null): Promise<boolean> {
  return address !== null && (await lockedUntil([applyAddressKey(address)])) !== null;
}

/** Counts one saved application against the address. */
export async function countApplication(address: string | null): Promise<void> {
  if (address) await hit(applyAddressKey(address), applyAddressRule);
}

/** True when the form may send one more email to this address today. */
export async function mayEmailApplicant(email: string): Promise<boolean> {
  return (await lockedUntil([applyRecipientKey(email)])) === null;
}

/** Counts one email sent to this address. */
export async function countApplicantEmail(email: string): Promise<void> {
  await hit(applyRecipientKey(email), applyRecipientRule);
}
