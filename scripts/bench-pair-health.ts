/**
 * Times the pair-health query of a cohort of 500 pairs with 10,000 meetings.
 *
 *   npx tsx --expose-gc scripts/bench-pair-health.ts        (or: npm run bench:pair-health)
 *
 * Creates a throwaway database on the server in TEST_DATABASE_URL or DATABASE_URL (or an embedded
 * server when neither is set), fills one cohort with 500 published pairs (a few ended), 10,000
 * meetings (some unconfirmed, some disputed), outcomes and coordinators' notes, and a second cohort
 * of 100 pairs beside it; then runs the health page's query (lib/pair-health/pair-health-table.ts:
 * every figure, flag and the order computed in PostgreSQL, mapped to what the page renders) over
 * repeated runs, prints its median and 95th percentile in milliseconds and the memory it used, and
 * drops the database. It prints figures only: the aim (under 200 ms) is for a person to read
 * against them, on their own hardware.
 */
import "dotenv/config";
import { performance } from "node:perf_hooks";
import { toStockholmParts } from "../lib/cohorts/stockholm-time";
import { createPrismaClient, type Db } from "../lib/db/client";
import { applyMigrations } from "../lib/db/schema-engine";
import { createRandom, type Random } from "../lib/demo/random";
import type { OutcomeType, Prisma } from "../lib/generated/prisma/client";
import { queryPairHealth } from "../lib/pair-health/pair-health-table";
import { defaultFieldRows } from "../lib/programmes/default-fields";
import { createTestDatabase, dropDatabase, findTestServer } from "../tests/setup/test-database";

const PAIRS = 500;
const MEETINGS = 10_000;
const OTHER_PAIRS = 100;
const OTHER_MEETINGS = 2_000;
const RUNS = 30;
const WARM_UP = 5;
const BATCH = 2_000;
const DAY = 86_400_000;

const MODES = ["IN_PERSON", "VIDEO", "PHONE"] as const;
const TOPICS = [
  "cv_applications",
  "interview_practice",
  "networking",
  "workplace_culture",
  "industry_knowledge",
  "language_practice",
  "career_plan",
  "other",
];
const OUTCOMES: OutcomeType[] = ["USEFUL_REFERENCE", "JOB_INTERVIEW", "JOB_OFFER", "JOB_STARTED", "INTRODUCTION"];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

/** A cohort of `pairs` published pairs sharing `meetings` meetings: a tenth never met, the others unevenly. */
async function fillCohort(
  db: Db,
  random: Random,
  input: {
    programmeId: string;
    fieldIds: string[];
    coordinatorId: string;
    name: string;
    pairs: number;
    meetings: number;
    serial: { next: number };
  },
) {
  const today = new Date();
  const start = new Date(today.getTime() - 150 * DAY);
  const cohort = await db.cohort.create({
    data: {
      programmeId: input.programmeId,
      name: input.name,
      status: "ACTIVE",
      startDate: start,
      endDate: new Date(start.getTime() + 213 * DAY),
      publicKey: `bench-health-${random.token(12)}`,
    },
  });
  const users: Prisma.UserCreateManyInput[] = [];
  const participations: Prisma.ParticipationCreateManyInput[] = [];
  const pairs: Prisma.PairCreateManyInput[] = [];
  const published = new Date(start.getTime() - 5 * DAY);
  for (let n = 0; n < input.pairs; n += 1) {
    input.serial.next += 1;
    const mentorId = crypto.randomUUID();
    const menteeId = crypto.randomUUID();
    users.push({ id: mentorId, email: `mentor-${input.serial.next}@bench.test`, name: `Mentor ${input.serial.next}` });
    users.push({ id: menteeId, email: `mentee-${input.serial.next}@bench.test`, name: `Mentee ${input.serial.next}` });
    const fieldId = random.pick(input.fieldIds);
    const mentorParticipationId = crypto.randomUUID();
    const menteeParticipationId = crypto.randomUUID();
    participations.push({ id: mentorParticipationId, cohortId: cohort.id, userId: mentorId, role: "MENTOR", professionalFieldId: fieldId });
    participations.push({ id: menteeParticipationId, cohortId: cohort.id, userId: menteeId, role: "MENTEE", professionalFieldId: fieldId });
    const ended = random.chance(0.04);
    pairs.push({
      id: crypto.randomUUID(),
      cohortId: cohort.id,
      mentorParticipationId,
      menteeParticipationId,
      status: ended ? "ENDED" : "ACTIVE",
      source: "SUGGESTED",
      publishedAt: new Date(published.getTime() + random.int(0, 30) * DAY),
      endedAt: ended ? new Date(today.getTime() - random.int(10, 90) * DAY) : null,
      endedAs: ended ? "EARLY" : null,
      endReason: ended ? "Mentorn flyttade." : null,
    });
  }
  await inBatches(users, (batch) => db.user.createMany({ data: batch }));
  await inBatches(participations, (batch) => db.participation.createMany({ data: batch }));
  await inBatches(pairs, (batch) => db.pair.createMany({ data: batch }));

  // A tenth of the pairs never met; the others share the meetings unevenly.
  const meetingPairs = pairs.filter(() => random.chance(0.9));
  const weights = meetingPairs.map(() => random.int(1, 10));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const userOf = new Map(participations.map((row) => [row.id, row.userId!]));
  for (const [index, pair] of meetingPairs.entries()) {
    const count =
      index === meetingPairs.length - 1 ? input.meetings - meetings.length : Math.round((input.meetings * weights[index]!) / total);
    const from = pair.publishedAt as Date;
    const until = Math.min(today.getTime(), ((pair.endedAt as Date | null) ?? today).getTime());
    const span = Math.max(1, Math.floor((until - from.getTime()) / DAY));
    for (let m = 0; m < count && meetings.length < input.meetings; m += 1) {
      const heldOn = new Date(from.getTime() + random.int(0, span) * DAY);
      heldOn.setUTCHours(0, 0, 0, 0);
      const disputed = random.chance(0.01);
      const confirmed = !disputed && random.chance(0.85);
      meetings.push({
        pairId: pair.id!,
        heldOn,
        durationMinutes: random.pick([45, 60, 90]),
        mode: random.pick(MODES),
        topics: random.sample(TOPICS, random.int(1, 3)),
        loggedById: userOf.get(pair.mentorParticipationId)!,
        confirmedById: confirmed ? userOf.get(pair.menteeParticipationId)! : null,
        confirmedAt: confirmed ? new Date(heldOn.getTime() + DAY) : null,
        disputedAt: disputed ? new Date(heldOn.getTime() + DAY) : null,
        disputedById: disputed ? userOf.get(pair.menteeParticipationId)! : null,
      });
    }
  }
  await inBatches(meetings, (batch) => db.meeting.createMany({ data: batch }));

  const outcomes: Prisma.OutcomeEventCreateManyInput[] = [];
  const notes: Prisma.PairCoordinatorNoteCreateManyInput[] = [];
  for (const pair of pairs) {
    for (let n = random.int(0, 3); n > 0; n -= 1) {
      outcomes.push({ pairId: pair.id!, type: random.pick(OUTCOMES), occurredOn: new Date(today.getTime() - random.int(1, 120) * DAY) });
    }
    if (random.chance(0.2))
      notes.push({ pairId: pair.id!, text: "Ringde adepten: de ses igen efter lovet.", updatedById: input.coordinatorId });
  }
  await inBatches(outcomes, (batch) => db.outcomeEvent.createMany({ data: batch }));
  await inBatches(notes, (batch) => db.pairCoordinatorNote.createMany({ data: batch }));
  return { cohort, meetings: meetings.length, outcomes: outcomes.length, notes: notes.length };
}

