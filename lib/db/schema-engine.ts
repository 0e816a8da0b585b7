/**
 * Migrations without Prisma's native schema-engine binary.
 *
 * The Prisma CLI needs a `schema-engine` executable that it downloads on first use. Where that
 * download is impossible, this module drives the same engine compiled to WebAssembly
 * (`@prisma/schema-engine-wasm`, pinned to the engine commit of the installed `prisma`) through the
 * `@prisma/adapter-pg` driver adapter:
 *
 * - `applyMigrations` applies pending folders of `prisma/migrations` and records them in the standard
 *   `_prisma_migrations` table (same checksums), so `prisma migrate deploy` stays usable wherever the
 *   native engine exists.
 * - `diffSchemas` computes the SQL between two Prisma schema files without touching a database.
 *
 * Plain Node module: used by scripts (tsx), test global setup and vitest. Not for the Next.js runtime.
 */
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

type SchemaEngine = engineBindings.SchemaEngine;

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };
const LOCKFILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";

export interface ApplyMigrationsOptions {
  /** Defaults to `<cwd>/prisma/migrations`. */
  migrationsDir?: string;
  /** Receives one line per applied migration and any warnings the engine reports. */
  log?: (msg: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Loading the WebAssembly engine
// ---------------------------------------------------------------------------------------------

let bindingsReady: Promise<typeof engineBindings> | undefined;

/**
 * The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`, which plain Node
 * (20) cannot import. So instantiate the .wasm ourselves against the JS glue module and hand the
 * instance to the glue, which is exactly what that entry does. Done once per process: the glue module
 * keeps the instance in module state.
 */
function loadEngine(): Promise<typeof engineBindings> {
  bindingsReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const imports: WebAssembly.ModuleImports = { ...engineBindings };
    for (const name of Object.keys(imports).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
      // The engine arms timers (e.g. a 10 s timeout around its advisory lock) and never clears them,
      // which would keep a finished process alive for 10 s. Unref them; open connections still keep
      // the process alive while the engine works.
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings;
  })();
  return bindingsReady;
}

/** Engine log lines are JSON (`{"level":"INFO","fields":{"message":...}}`); pass on warnings and errors. */
function engineLogger(log?: (msg: string) => void) {
  return (line: string) => {
    if (!log) return;
    try {
      const entry = JSON.parse(line) as { level?: string; fields?: { message?: string } };
      if (entry.level === "WARN" || entry.level === "ERROR") {
        log(`schema engine ${entry.level.toLowerCase()}: ${entry.fields?.message ?? line}`);
      }
    } catch {
      log(line);
    }
  };
}

/**
 * Makes engine errors readable: drops the Rust span trace that follows the message
 * ("   0: sql_schema_connector::...") but keeps the migration name it mentions, and replaces
 * "External error id#N" (a JS exception thrown inside the driver adapter, parked in the bound
 * factory's registry) with that exception.
 */
function engineError(error: unknown, bound: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>): unknown {
  if (!(error instanceof Error)) return error;
  const external = /External error id#(\d+)/.exec(error.message);
  if (external) {
    const parked = (bound.errorRegistry.consumeError(Number(external[1])) as { error?: unknown } | undefined)?.error;
    if (parked instanceof Error) return parked;
  }
  const [head, trace] = error.message.split(/\n\s+0: /, 2);
  if (trace === undefined) return error;
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  return new Error(`${head!.trim()}${migration ? `\n(in migration ${migration})` : ""}`, { cause: error });
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: ((msg: string) => void) | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngine();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  let engine: SchemaEngine | undefined;
  try {
    // `new` connects through the adapter right away (and fails here if the database is unreachable).
    engine = await SchemaEngine.new({ datamodels: undefined }, engineLogger(log), bound);
    return await fn(engine);
  } catch (error) {
    throw engineError(error, bound);
  } finally {
    engine?.free();
  }
}

function noShadowDatabase(): Promise<never> {
  // Nothing here needs a shadow database. (adapter-pg 7.10's own shadow-database support is also
  // unreliable: a connectionString overrides the shadow database name, and it drops the database
  // while its pool is still connected.)
  return Promise.reject(new Error("A shadow database is not supported by lib/db/schema-engine.ts"));
}

// ---------------------------------------------------------------------------------------------
// applyMigrations
// ---------------------------------------------------------------------------------------------

/**
 * Driver adapter on a pool we own (so we can always close it), with two fixes over adapter-pg 7.10:
 *
 * - One connection (`max: 1`): the engine takes a session-level `pg_advisory_lock` around the run;
 *   on a larger pool the unlock could land on another session.
 * - `executeScript` (used for each migration.sql) sends the whole script as one simple query. The stock
 *   version splits the script on every `;` -- breaking `$$` function bodies, strings and comments that
 *   contain `;` -- and runs the pieces one by one. As one query, PostgreSQL runs the script in a single
 *   implicit transaction, as with the native engine: a failing migration leaves nothing half-applied.
 */
function pgFactory(databaseUrl: string): { factory: SqlMigrationAwareDriverAdapterFactory; pool: pg.Pool } {
  const url = new URL(databaseUrl);
  // Prisma-style `?schema=name` (pg itself ignores it): make it the search_path and tell the engine.
  const schema = url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: 1,
    ...(schema ? { options: `-c search_path="${schema.replaceAll('"', '""')}"` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const base = new PrismaPg(pool, schema ? { schema } : undefined);

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      adapter.executeScript = async (script: string) => {
        try {
          await pool.query(script);
        } catch (error) {
          // Converts pg errors into the DriverAdapterError shape the engine understands.
          (adapter as unknown as { onError(e: unknown): never }).onError(error);
        }
      };
      return adapter;
    },
    connectToShadowDb: noShadowDatabase,
  };
  return { factory, pool };
}

/** Reads a migrations folder the way the Prisma CLI does before handing it to the engine. */
export async function readMigrationsDir(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    dirs.map(async (name) => ({
      path: name,
      migrationFile: {
        path: MIGRATION_FILE,
        content: await readFile(path.join(baseDir, name, MIGRATION_FILE), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (err: Error) => ({ tag: "error" as const, value: err.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function withDatabase<T>(
  databaseUrl: string,
  log: ((msg: string) => void) | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { factory, pool } = pgFactory(databaseUrl);
  try {
    return await withEngine(factory, log, fn);
  } finally {
    await pool.end();
  }
}

/**
 * Applies the pending migrations of `migrationsDir` to the database at `databaseUrl` and returns the
 * names of the migrations applied (empty when the database is up to date). Closes its connection
 * before returning or throwing. Refuses to run while an earlier migration is recorded as failed
 * (see `markMigrationRolledBack`).
 */
export async function applyMigrations(databaseUrl: string, opts: ApplyMigrationsOptions = {}): Promise<string[]> {
  const migrationsDir = opts.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const migrationsList = await readMigrationsDir(migrationsDir);
  const { appliedMigrationNames } = await withDatabase(databaseUrl, opts.log, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  for (const name of appliedMigrationNames) opts.log?.(`applied ${name}`);
  return appliedMigrationNames;
}

/**
 * Marks a failed migration as rolled back (`prisma migrate resolve --rolled-back`), so that the next
 * `applyMigrations` tries it again.
 */
export async function markMigrationRolledBack(databaseUrl: string, migrationName: string): Promise<void> {
  await withDatabase(databaseUrl, undefined, (engine) => engine.markMigrationRolledBack({ migrationName }));
}

// ---------------------------------------------------------------------------------------------
// diffSchemas
// ---------------------------------------------------------------------------------------------

/**
 * Diffing two schema files needs no database, but the engine still wants an adapter and, when it
 * starts, asks it one question: does the `public` schema exist, and which server version is this.
 * This stand-in answers that (PostgreSQL 15, the version used in development and CI) and refuses
 * anything else, so an engine upgrade that needs more shows up as a clear error here.
 */
function offlineFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = (what: string) =>
    Promise.reject(new Error(`diffSchemas works without a database; the engine unexpectedly asked for ${what}`));
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "offline",
    async queryRaw(query: SqlQuery) {
      if (!query.sql.includes("version()")) return refuse(`the query: ${query.sql}`);
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 15.0 (offline)", 150000]],
      };
    },
    executeRaw: (query: SqlQuery) => refuse(`the statement: ${query.sql}`),
    executeScript: () => refuse("a script to be executed"),
    startTransaction: () => refuse("a transaction"),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return {
    provider: "postgres",
    adapterName: "offline",
    connect: async () => adapter,
    connectToShadowDb: noShadowDatabase,
  };
}

async function schemaFile(schemaPath: string) {
  return { path: path.resolve(schemaPath), content: await readFile(schemaPath, "utf8") };
}

/**
 * Returns the SQL migration script that turns a database shaped like `fromSchemaPath` (`null`: an
 * empty database) into one shaped like `toSchemaPath`. Returns "" when the two are equivalent.
 * Both files need a `datasource` block with `provider = "postgresql"`; no URL is needed.
 */
export async function diffSchemas(fromSchemaPath: string | null, toSchemaPath: string): Promise<string> {
  const from = fromSchemaPath ? { tag: "schemaDatamodel" as const, files: [await schemaFile(fromSchemaPath)] } : { tag: "empty" as const };
  const to = { tag: "schemaDatamodel" as const, files: [await schemaFile(toSchemaPath)] };
  const result = await withEngine(offlineFactory(), undefined, (engine) =>
    // exitCode: true makes the engine report 2 for a non-empty diff and 0 for no changes.
    engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTERS }),
  );
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}
