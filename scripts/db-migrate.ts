/**
 * Applies pending migrations from prisma/migrations to the database in DATABASE_URL (read from the
 * environment or .env), through the WebAssembly schema engine. Safe to run repeatedly.
 *
 *   npx tsx scripts/db-migrate.ts
 *   npx tsx scripts/db-migrate.ts --rolled-back <migration_name>
 *
 * The second form is the counterpart of `prisma migrate resolve --rolled-back`: after a migration
 * failed (PostgreSQL runs each migration.sql in one transaction, so it left no changes behind), fix its
 * migration.sql and mark the failed attempt as rolled back; the next run applies it again.
 */
import "dotenv/config";
import pg from "pg";

import { applyMigrations, markMigrationRolledBack } from "../lib/db/schema-engine";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** host:port/database of a connection URL, without credentials. */
function describe(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    fail("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database).");
  }
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    fail("DATABASE_URL is not set. Set it in the environment or in .env, e.g. postgresql://postgres@127.0.0.1:5432/tandem");
  }
  const where = describe(databaseUrl);

  // Connect once ourselves first, for a plain error message when the database is not reachable.
  const probe = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await probe.connect();
  } catch (error) {
    fail(`Cannot connect to the database in DATABASE_URL (${where}): ${(error as Error).message}`);
  } finally {
    await probe.end().catch(() => {});
  }

  const args = process.argv.slice(2);
  if (args[0] === "--rolled-back") {
    const name = args[1] ?? fail("Usage: tsx scripts/db-migrate.ts --rolled-back <migration_name>");
    await markMigrationRolledBack(databaseUrl, name);
    console.log(`Marked ${name} as rolled back in ${where}. Fix its migration.sql, then run this script again.`);
    return;
  }
  if (args.length > 0) fail("Usage: tsx scripts/db-migrate.ts [--rolled-back <migration_name>]");

  const applied = await applyMigrations(databaseUrl);
  if (applied.length === 0) {
    console.log(`Database ${where} is up to date; no pending migrations.`);
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${where}:`);
    for (const name of applied) console.log(`  ${name}`);
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /found failed migrations/.test(message)
    ? "\nFix the failed migration's migration.sql, then run: npx tsx scripts/db-migrate.ts --rolled-back <migration_name>"
    : "";
  fail(`Migration failed: ${message}${hint}`);
});
