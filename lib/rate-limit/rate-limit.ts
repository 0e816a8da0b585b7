import "server-only";
import { db } from "@/lib/db";

// Counters in PostgreSQL, so every app instance sees the same counts. A key that reaches its limit
// within the window is locked for a while; the count starts over when the window has passed.

export type RateRule = { limit: number; windowMinutes: number; lockMinutes: number };

/** The time until which the first locked key of these is refused, or null. */
export async function lockedUntil(keys: string[]): Promise<Date | null> {
  const rows = await db.rateLimit.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const times = rows.map((row) => row.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts one hit against the key and says whether it is locked now. One statement: concurrent hits all count. */
export async function hit(key: string, { limit, windowMinutes, lockMinutes }: RateRule): Promise<{ locked: boolean }> {
  const [row] = await db.$queryRaw<Array<{ locked: boolean }>>`
    INSERT INTO "RateLimit" ("key", "hits", "windowStart", "lockedUntil")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + make_interval(mins => ${lockMinutes}) END)
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                    THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(mins => ${windowMinutes})
                           THEN now() ELSE "RateLimit"."windowStart" END,
      "lockedUntil" = CASE WHEN "RateLimit"."windowStart" >= now() - make_interval(mins => ${windowMinutes})
                            AND "RateLimit"."hits" + 1 >= ${limit}
                           THEN now() + make_interval(mins => ${lockMinutes})
                           ELSE "RateLimit"."lockedUntil" END
    RETURNING coalesce("lockedUntil" > now(), false) AS locked`;
  return { locked: row?.locked ?? false };
}

export async function clearHits(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
