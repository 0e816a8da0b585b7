import "server-only";
import { db } from "@/lib/db";
import { peekOneTimeToken } from "@/lib/auth/one-time-tokens";

/** Who a set-password link is for, while it is valid; null when it is unknown, used or expired. */
export async function getPasswordLinkOwner(token: string) {
  if (token.length < 20 || token.length > 100) return null;
  const user = await peekOneTimeToken(db, token, "SET_PASSWORD");
  return user?.email ? { name: user.name, email: user.email } : null;
}