async function main() {
  const server = await findTestServer((line) => console.log(line));
  const { name, url } = await createTestDatabase(server.adminUrl, "tandem_bench");
  let client: Db | undefined;
  try {
    await applyMigrations(url);
    client = createPrismaClient(url);
    const db = client;
    const random = createRandom(20261129);
    const started = performance.now();
    const organization = await db.organization.create({ data: { name: "Benchmark organisation" } });
    const programme = await db.programme.create({
      data: { organizationId: organization.id, name: "Benchmark programme", meetingIntervalDays: 30 },
    });
    await db.professionalField.createMany({ data: defaultFieldRows(programme.id) });
    const fieldIds = (await db.professionalField.findMany({ where: { programmeId: programme.id }, select: { id: true } })).map(
      (field) => field.id,
    );
    const coordinator = await db.user.create({ data: { email: "coordinator@bench.test", name: "Benchmark coordinator" } });
    await db.coordinatorAppointment.create({ data: { programmeId: programme.id, userId: coordinator.id } });
    const serial = { next: 0 };
    const common = { programmeId: programme.id, fieldIds, coordinatorId: coordinator.id, serial };
    const large = await fillCohort(db, random, { ...common, name: "Stora omgången", pairs: PAIRS, meetings: MEETINGS });
    await fillCohort(db, random, { ...common, name: "Omgången bredvid", pairs: OTHER_PAIRS, meetings: OTHER_MEETINGS });
    // A live database keeps planner statistics up to date by itself (autovacuum); a freshly filled
    // one has none yet, so gather them as the server would shortly after.
    await db.$executeRawUnsafe(`ANALYZE`);
    console.log(
      `Generated ${PAIRS} pairs with ${large.meetings} meetings, ${large.outcomes} outcomes and ${large.notes} notes ` +
        `(and a cohort of ${OTHER_PAIRS} pairs beside it) in ${Math.round(performance.now() - started)} ms; ` +
        `${RUNS} runs after ${WARM_UP} warm-up runs.\n`,
    );

    const today = toStockholmParts(new Date()).date;
    const run = () => queryPairHealth(db, large.cohort.id, today);
    let rows = await run();
    for (let n = 1; n < WARM_UP; n += 1) rows = await run();
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peakHeap = heapBefore;
    const samples: number[] = [];
    for (let n = 0; n < RUNS; n += 1) {
      const begun = performance.now();
      rows = await run();
      samples.push(performance.now() - begun);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    const flagged = rows.filter((row) => row.flags.length > 0).length;
    const payload = Buffer.byteLength(JSON.stringify(rows));
    console.log(`the health query of ${rows.length} pairs (${flagged} flagged)`);
    console.log(
      `  median ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, fastest ${Math.min(...samples).toFixed(1)} ms`,
    );
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    console.log(
      `  memory: the result ${megabytes(payload)} as JSON; the heap grew by at most ${megabytes(peakHeap - heapBefore)} during the runs ` +
        `and kept ${megabytes(Math.max(0, heapAfter - heapBefore))}; process ${megabytes(process.memoryUsage().rss)} resident` +
        (global.gc ? "" : " (run with --expose-gc for figures after garbage collection)"),
    );
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
