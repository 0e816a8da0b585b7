import type { Db } from "@/lib/db/client";
import { issueOneTimeToken, mintOneTimeToken } from "@/lib/auth/one-time-tokens";
import type { TokenPurpose } from "@/lib/generated/prisma/client";

/**
 * A link's token for the account, made as delivery makes it (issued, then minted), for tests of
 * what a link does rather than how it reaches its owner. `expired` makes one whose time has passed.
 */
export async function createLinkToken(
  db: Db,
  userId: string,
  { purpose = "SET_PASSWORD", expired = false }: { purpose?: TokenPurpose; expired?: boolean } = {},
): Promise<string> {
  const tokenId = await issueOneTimeToken(db, userId, purpose);
  const minted = await mintOneTimeToken(db, tokenId);
  if (!minted) throw new Error("The link could not be made.");
  if (expired) await db.oneTimeToken.update({ where: { id: tokenId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  return minted.token;
}
