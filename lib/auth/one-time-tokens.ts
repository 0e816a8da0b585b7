import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma, TokenPurpose } from "@/lib/generated/prisma/client";

// One-time links (set a password). The link carries a random token; only its SHA-256 is stored,
// so the table alone cannot be used to sign in. A token is consumed in one conditional update,
// so two clicks on the same link cannot both succeed.

type Client = Db | Prisma.TransactionClient;

export const passwordLinkDays = 7;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type OneTimeTokenBatch = {
  /** The token (for the link) of each user id. */
  tokens: Map<string, string>;
  /** Rows for OneTimeToken; the caller inserts them inside its transaction. */
  rows: Prisma.OneTimeTokenCreateManyInput[];
};

/** Makes tokens for many people at once (a CSV import) without touching the database. */
export function newOneTimeTokens(userIds: string[], purpose: TokenPurpose, days = passwordLinkDays): OneTimeTokenBatch {
  const expiresAt = new Date(Date.now() + days * 24 * 3_600_000);
  const tokens = new Map(userIds.map((userId) => [userId, randomBytes(32).toString("base64url")]));
  const rows = [...tokens].map(([userId, token]) => ({ userId, purpose, tokenHash: hashToken(token), expiresAt }));
  return { tokens, rows };
}

export async function createOneTimeToken(client: Client, userId: string, purpose: TokenPurpose, days = passwordLinkDays): Promise<string> {
  const { tokens, rows } = newOneTimeTokens([userId], purpose, days);
  await client.oneTimeToken.create({ data: rows[0]! });
  return tokens.get(userId)!;
}

/** The account a valid, unused token belongs to, without using it up. */
export async function peekOneTimeToken(client: Client, token: string, purpose: TokenPurpose) {
  const row = await client.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, erasedAt: true } } },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= new Date() || row.user.erasedAt) return null;
  return row.user;
}

/** Uses the token up; returns its user id, or null when it is unknown, used, expired or of another kind. */
export async function consumeOneTimeToken(client: Client, token: string, purpose: TokenPurpose): Promise<string | null> {
  const rows = await client.$queryRaw<Array<{ userId: string }>>`
    UPDATE "OneTimeToken" SET "usedAt" = now()
    WHERE "tokenHash" = ${hashToken(token)} AND "purpose" = ${purpose}::"TokenPurpose"
      AND "usedAt" IS NULL AND "expiresAt" > now()
    RETURNING "userId"`;
  return rows[0]?.userId ?? null;
}
