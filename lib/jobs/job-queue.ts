import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import type { MailTransport } from "@/lib/email/delivery";

// The job queue (decision 0014): pg-boss keeps its jobs in PostgreSQL, in a schema of its own
// ("pgboss") beside Tandem's tables, and a worker takes each job with SKIP LOCKED. Jobs run in
// workers (lib/jobs/job-worker.ts), never on timers of a request's process: every instance and
// worker may run the same schedules, and the queue hands each run to one of them.

/** What a job's run is given. */
export type JobContext = {
  db: Db;
  /** Where the outbox is delivered. */
  mail: { transport: MailTransport; from: string };
};

/** A job Tandem runs by itself, on a schedule and whenever it is asked to run soon. */
export type JobDefinition = {
  /** The queue's name, also its singleton key: one run waiting and one running at a time, whoever asked. */
  name: string;
  /** When it runs by itself: a cron expression in Stockholm time. */
  cron: string;
  /**
   * Seconds a run may take. A run that takes longer, or whose worker died, is retried elsewhere, so
   * every run must be safe to repeat: what it sends is made unique in the database (the outbox's
   * dedupeKey), never by the queue alone.
   */
  expireInSeconds: number;
  run: (context: JobContext) => Promise<unknown>;
};

export const jobTimeZone = "Europe/Stockholm";

export type QueueSettings = {
  /** Seconds between a worker's looks at an idle queue (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** Seconds between the checks that retry the runs of workers that vanished. */
  maintenanceIntervalSeconds?: number;
  /** Whether this process turns schedules into runs (any number of processes may; one wins each minute). */
  schedule?: boolean;
};

/** A pg-boss instance on the database; `start()` creates or updates its schema when needed. */
export function createJobQueue(databaseUrl: string, settings: QueueSettings = {}): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    application_name: "tandem-jobs",
    max: 4,
    schedule: settings.schedule ?? true,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 60,
    pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 2,
  });
}

/**
 * A queue per job. "stately": at most one run waiting and one running, so a schedule firing on two
 * instances, or a nudge while a run waits, adds no second run. A failed run is retried with a
 * growing delay.
 */
export function queueOptions(job: JobDefinition): PgBoss.Queue {
  return {
    name: job.name,
    policy: "stately",
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: job.expireInSeconds,
  };
}
