import "server-only";
import { db } from "@/lib/db";

// Failed sign-ins are counted in PostgreSQL, so every app instance sees the same counts.
// An account is locked for a while after a few failures; an address gets a larger budget,
// since several people may share one (an office, a language school).
export const throttlePolicy = {
  windowMinutes: 15,
  lockMinutes: 15,
  accountLimit: 5,
  addressLimit: 30,
} as const;

const accountKey = (email: string) => `account:${email}`;
const addressKey = (ip: string) => `address:${ip}`;

export function throttleKeys(email: string, ip: string | null): string[] {
  return ip ? [accountKey(email), addressKey(ip)] : [accountKey(email)];
}

/** The time until which sign-in is refused for this account or address, or null. */
export async function lockedUntil(email: string, ip: string | null): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: throttleKeys(email, ip) }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const times = rows.map((row) => row.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one failure against the account and the address, locking whichever reached its limit. */
export async function recordFailure(email: string, ip: string | null): Promise<void> {
  const { windowMinutes, lockMinutes, accountLimit, addressLimit } = throttlePolicy;
  const entries: Array<[string, number]> = [[accountKey(email), accountLimit]];
  if (ip) entries.push([addressKey(ip), addressLimit]);
  for (const [key, limit] of entries) {
    // One statement, so concurrent failures on several instances are all counted.
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + make_interval(mins => ${lockMinutes}) END)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                          THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                             THEN now() ELSE "SignInThrottle"."windowStart" END,
        "lockedUntil" = CASE WHEN "SignInThrottle"."windowStart" >= now() - make_interval(mins => ${windowMinutes})
                              AND "SignInThrottle"."failures" + 1 >= ${limit}
                             THEN now() + make_interval(mins => ${lockMinutes})
                             ELSE "SignInThrottle"."lockedUntil" END`;
  }
}

/** A successful sign-in clears the account's count (not the address's). */
export async function clearFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
}
