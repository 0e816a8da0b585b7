import "server-only";
import { db } from "@/lib/db";

/**
 * An invited participant becomes active once they have a way in: when they choose a password
 * from their link, or sign in with the one they already have. Returns how many changed. Part of
 * signing in, so it lives with it: lib/participants builds on lib/auth, not the other way round.
 */
export async function confirmInvitations(userId: string, client: Pick<typeof db, "participation"> = db): Promise<number> {
  const { count } = await client.participation.updateMany({ where: { userId, status: "INVITED" }, data: { status: "ACTIVE" } });
  return count;
}
