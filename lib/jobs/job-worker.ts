import type PgBoss from "pg-boss";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { mailFromEnv, type MailTransport } from "@/lib/email/delivery";
import { jobList, outboxDelivery } from "@/lib/jobs/job-list";
import { createJobQueue, jobTimeZone, queueOptions, type JobContext, type JobDefinition, type QueueSettings } from "@/lib/jobs/job-queue";
import { listenForQueuedEmails } from "@/lib/jobs/outbox-listener";

// A worker: the queue started on the database, a queue and a schedule for each job of the list,
// and a handler that runs each job taken from its queue. The app's server starts one (unless
// TANDEM_WORKER=off) and `npm run worker` starts one alone; any number may run on one database.

export type WorkerOptions = {
  databaseUrl: string;
  /** The database client the jobs use; by default the worker makes its own. */
  db?: Db;
  /** Where the outbox goes; by default the mail server of the environment (mailFromEnv). */
  mail?: { transport: MailTransport; from: string };
  /** The jobs this worker runs; by default every job of lib/jobs/job-list.ts. */
  jobs?: JobDefinition[];
  settings?: QueueSettings;
  log?: (message: string) => void;
};

export type Worker = {
  boss: PgBoss;
  /**
   * Asks for a run of the job soon, on whichever worker takes it first. A run already waiting
   * absorbs the request (the job's name is its singleton key). Options override the queue's, e.g.
   * a test's short expiry. Returns the new run's id, or null when one was waiting already.
   */
  runSoon: (name: string, options?: PgBoss.SendOptions) => Promise<string | null>;
  stop: () => Promise<void>;
};

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const log = options.log ?? ((message: string) => console.error(message));
  const jobs = options.jobs ?? jobList;
  const db = options.db ?? createPrismaClient(options.databaseUrl, { max: 4 });
  const context: JobContext = { db, mail: options.mail ?? mailFromEnv() };

  const boss = createJobQueue(options.databaseUrl, options.settings);
  boss.on("error", (error) => log(`Job queue: ${error.message}`));
  await boss.start();

  const handlers = new Map<string, string>();
  for (const job of jobs) {
    await boss.createQueue(job.name, queueOptions(job));
    await boss.updateQueue(job.name, queueOptions(job));
    await boss.schedule(job.name, job.cron, {}, { tz: jobTimeZone, singletonKey: job.name });
    const handlerId = await boss.work(job.name, { batchSize: 1 }, async () => {
      await job.run(context);
    });
    handlers.set(job.name, handlerId);
  }
  if (!options.jobs) {
    // A job taken off the list keeps no schedule behind it.
    for (const schedule of await boss.getSchedules()) {
      if (!handlers.has(schedule.name)) await boss.unschedule(schedule.name);
    }
  }

  const runSoon = async (name: string, sendOptions: PgBoss.SendOptions = {}) => {
    const id = await boss.send(name, {}, { ...sendOptions, singletonKey: name });
    const handlerId = handlers.get(name);
    if (handlerId) boss.notifyWorker(handlerId);
    return id;
  };

  let asking = false;
  const deliverSoon = () => {
    if (asking || !handlers.has(outboxDelivery.name)) return;
    asking = true;
    runSoon(outboxDelivery.name)
      .catch((error: unknown) => log(`Could not ask for a delivery run: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (asking = false));
  };
  const listener = handlers.has(outboxDelivery.name) ? listenForQueuedEmails(options.databaseUrl, deliverSoon, log) : null;

  return {
    boss,
    runSoon,
    stop: async () => {
      await listener?.close();
      await boss.stop({ graceful: true, timeout: 10_000 });
      if (!options.db) await db.$disconnect();
    },
  };
}
