import { createHmac, timingSafeEqual } from "node:crypto";
import type { ReminderKind } from "@/lib/generated/prisma/client";

// The link in every reminder that turns that kind of reminder off, without signing in. Its token
// is the person's id and the kind, signed with an HMAC of the server's secret (NEXTAUTH_SECRET):
// nothing is stored, so there is no table of tokens to read, and the page checks the signature.
// The stored email holds a placeholder; delivery puts the link in (lib/email/delivery.ts), so the
// outbox never shows it. The link only turns reminders off, which the person can undo on their
// account page, so it does not expire; a new secret ends every link sent before.

/** A fixed code per kind, part of every link already sent: never change or reuse one. */
const kindCodes: Record<ReminderKind, number> = { LOG_MEETING: 1, CONFIRM_MEETING: 2, JOINT_SESSION: 3 };

const macBytes = 16;
/** 16 bytes of id, 1 of kind, 16 of signature: 44 characters of base64url. */
const tokenPattern = /^[A-Za-z0-9_-]{44}$/;

function signingKey(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("NEXTAUTH_SECRET is not set: reminder links cannot be signed.");
  return createHmac("sha256", secret).update("tandem:reminder-off").digest();
}

function signature(userId: string, kind: ReminderKind): Buffer {
  return createHmac("sha256", signingKey()).update(`${userId}:${kind}`).digest().subarray(0, macBytes);
}

export function isReminderKind(value: string): value is ReminderKind {
  return Object.hasOwn(kindCodes, value);
}

export function reminderOffToken(userId: string, kind: ReminderKind): string {
  const id = Buffer.from(userId.replace(/-/g, ""), "hex");
  if (id.length !== 16) throw new Error("Not a user id.");
  return Buffer.concat([id, Buffer.from([kindCodes[kind]]), signature(userId, kind)]).toString("base64url");
}

/** Whose reminders of which kind the token turns off; null for anything not signed by this server. */
export function readReminderOffToken(token: string): { userId: string; kind: ReminderKind } | null {
  if (!tokenPattern.test(token)) return null;
  const bytes = Buffer.from(token, "base64url");
  const hex = bytes.subarray(0, 16).toString("hex");
  const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const kind = (Object.keys(kindCodes) as ReminderKind[]).find((candidate) => kindCodes[candidate] === bytes[16]);
  if (!kind) return null;
  return timingSafeEqual(bytes.subarray(17), signature(userId, kind)) ? { userId, kind } : null;
}
