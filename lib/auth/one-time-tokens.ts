import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma, TokenPurpose } from "@/lib/generated/prisma/client";
import { paths } from "@/lib/paths";

// One-time links (choose a first password, reset a forgotten one, sign in). A link is issued as a
// row without a token, referred to by the email that will carry it. The token itself is made only
// when that email is delivered (lib/email/delivery.ts), so it exists nowhere but in the sent
// message: the outbox, its reader and the database never hold a usable one. Only its SHA-256 is
// stored. A token is consumed in one conditional update, so two clicks cannot both succeed.
// Issuing or using a link revokes the person's other links of that purpose. The link that confirms
// a change of an application (ApplicationChange, for an address that may have no account) is made
// the same way at delivery, by mintApplicationChangeToken.

type Client = Db | Prisma.TransactionClient;

export const passwordLinkDays = 7;
export const resetLinkMinutes = 60;
export const signInLinkMinutes = 30;

/** How long a link of each purpose works, counted from when it is issued. */
export const linkLifetimeMinutes: Record<TokenPurpose, number> = {
  SET_PASSWORD: passwordLinkDays * 24 * 60,
  RESET_PASSWORD: resetLinkMinutes,
  SIGN_IN: signInLinkMinutes,
};

/** The page a link of this purpose opens. */
export function oneTimeLinkPath(purpose: TokenPurpose, token: string): string {
  switch (purpose) {
    case "SET_PASSWORD":
      return paths.setPassword(token);
    case "RESET_PASSWORD":
      return paths.resetPassword(token);
    case "SIGN_IN":
      return paths.signInLink(token);
  }
}

/** What is stored of a link's token: its SHA-256, never the token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh link token: 32 random bytes, 43 characters safe in a URL. */
function newToken(): string {
  return randomBytes(32).toString("base64url");
}

function expiry(purpose: TokenPurpose, minutes = linkLifetimeMinutes[purpose]): Date {
  return new Date(Date.now() + minutes * 60_000);
}

/** A link is usable while it has a token, is unused, not revoked and not expired. */
const usable = () => ({ usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } });

/** Revokes the links of these purposes that the people have not used yet. */
export async function revokeOneTimeTokens(client: Client, userIds: string[], purposes: TokenPurpose[]): Promise<void> {
  if (userIds.length === 0) return;
  await client.oneTimeToken.updateMany({
    where: { userId: { in: userIds }, purpose: { in: purposes }, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/**
 * Issues a link for the person, revoking their other links of the purpose. Returns its id, for the
 * email that will carry it (EmailRequest.oneTimeTokenId). Call it in the transaction of the change
 * the link belongs to.
 */
export async function issueOneTimeToken(client: Client, userId: string, purpose: TokenPurpose, minutes?: number): Promise<string> {
  await revokeOneTimeTokens(client, [userId], [purpose]);
  const row = await client.oneTimeToken.create({ data: { userId, purpose, expiresAt: expiry(purpose, minutes) }, select: { id: true } });
  return row.id;
}

/**
 * Rows of links for many accounts at once (a CSV import inserts them in bulk). Only for accounts
 * made in the same transaction, which have no other link to revoke.
 */
export function newOneTimeTokenRows(userIds: string[], purpose: TokenPurpose) {
  const expiresAt = expiry(purpose);
  return userIds.map((userId) => ({ userId, purpose, expiresAt }));
}

/**
 * Makes the token of an issued link, at delivery: a fresh random token whose hash replaces any
 * earlier one (a delivery that failed and is tried again). Null when the link can no longer be
 * used (used, revoked or expired before its email went out).
 */
export async function mintOneTimeToken(client: Client, tokenId: string): Promise<{ token: string; purpose: TokenPurpose } | null> {
  const token = newToken();
  const rows = await client.$queryRaw<Array<{ purpose: TokenPurpose }>>`
    UPDATE "OneTimeToken" SET "tokenHash" = ${hashToken(token)}
    WHERE "id" = ${tokenId}::uuid AND "usedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
    RETURNING "purpose"`;
  return rows[0] ? { token, purpose: rows[0].purpose } : null;
}

/**
 * Makes the token of the link that confirms a kept-aside change of an application, at delivery,
 * as mintOneTimeToken does. Null when the change is gone (confirmed, replaced) or expired.
 */
export async function mintApplicationChangeToken(client: Client, changeId: string): Promise<string | null> {
  const token = newToken();
  const rows = await client.$queryRaw<Array<{ id: string }>>`
    UPDATE "ApplicationChange" SET "tokenHash" = ${hashToken(token)}
    WHERE "id" = ${changeId}::uuid AND "expiresAt" > now()
    RETURNING "id"`;
  return rows[0] ? token : null;
}

/** The account a usable token belongs to, without using it up. */
export async function peekOneTimeToken(client: Client, token: string, purpose: TokenPurpose) {
  const row = await client.oneTimeToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, ...usable() },
    select: { user: { select: { id: true, name: true, email: true, erasedAt: true, passwordHash: true } } },
  });
  if (!row || row.user.erasedAt || !row.user.email) return null;
  return { id: row.user.id, name: row.user.name, email: row.user.email, hasPassword: row.user.passwordHash !== null };
}

/**
 * Uses the token up and revokes the person's other links of the purpose; returns its user id, or
 * null when it is unknown, used, revoked, expired or of another kind.
 */
export async function consumeOneTimeToken(client: Client, token: string, purpose: TokenPurpose): Promise<string | null> {
  const rows = await client.$queryRaw<Array<{ userId: string }>>`
    UPDATE "OneTimeToken" SET "usedAt" = now()
    WHERE "tokenHash" = ${hashToken(token)} AND "purpose" = ${purpose}::"TokenPurpose"
      AND "usedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
    RETURNING "userId"`;
  const userId = rows[0]?.userId ?? null;
  if (userId) await revokeOneTimeTokens(client, [userId], [purpose]);
  return userId;
}

/** How long a link that was used, revoked or has expired is kept before housekeeping deletes it. */
export const spentLinkDays = 30;

/** Housekeeping (a daily job): deletes the links used, revoked or expired more than 30 days before `at`. Returns how many. */
export async function deleteSpentOneTimeTokens(client: Client, at: Date): Promise<number> {
  const before = new Date(at.getTime() - spentLinkDays * 24 * 60 * 60_000);
  const { count } = await client.oneTimeToken.deleteMany({
    where: { OR: [{ usedAt: { lt: before } }, { revokedAt: { lt: before } }, { expiresAt: { lt: before } }] },
  });
  return count;
}
