/**
 * `npm test`: every test of the project, against real PostgreSQL and a real Chromium.
 *
 * 1. Finds a PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL, else an embedded one in .data/).
 * 2. Vitest: unit tests, and integration tests on a fresh database made and dropped for the run.
 * 3. Playwright: a fresh database with migrations and demo data, a production build of the app
 *    started on it, the browser journeys; the database is dropped afterwards.
 * 4. Prints one line that adds up every runner: `tests: N passed, N failed`.
 *
 * `--only unit|integration|e2e` runs one part.
 */
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db/client";
import { ensureBuiltInTemplates } from "@/lib/surveys/built-in-templates";
import { seedDemoData } from "@/prisma/seed";
import { createTestDatabase, dropDatabase, findTestServer } from "@/tests/setup/test-database";

type Tally = { passed: number; failed: number; skipped: number };

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
/** Anything else is passed to the runners as a filter, e.g. `npm run test:e2e -- tests/e2e/apply.spec.ts`. */
const filters = process.argv.slice(2).filter((arg, index, all) => arg !== "--only" && all[index - 1] !== "--only");
const resultsDir = path.resolve(process.env.TANDEM_RESULTS_DIR ?? ".data/test-results");

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function readJson(file: string): Record<string, unknown> | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : null;
}

async function runVitest(env: NodeJS.ProcessEnv, projects: string[]): Promise<Tally> {
  const output = path.join(resultsDir, "vitest.json");
  rmSync(output, { force: true });
  const projectArgs = projects.flatMap((name) => ["--project", name]);
  const code = await run(
    "npx",
    ["vitest", "run", ...projectArgs, ...filters, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
    env,
  );
  const report = readJson(output);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const tally = {
    passed: Number(report.numPassedTests ?? 0),
    failed: Number(report.numFailedTests ?? 0),
    skipped: Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0),
  };
  // A suite that failed to load has no failed test but a non-zero exit: count it.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

async function runPlaywright(env: NodeJS.ProcessEnv, adminUrl: string): Promise<Tally> {
  const { name, url } = await createTestDatabase(adminUrl, "tandem_e2e");
  try {
    await applyMigrations(url);
    const db = createPrismaClient(url, { max: 2 });
    try {
      await ensureBuiltInTemplates(db);
      await seedDemoData(db);
    } finally {
      await db.$disconnect();
    }
    const appEnv = {
      ...env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      E2E_PORT: env.E2E_PORT ?? "3100",
      NODE_ENV: "production" as const,
    };
    const built = await run("npx", ["next", "build"], appEnv);
    if (built !== 0) return { passed: 0, failed: 1, skipped: 0 };
    const output = path.join(resultsDir, "playwright.json");
    rmSync(output, { force: true });
    const code = await run("npx", ["playwright", "test", ...filters], appEnv);
    const report = readJson(output) as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | null;
    const stats = report?.stats ?? {};
    const tally = { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
    if (code !== 0 && tally.failed === 0) tally.failed = 1;
    return tally;
  } finally {
    await dropDatabase(adminUrl, name);
  }
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  const server = await findTestServer((message) => process.stdout.write(message.includes("ready") ? message : ""));
  const env = { ...process.env, TANDEM_TEST_ADMIN_URL: server.adminUrl };
  const total: Tally = { passed: 0, failed: 0, skipped: 0 };
  const add = (tally: Tally) => {
    total.passed += tally.passed;
    total.failed += tally.failed;
    total.skipped += tally.skipped;
  };
  try {
    const projects = only === "unit" ? ["unit"] : only === "integration" ? ["integration"] : ["unit", "integration"];
    if (only !== "e2e") add(await runVitest(env, projects));
    if (!only || only === "e2e") add(await runPlaywright(env, server.adminUrl));
  } finally {
    await server.stop();
  }
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log("\ntests: 0 passed, 1 failed");
  process.exit(1);
});
