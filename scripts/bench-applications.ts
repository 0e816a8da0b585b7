/**
 * Times the coordinator's applications table on a programme with 5,000 applications.
 *
 *   npx tsx scripts/bench-applications.ts        (or: npm run bench:applications)
 *
 * Creates a throwaway database on the server in TEST_DATABASE_URL or DATABASE_URL (or an embedded
 * server when neither is set), fills one programme with 5,000 applications over four cohorts,
 * runs the table's queries as the page runs them, prints the median and 95th percentile of each
 * case in milliseconds, and drops the database. It prints figures only: the aim (under 300 ms on
 * the server) is for a person to read against them, on their own hardware.
 */
import "dotenv/config";
import { performance } from "node:perf_hooks";
import { createPrismaClient, type Db } from "../lib/db/client";
import { applyMigrations } from "../lib/db/schema-engine";
import { createRandom, type Random } from "../lib/demo/random";
import type { Prisma } from "../lib/generated/prisma/client";
import { queryApplicationCities, queryApplicationPage, queryProgrammeFields } from "../lib/applications/application-list";
import { applicationFiltersSchema } from "../lib/applications/application-schemas";
import { GOAL_TAGS, INDUSTRIES, LANGUAGE_LEVELS } from "../lib/profiles/profile-vocabulary";
import { defaultFieldRows } from "../lib/programmes/default-fields";
import { createTestDatabase, dropDatabase, findTestServer } from "../tests/setup/test-database";

const TOTAL_APPLICATIONS = 5_000;
const COHORT_SHARES = [0.4, 0.25, 0.2, 0.15];
const RUNS = 20;
const WARM_UP = 3;
const BATCH = 1_000;

const FIRST_NAMES = [
  "Amina",
  "Omar",
  "Lina",
  "Yusuf",
  "Sara",
  "Hassan",
  "Maryam",
  "Ali",
  "Fatima",
  "Daniel",
  "Elena",
  "Mohammed",
  "Nour",
  "Karin",
  "Johan",
  "Aisha",
  "Reza",
  "Layla",
  "Tesfaye",
  "Hiwot",
  "Olena",
  "Dmitri",
  "Ayşe",
  "Mehmet",
  "Carlos",
  "Sofia",
  "Priya",
  "Arjun",
  "Wei",
  "Ling",
  "Eva",
  "Anders",
  "Samira",
  "Khalid",
  "Zainab",
  "Farid",
];
const LAST_NAMES = [
  "Haddad",
  "Yusuf",
  "Al-Hassan",
  "Karimi",
  "Ahmadi",
  "Lindberg",
  "Svensson",
  "Bergström",
  "Tesfaye",
  "Bekele",
  "Kovalenko",
  "Petrov",
  "Yılmaz",
  "Demir",
  "García",
  "Rossi",
  "Sharma",
  "Patel",
  "Wang",
  "Chen",
  "Nilsson",
  "Mohammadi",
  "Hosseini",
  "Abdi",
  "Osman",
  "Warsame",
  "Ibrahim",
  "Nasser",
  "Öberg",
  "Åberg",
];
const CITIES: ReadonlyArray<readonly [string, number]> = [
  ["Stockholm", 30],
  ["Göteborg", 14],
  ["Malmö", 12],
  ["Uppsala", 8],
  ["Solna", 5],
  ["Södertälje", 4],
  ["Västerås", 4],
  ["Örebro", 4],
  ["Linköping", 4],
  ["Norrköping", 3],
  ["Jönköping", 3],
  ["Umeå", 3],
  ["Lund", 3],
  ["Helsingborg", 3],
  ["Botkyrka", 3],
  ["Huddinge", 3],
  ["Gävle", 2],
  ["Sundsvall", 2],
  ["Luleå", 1],
  ["Borås", 2],
];
const FIELD_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ["law", 22],
  ["economics", 30],
  ["social_science", 15],
  ["hr", 10],
  ["information_systems", 12],
  ["communications", 8],
  ["other", 3],
];
const OTHER_LANGUAGES: ReadonlyArray<readonly [string, number]> = [
  ["ar", 25],
  ["fa", 12],
  ["prs", 4],
  ["ti", 6],
  ["so", 6],
  ["uk", 8],
  ["ru", 6],
  ["tr", 5],
  ["es", 5],
  ["fr", 5],
  ["ku", 4],
  ["am", 3],
  ["de", 3],
  ["pl", 2],
  ["hi", 2],
  ["ur", 2],
  ["bn", 1],
  ["zh", 2],
  ["pt", 2],
  ["it", 1],
  ["el", 1],
  ["bs", 2],
  ["ps", 2],
];
const COUNTRIES = ["SY", "IR", "AF", "ER", "SO", "UA", "RU", "TR", "IQ", "ET", "IN", "CN", "BA", "PK", "CO", "EG"];

