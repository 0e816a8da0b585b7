import "server-only";
import type { Viewer } from "@/lib/auth/policy";
import { peekOneTimeToken } from "@/lib/auth/one-time-tokens";
import { db } from "@/lib/db";

/**
 * Whose a sign-in link is, while it is valid; null when it is unknown, used or expired. Public by
 * its unguessable token: whoever holds the link may read whose it is, signed in (`viewer`) or not
 * (null), so nothing is asked of the viewer.
 */
export async function getSignInLinkOwner(_viewer: Viewer | null, token: string) {
  if (token.length < 20 || token.length > 100) return null;
  const user = await peekOneTimeToken(db, token, "SIGN_IN");
  return user?.email ? { name: user.name, email: user.email } : null;
}
