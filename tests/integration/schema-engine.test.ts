import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyMigrations, diffSchemas } from "../../lib/db/schema-engine";

// Needs a PostgreSQL server; creates its own database and drops it afterwards.
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `tandem_schema_engine_${randomBytes(4).toString("hex")}`;
const dbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

const DATASOURCE = `datasource db {\n  provider = "postgresql"\n}\n`;
const EMPTY_SCHEMA = DATASOURCE;
const NOTE_SCHEMA = `${DATASOURCE}
model Note {
  id        String   @id
  body      String
  createdAt DateTime @default(now())
}
`;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("schema engine (WebAssembly)", () => {
  let dir: string;
  let emptySchema: string;
  let noteSchema: string;
  let migrationsDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "tandem-schema-engine-"));
    emptySchema = path.join(dir, "empty.prisma");
    noteSchema = path.join(dir, "note.prisma");
    migrationsDir = path.join(dir, "migrations");
    await writeFile(emptySchema, EMPTY_SCHEMA);
    await writeFile(noteSchema, NOTE_SCHEMA);
    await admin((c) => c.query(`CREATE DATABASE "${dbName}"`));
  });

  afterAll(async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    await rm(dir, { recursive: true, force: true });
  });

  it("diffs two schema files without a database", async () => {
    const sql = await diffSchemas(emptySchema, noteSchema);
    expect(sql).toContain('CREATE TABLE "Note"');
    expect(await diffSchemas(null, noteSchema)).toContain('CREATE TABLE "Note"');
    expect(await diffSchemas(noteSchema, noteSchema)).toBe("");
  });

  it("applies a migration once and records it in _prisma_migrations", async () => {
    const sql = await diffSchemas(emptySchema, noteSchema);
    await mkdir(path.join(migrationsDir, "20250101000000_init"), { recursive: true });
    await writeFile(path.join(migrationsDir, "20250101000000_init", "migration.sql"), sql);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');

    const logged: string[] = [];
    const applied = await applyMigrations(dbUrl, { migrationsDir, log: (m) => logged.push(m) });
    expect(applied).toEqual(["20250101000000_init"]);
    expect(logged).toContain("applied 20250101000000_init");

    const [table] = await query<{ name: string | null }>(`SELECT to_regclass('public."Note"')::text AS name`);
    expect(table?.name).toBe('"Note"');
    const rows = await query<{ migration_name: string; finished: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations`,
    );
    expect(rows).toEqual([{ migration_name: "20250101000000_init", finished: true }]);

    expect(await applyMigrations(dbUrl, { migrationsDir })).toEqual([]);
    expect(await query(`SELECT 1 FROM _prisma_migrations`)).toHaveLength(1);
  });

  it("runs hand-written SQL with semicolons inside comments and $$ bodies", async () => {
    const name = "20250102000000_hand_written";
    await mkdir(path.join(migrationsDir, name), { recursive: true });
    await writeFile(
      path.join(migrationsDir, name, "migration.sql"),
      `-- partial index; one note per body\n` +
        `CREATE UNIQUE INDEX "Note_body_draft" ON "Note"("body") WHERE "body" LIKE 'draft%';\n` +
        `CREATE FUNCTION note_count() RETURNS bigint AS $$ BEGIN RETURN (SELECT count(*) FROM "Note"); END; $$ LANGUAGE plpgsql;\n`,
    );
    expect(await applyMigrations(dbUrl, { migrationsDir })).toEqual([name]);
    expect(await query(`SELECT note_count() AS n`)).toEqual([{ n: "0" }]);
  });
});
