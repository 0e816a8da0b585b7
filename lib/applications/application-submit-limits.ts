import "server-only";
import { hit, lockedUntil, type RateRule } from "@/lib/rate-limit/rate-limit";

// The public application form takes no account, so it is limited per client address instead:
// enough for a class at a language school applying together from one network, too few to flood
// a cohort with applications or someone's inbox with confirmations. Only applications that are
// saved count; a form sent back with errors costs nothing.
export const applyAddressRule: RateRule = { limit: 20, windowMinutes: 60, lockMinutes: 60 };

export const applyAddressKey = (address: string) => `apply:address:${address}`;

/** True when this address has used up its applications for now. Unknown addresses are not limited. */
export async function isApplyLimited(address: string | null): Promise<boolean> {
  return address !== null && (await lockedUntil([applyAddressKey(address)])) !== null;
}

/** Counts one saved application against the address. */
export async function countApplication(address: string | null): Promise<void> {
  if (address) await hit(applyAddressKey(address), applyAddressRule);
}
