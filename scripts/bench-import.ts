/**
 * `npm run bench:import`: how long a 2,000-row CSV import takes, through the same function the
 * import page's action runs (check every row, then add everyone in one transaction).
 *
 * Makes a throwaway database on the server named by TEST_DATABASE_URL or DATABASE_URL, applies
 * the migrations, creates a programme and a cohort with 100 people who already have an account,
 * generates the file, imports it, prints the seconds, and drops the database. Fails (exit code 1)
 * above the 10 s the product asks for.
 */
import "dotenv/config";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db/client";
import { importParticipants } from "@/lib/participants/import-run";
import { getAddTarget } from "@/lib/participants/participant-admin-add";
import { createCohort } from "@/tests/factories/cohorts";
import { appointCoordinator, createProgramme } from "@/tests/factories/programmes";
import { buildUserData, createUser } from "@/tests/factories/users";
import { createTestDatabase, dropDatabase } from "@/tests/setup/test-database";

const rows = 2_000;
const knownPeople = 100;
const limitSeconds = 10;

const fields = ["law", "economics", "social_science", "hr", "information_systems", "communications"];
const cities = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Örebro", "Linköping"];
const languageSets = ["sv:fluent en:good", "ar:fluent sv:good en:basic", "fa:fluent sv:basic en:good", "uk:fluent en:good sv:basic"];

/** A semicolon file as Swedish Excel writes it, with a byte order mark. */
function generateCsv(): string {
  const lines = ["roll;namn;e-post;utbildningsbakgrund;telefon;ort;språk;arbetsgivare;examensår"];
  for (let n = 0; n < rows; n += 1) {
    const mentor = n % 3 === 0;
    lines.push(
      [
        mentor ? "mentor" : "adept",
        `Person ${n} Testsson`,
        `person-${n}@bench.example`,
        fields[n % fields.length],
        `070-${String(1_000_000 + n).slice(1)}`,
        cities[n % cities.length],
        languageSets[n % languageSets.length],
        mentor ? `Arbetsgivare ${n % 40} AB` : "",
        String(2000 + (n % 24)),
      ].join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

async function main() {
  const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("Set TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server where a database may be created.");
  const { name, url } = await createTestDatabase(adminUrl, "tandem_bench_import");
  let seconds = Number.NaN;
  try {
    await applyMigrations(url);
    const db = createPrismaClient(url);
    try {
      const programme = await createProgramme(db, { name: "Benchmark programme" });
      const cohort = await createCohort(db, { programmeId: programme.id, status: "RECRUITING" });
      const coordinator = await createUser(db, { name: "Benchmark coordinator" });
      await appointCoordinator(db, { programmeId: programme.id, userId: coordinator.id });
      // Some people of the file have an account from an earlier cohort: they are invited to sign in.
      const known = await Promise.all(
        Array.from({ length: knownPeople }, (_, n) => buildUserData({ email: `person-${n * 7}@bench.example`, passwordHash: "x" })),
      );
      await db.user.createMany({ data: known });
      const csv = generateCsv();

      const started = performance.now();
      const target = await getAddTarget(db, cohort.id);
      if (!target) throw new Error("The benchmark cohort is missing");
      const outcome = await importParticipants(db, target, coordinator.id, csv);
      seconds = (performance.now() - started) / 1000;

      if (!outcome.ok) {
        const problems = [...outcome.check.fileProblems, ...outcome.check.rows.flatMap((row) => row.problems)].slice(0, 5);
        throw new Error(`The generated file did not import: ${JSON.stringify(problems)}`);
      }
      const [participations, emails, tokens] = await Promise.all([
        db.participation.count({ where: { cohortId: cohort.id } }),
        db.outboxEmail.count(),
        db.oneTimeToken.count(),
      ]);
      console.log(
        `bench:import ${rows} rows (${csv.length.toLocaleString("en")} bytes): ${seconds.toFixed(2)} s ` +
          `(limit ${limitSeconds} s); ${participations} participations, ${outcome.result.newAccounts} new accounts, ` +
          `${outcome.result.existingAccounts} existing, ${emails} emails, ${tokens} password links`,
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    await dropDatabase(adminUrl, name);
  }
  if (!(seconds < limitSeconds)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
