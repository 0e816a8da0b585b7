import pg from "pg";

// What "no row changed" means in a test: every table of the schema, its rows as text, hashed per
// table. Two fingerprints differ when a row was added, removed or changed anywhere, and the
// difference names the tables. It reads on a connection of its own with the query prepared once,
// a few milliseconds a fingerprint, so a test can take one after each of a thousand calls.

export type Fingerprint = Record<string, string>;

export type Fingerprints = {
  take: () => Promise<Fingerprint>;
  close: () => Promise<void>;
};

export async function openFingerprints(databaseUrl = process.env.DATABASE_URL): Promise<Fingerprints> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: tables } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
  );
  const text = tables
    .map(
      ({ tablename }) =>
        `SELECT '${tablename}' AS name, count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) AS hash FROM "${tablename}" t`,
    )
    .join(" UNION ALL ");
  return {
    take: async () => {
      const { rows } = await client.query<{ name: string; hash: string }>({ name: "database-fingerprint", text });
      return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
    },
    close: () => client.end(),
  };
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}
