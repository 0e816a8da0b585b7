import { createHash, randomBytes } from "node:crypto";
import type { Prisma, TokenPurpose } from "@/lib/generated/prisma/client";
import { passwordLinkDays } from "@/lib/auth/one-time-tokens";

// One-time links for many people at once (a CSV import). Tokens are made and stored as
// createOneTimeToken makes them: a random token goes in the link, only its SHA-256 in the table.
// This builds the rows; the caller inserts them in one statement inside its transaction.

export type OneTimeTokenBatch = {
  /** The token (for the link) of each user id. */
  tokens: Map<string, string>;
  /** Rows for OneTimeToken (createMany, or any bulk insert that adds ids). */
  rows: Prisma.OneTimeTokenCreateManyInput[];
};

export function newOneTimeTokens(userIds: string[], purpose: TokenPurpose, days = passwordLinkDays): OneTimeTokenBatch {
  const expiresAt = new Date(Date.now() + days * 24 * 3_600_000);
  const tokens = new Map(userIds.map((userId) => [userId, randomBytes(32).toString("base64url")]));
  const rows = [...tokens].map(([userId, token]) => ({
    userId,
    purpose,
    tokenHash: createHash("sha256").update(token).digest("hex"),
    expiresAt,
  }));
  return { tokens, rows };
}
