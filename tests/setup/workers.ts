import { afterEach, beforeEach } from "vitest";
import { db } from "@/lib/db";
import { logTransport } from "@/lib/email/delivery";
import { startWorker, type Worker, type WorkerOptions } from "@/lib/jobs/job-worker";

/**
 * Job workers for the tests of a file, on the test database, as the app runs them but quicker to
 * answer: they poll every half second, look for the runs of vanished workers every second, and
 * turn no schedule into runs (a test asks for the runs it means). Each test starts with an empty
 * queue, and its workers are stopped after it.
 */
export function testWorkers() {
  const started: Worker[] = [];
  beforeEach(async () => {
    await db.$executeRawUnsafe(
      `DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN TRUNCATE pgboss.job, pgboss.archive, pgboss.schedule; END IF; END $$`,
    );
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((worker) => worker.stop()));
  });
  return {
    start: async (options: Partial<WorkerOptions> = {}): Promise<Worker> => {
      const worker = await startWorker({
        databaseUrl: process.env.DATABASE_URL!,
        mail: { transport: logTransport(() => undefined), from: "Tandem <tandem@example.test>" },
        log: () => undefined,
        ...options,
        settings: { schedule: false, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, ...options.settings },
      });
      started.push(worker);
      return worker;
    },
    /** Stops one worker before the test ends (another takes over its jobs). */
    stop: async (worker: Worker): Promise<void> => {
      started.splice(started.indexOf(worker), 1);
      await worker.stop();
    },
  };
}

/** Waits until `check` holds, looking every 100 ms; fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  { timeoutMs = 10_000, what = "the condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
