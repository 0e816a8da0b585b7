/**
 * `npm run worker`: a job worker alone (lib/jobs), for running workers apart from the app's
 * instances, or more of them. Each app instance runs one already unless TANDEM_WORKER=off; any
 * number may run on one database, and each job's run is taken by one of them.
 *
 * Needs DATABASE_URL and NEXTAUTH_SECRET (the links in emails are made at delivery), and the mail
 * settings of the app (SMTP_*; without them emails are written to this process's output).
 * Stop with Ctrl+C: a run in progress is finished first, for up to ten seconds.
 */
import "dotenv/config";

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    fail("DATABASE_URL is not set. `npm start` runs a worker itself; `npm run worker` is for workers on a database of your own.");
  }
  if (!process.env.NEXTAUTH_SECRET || process.env.NEXTAUTH_SECRET.length < 32) {
    fail("NEXTAUTH_SECRET is not set (or shorter than 32 characters). Give the worker the app's own secret.");
  }
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const { startWorker } = await import("@/lib/jobs/job-worker");
  const worker = await startWorker({ databaseUrl });
  console.log("Tandem worker started. Stop with Ctrl+C.");

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    worker.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
