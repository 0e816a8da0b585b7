/**
 * Demo data: one organisation running a mentorship programme for newly arrived academics, with
 * three closed cohorts (meetings, joint sessions, outcomes, goal evaluations and effect surveys),
 * one running cohort, one cohort being matched (its mentees may give mentor wishes) and one
 * taking applications on its public page. The same five demo sign-ins as on the login page of a
 * demo installation (lib/demo/demo-accounts.ts). No two people share a phone number.
 *
 * Deterministic: every choice comes from a seeded generator; only the dates move with "today",
 * so the running cohort is always running. Run directly with `tsx prisma/seed.ts`.
 *
 * The demo is first planned (prisma/seed/plan-demo.ts: people, cohorts, pairs, who answered which
 * survey), then written (prisma/seed/write-demo.ts), each from its own generator.
 */
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, getDemoAccount } from "@/lib/demo/demo-accounts";
import { createRandom } from "@/lib/demo/random";
import { ensureBuiltInTemplates } from "@/lib/surveys/built-in-templates";
import { planDemo } from "@/prisma/seed/plan-demo";
import { writeDemo } from "@/prisma/seed/write-demo";
import { DEMO_ORGANIZATION_NAME } from "@/prisma/seed/write-organisation";
import { startOfUtcDay } from "@/tests/factories/dates";
import { cachedPasswordHash } from "@/tests/factories/users";

export { DEMO_ORGANIZATION_NAME, DEMO_PROGRAMME_NAME } from "@/prisma/seed/write-organisation";

const SEED = 20_100_214;
/** Serialises concurrent seeds of the same database (pg_advisory_xact_lock key). */
const SEED_LOCK_KEY = 746_368_001;

export type SeedOptions = {
  /** The day the demo data is built around; defaults to the current date. */
  today?: Date;
  log?: (line: string) => void;
};

/**
 * Creates the demo organisation and everything in it, in one transaction. Does nothing when the
 * demo organisation (or the demo administrator) already exists. The built-in survey templates are
 * brought up to date either way.
 */
export async function seedDemoData(db: Db, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const today = startOfUtcDay(options.today ?? new Date());
  const passwordHash = await cachedPasswordHash(DEMO_PASSWORD);
  const counts = await db.$transaction(
    async (tx) => {
      // Two seeds started at once would both find nothing and both write: take turns.
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)::text AS locked`;
      const templates = await ensureBuiltInTemplates(tx);
      const existing =
        (await tx.organization.findFirst({ where: { name: DEMO_ORGANIZATION_NAME }, select: { id: true } })) ??
        (await tx.user.findUnique({ where: { email: getDemoAccount("admin").email }, select: { id: true } }));
      if (existing) return null;
      const plan = planDemo(createRandom(SEED), today);
      return writeDemo(tx, plan, createRandom(SEED + 1), today, passwordHash, templates);
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (!counts) {
    log(`Demo data: "${DEMO_ORGANIZATION_NAME}" already exists, nothing was changed.`);
    return;
  }
  const summary = Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");
  log(`Demo data created in ${Math.round(performance.now() - started)} ms: ${summary}.`);
}

async function main(): Promise<void> {
  await import("dotenv/config");
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set (in the environment or in .env).");
    process.exitCode = 1;
    return;
  }
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    await seedDemoData(db);
    console.log(`Demo sign-ins, all with the password ${DEMO_PASSWORD}:`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.roleLabelKey.padEnd(12)} ${account.email}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
