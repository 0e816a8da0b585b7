// A worker in a process of its own that dies in the middle of a job, for worker-crash.test.ts:
// it asks for a run of the log-meeting reminders, takes it, queues the reminders, and exits before
// it can report the run done, as a process killed there would. Prints the run's id first.
// Reads DATABASE_URL, and CLOCK_OFFSET_MS for the time the test has moved to.
import { moveClock } from "@/lib/clock";
import { logTransport } from "@/lib/email/delivery";
import { logMeetingReminders } from "@/lib/jobs/job-list";
import { startWorker } from "@/lib/jobs/job-worker";

moveClock(Number(process.env.CLOCK_OFFSET_MS ?? 0));

const worker = await startWorker({
  databaseUrl: process.env.DATABASE_URL!,
  mail: { transport: logTransport(() => undefined), from: "Tandem <tandem@example.test>" },
  jobs: [
    {
      ...logMeetingReminders,
      run: async (context) => {
        await logMeetingReminders.run(context);
        process.exit(3);
      },
    },
  ],
  settings: { schedule: false, pollingIntervalSeconds: 0.5 },
  log: () => undefined,
});
const id = await worker.runSoon(logMeetingReminders.name, { expireInSeconds: 2, retryDelay: 0, retryBackoff: false });
process.stdout.write(`${JSON.stringify({ id })}\n`);
