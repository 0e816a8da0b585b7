import { issueOneTimeToken, mintApplicationChangeToken, mintOneTimeToken } from "@/lib/auth/one-time-tokens";
import type { TokenPurpose } from "@/lib/generated/prisma/client";
import type { FactoryDb } from "./factory-db";

/** A usable one-time link's token for the person, as its email's delivery would make it. */
export async function usableToken(db: FactoryDb, userId: string, purpose: TokenPurpose): Promise<string> {
  const minted = await mintOneTimeToken(db, await issueOneTimeToken(db, userId, purpose));
  if (!minted) throw new Error("The link could not be made.");
  return minted.token;
}

/** A usable link's token to confirm a kept-aside change of an application, as its email's delivery would make it. */
export async function usableChangeToken(db: FactoryDb, changeId: string): Promise<string> {
  const token = await mintApplicationChangeToken(db, changeId);
  if (!token) throw new Error("The link could not be made.");
  return token;
}