function median(values: number[]): number {
  return percentile(values, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

function languagesFor(random: Random, role: "MENTOR" | "MENTEE") {
  const languages: Array<{ code: string; level: (typeof LANGUAGE_LEVELS)[number] }> = [
    { code: "sv", level: role === "MENTOR" ? "fluent" : random.pick(["basic", "good", "good", "fluent"] as const) },
  ];
  if (random.chance(0.85)) languages.push({ code: "en", level: random.pick(["good", "fluent"] as const) });
  const others = role === "MENTEE" ? random.int(1, 2) : random.chance(0.3) ? 1 : 0;
  for (let n = 0; n < others; n += 1) {
    const code = random.weighted(OTHER_LANGUAGES);
    if (!languages.some((language) => language.code === code)) languages.push({ code, level: "fluent" });
  }
  return languages;
}

function applicationRows(
  random: Random,
  cohort: { id: string; opensAt: Date; decided: number },
  count: number,
  fieldIds: Map<string, string>,
  serial: { next: number },
): Prisma.ApplicationCreateManyInput[] {
  return Array.from({ length: count }, () => {
    serial.next += 1;
    const role = random.chance(0.55) ? "MENTEE" : "MENTOR";
    const fieldKey = random.weighted(FIELD_WEIGHTS);
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const email = `${name
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z]+/g, ".")}.${serial.next}@example.test`;
    const city = random.chance(0.95) ? random.weighted(CITIES) : null;
    const languages = languagesFor(random, role);
    const status = random.chance(cohort.decided)
      ? random.weighted([
          ["ACCEPTED", 60],
          ["WAITLISTED", 15],
          ["DECLINED", 25],
        ] as const)
      : "SUBMITTED";
    const createdAt = new Date(cohort.opensAt.getTime() + random.int(0, 45 * 24 * 60) * 60_000);
    const profile = {
      role,
      email,
      consent: true,
      name,
      fieldKey,
      phone: `+46 7${random.int(0, 9)} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      city,
      region: null,
      educationDegree: random.pick(["Master", "Bachelor", "PhD", "Master of Laws", "MBA"]),
      educationCountry: role === "MENTEE" ? random.pick(COUNTRIES) : "SE",
      educationYear: random.int(1990, 2024),
      yearsExperience: random.int(0, 30),
      languages,
      industries: random.sample(INDUSTRIES, random.int(1, 3)),
      goals: role === "MENTEE" ? "Find a qualified job in my field and build a professional network in Sweden." : null,
      goalTags: role === "MENTEE" ? random.sample(GOAL_TAGS, random.int(1, 4)) : [],
      expertiseTags: [],
      meetingPreference: random.pick(["IN_PERSON", "REMOTE", "BOTH"] as const),
      gender: random.chance(0.8) ? random.pick(["FEMALE", "MALE"] as const) : null,
      genderPreference: null,
      mentorCapacity: 1,
      employer: role === "MENTOR" ? random.pick(["Kommunen", "Region", "Banken", "Byrån", "Myndigheten"]) : null,
    };
    return {
      cohortId: cohort.id,
      role,
      status,
      email,
      name,
      professionalFieldId: fieldIds.get(fieldKey) as string,
      city,
      languageCodes: languages.map((language) => language.code),
      profile,
      locale: random.chance(0.7) ? "sv" : "en",
      consentAt: createdAt,
      decidedAt: status === "SUBMITTED" ? null : new Date(createdAt.getTime() + 30 * 86_400_000),
      createdAt,
    } satisfies Prisma.ApplicationCreateManyInput;
  });
}

async function generate(client: Db) {
  const random = createRandom(20260301);
  const organization = await client.organization.create({ data: { name: "Benchmark organisation" } });
  const programme = await client.programme.create({ data: { organizationId: organization.id, name: "Benchmark programme" } });
  await client.professionalField.createMany({ data: defaultFieldRows(programme.id) });
  const fields = await client.professionalField.findMany({ where: { programmeId: programme.id } });
  const fieldIds = new Map(fields.map((field) => [field.key, field.id]));

  const serial = { next: 0 };
  const cohorts = [];
  for (const [index, share] of COHORT_SHARES.entries()) {
    const year = 2026 - index;
    const cohort = await client.cohort.create({
      data: {
        programmeId: programme.id,
        name: `Hösten ${year}`,
        status: index === 0 ? "RECRUITING" : "CLOSED",
        startDate: new Date(Date.UTC(year, 8, 1)),
        endDate: new Date(Date.UTC(year + 1, 3, 1)),
        publicKey: `bench-${year}-${random.token(12)}`,
      },
    });
    cohorts.push(cohort);
    // The newest cohort is still recruiting: most of its applications are undecided.
    const decided = index === 0 ? 0.3 : 1;
    const rows = applicationRows(
      random,
      { id: cohort.id, opensAt: new Date(Date.UTC(year, 4, 1)), decided },
      Math.round(TOTAL_APPLICATIONS * share),
      fieldIds,
      serial,
    );
    for (let start = 0; start < rows.length; start += BATCH) {
      await client.application.createMany({ data: rows.slice(start, start + BATCH) });
    }
  }
  // A live database keeps planner statistics up to date by itself (autovacuum); a freshly filled
  // one has none yet, so gather them as the server would shortly after.
  await client.$executeRawUnsafe(`ANALYZE "Application"`);
  return { programme, cohorts };
}

async function time(label: string, run: () => Promise<unknown>): Promise<{ label: string; median: number; p95: number }> {
  for (let n = 0; n < WARM_UP; n += 1) await run();
  const samples: number[] = [];
  for (let n = 0; n < RUNS; n += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { label, median: median(samples), p95: percentile(samples, 95) };
}

async function main() {
  const server = await findTestServer((line) => console.log(line));
  const { name, url } = await createTestDatabase(server.adminUrl, "tandem_bench");
  let client: Db | undefined;
  try {
    await applyMigrations(url);
    client = createPrismaClient(url);
    const db = client;
    const started = performance.now();
    const { programme, cohorts } = await generate(db);
    const total = await db.application.count({ where: { cohort: { programmeId: programme.id } } });
    const largest = cohorts[0]!;
    const inLargest = await db.application.count({ where: { cohortId: largest.id } });
    const [someone] = await db.application.findMany({
      where: { cohortId: largest.id },
      take: 1,
      skip: 7,
      select: { name: true, email: true },
    });
    console.log(
      `Generated ${total} applications in ${cohorts.length} cohorts in ${Math.round(performance.now() - started)} ms; ` +
        `timing the largest cohort (${inLargest} applications), ${RUNS} runs per case after ${WARM_UP} warm-up runs.\n`,
    );

    const page = (params: Record<string, string>) => () => queryApplicationPage(db, largest.id, applicationFiltersSchema.parse(params));
    const cases: Array<[string, () => Promise<unknown>]> = [
      ["first page, newest first", page({})],
      [
        "whole page: table + filter options",
        () =>
          Promise.all([
            queryApplicationPage(db, largest.id, applicationFiltersSchema.parse({})),
            queryApplicationCities(db, largest.id),
            queryProgrammeFields(db, programme.id),
          ]),
      ],
      ["last page", page({ page: String(Math.ceil(inLargest / 50)) })],
      ["role = mentee", page({ role: "MENTEE" })],
      ["field = law", page({ field: "law" })],
      ["status = waitlisted", page({ status: "WAITLISTED" })],
      ["city = Göteborg", page({ city: "Göteborg" })],
      ["language = Arabic", page({ language: "ar" })],
      ["language = Tigrinya (rare)", page({ language: "ti" })],
      ["search a first name", page({ q: someone!.name.split(" ")[0]!.toLowerCase() })],
      ["search part of an email", page({ q: someone!.email!.slice(0, 8) })],
      ["all filters together", page({ role: "MENTEE", field: "economics", status: "SUBMITTED", city: "Stockholm", language: "ar" })],
      ["sorted by name", page({ sort: "name" })],
      ["sorted by field", page({ sort: "field" })],
      ["sorted by status", page({ sort: "status", dir: "desc" })],
      ["filtered and sorted by name", page({ role: "MENTEE", language: "ar", sort: "name" })],
    ];

    const results = [];
    for (const [label, run] of cases) results.push(await time(label, run));
    const width = Math.max(...results.map((result) => result.label.length));
    console.log(`${"case".padEnd(width)}  median ms   p95 ms`);
    for (const result of results) {
      console.log(`${result.label.padEnd(width)}  ${result.median.toFixed(1).padStart(9)}  ${result.p95.toFixed(1).padStart(7)}`);
    }
  } finally {
    await client?.$disconnect();
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
