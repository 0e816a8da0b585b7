import "server-only";
import type { Viewer } from "@/lib/auth/policy";
import { peekOneTimeToken } from "@/lib/auth/one-time-tokens";
import { db } from "@/lib/db";

/**
 * Who a set-password link is for, while it is valid; null when it is unknown, used or expired.
 * Public by its unguessable token: whoever holds the link may read whose it is, signed in
 * (`viewer`) or not (null), so nothing is asked of the viewer.
 */
export async function getPasswordLinkOwner(_viewer: Viewer | null, token: string) {
  if (token.length < 20 || token.length > 100) return null;
  const user = await peekOneTimeToken(db, token, "SET_PASSWORD");
  return user?.email ? { name: user.name, email: user.email } : null;
}
