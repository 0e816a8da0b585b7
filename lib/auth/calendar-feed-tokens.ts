import { createHmac, timingSafeEqual } from "node:crypto";

// The secret in a person's address of their cohort's calendar feed (decision 0018). Calendar apps
// fetch the feed without a session cookie, so the address itself is the key. The token is the
// participation's id and an HMAC of it under a key derived from the server's secret
// (NEXTAUTH_SECRET): nothing is stored, so no table holds a readable secret, and nobody can make the
// token of another participation without the server's secret. The feed answers only while the
// participation is in the cohort: withdrawing the person revokes it; a new secret revokes them all.

const macBytes = 16;
/** 16 bytes of id, 16 of signature: 43 characters of base64url. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

function signingKey(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("NEXTAUTH_SECRET is not set: calendar feed addresses cannot be signed.");
  return createHmac("sha256", secret).update("tandem:calendar-feed").digest();
}

function signature(participationId: string): Buffer {
  return createHmac("sha256", signingKey()).update(participationId).digest().subarray(0, macBytes);
}

/** The token of one participation's feed address. */
export function calendarFeedToken(participationId: string): string {
  const id = Buffer.from(participationId.replace(/-/g, ""), "hex");
  if (id.length !== 16) throw new Error("Not a participation id.");
  return Buffer.concat([id, signature(participationId)]).toString("base64url");
}

/** The participation a token was made for; null for anything this server did not sign. */
export function readCalendarFeedToken(token: string): string | null {
  if (!tokenPattern.test(token)) return null;
  const bytes = Buffer.from(token, "base64url");
  // Only the one spelling this server writes: the last character's spare bits must be zero.
  if (bytes.length !== 16 + macBytes || bytes.toString("base64url") !== token) return null;
  const hex = bytes.subarray(0, 16).toString("hex");
  const participationId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return timingSafeEqual(bytes.subarray(16), signature(participationId)) ? participationId : null;
}
