import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { now, setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import type { JobDefinition } from "@/lib/jobs/job-queue";
import { confirmMeetingReminders, jobList, jointSessionReminders, logMeetingReminders } from "@/lib/jobs/job-list";
import type { Worker } from "@/lib/jobs/job-worker";
import { reminderKinds } from "@/lib/reminders/reminder-kinds";
import { sendDueReminders } from "@/lib/reminders/reminder-runs";
import { createMeeting } from "@/tests/factories/meetings";
import { at, createReminderWorld } from "@/tests/factories/reminder-world";
import { testMailbox } from "@/tests/setup/mailbox";
import { eventually, testWorkers } from "@/tests/setup/workers";

// Reminders run by the job queue: however many workers run, and whatever happens to one of them in
// the middle of a run, each reminder reaches each person once.

const mailbox = testMailbox();
const workers = testWorkers();
const reminderJobs = [logMeetingReminders, confirmMeetingReminders, jointSessionReminders];

/**
 * The reminder world on 9 April 2031 at noon: the log-meeting reminder is due to three people, the
 * confirm reminder to one (a meeting the first mentee logged on 11 March), the joint session's to
 * the cohort's six active participants.
 */
async function dueWorld() {
  const world = await createReminderWorld(db);
  const meeting = await createMeeting(db, {
    pair: world.first.pair,
    heldOn: new Date("2031-03-10"),
    loggedById: world.first.mentee.user.id,
    confirmed: false,
  });
  await db.meeting.update({ where: { id: meeting.id }, data: { createdAt: at("2031-03-11") } });
  setClock(at("2031-04-09", "12:00"));
  return { world, due: { LOG_MEETING: 3, CONFIRM_MEETING: 1, JOINT_SESSION: world.active.length } };
}

const reminderCount = () => db.outboxEmail.count({ where: { template: { startsWith: "reminder" } } });

/** No run of these jobs is waiting or running. */
async function idle(worker: Worker, jobs: JobDefinition[]): Promise<boolean> {
  const sizes = await Promise.all(jobs.map((job) => worker.boss.getQueueSize(job.name, { before: "completed" })));
  return sizes.every((size) => size === 0);
}

const jobState = async (worker: Worker, name: string, id: string) => (await worker.boss.getJobById(name, id))?.state;

describe("reminders on the job queue", () => {
  it("are sent once each by two workers on one database, however often their runs are asked for", async () => {
    const { due } = await dueWorld();
    const expected = due.LOG_MEETING + due.CONFIRM_MEETING + due.JOINT_SESSION;
    const mail = { transport: mailbox.transport(), from: mailbox.from };
    const [first, second] = [await workers.start({ mail }), await workers.start({ mail })];

    for (let round = 0; round < 3; round++) {
      await Promise.all(reminderJobs.flatMap((job) => [first.runSoon(job.name), second.runSoon(job.name)]));
      await eventually(() => idle(first, reminderJobs), { what: "the reminder runs" });
    }
    await eventually(async () => (await db.outboxEmail.count({ where: { status: "SENT" } })) === expected && idle(first, jobList), {
      what: "every reminder delivered",
    });

    expect(await reminderCount()).toBe(expected);
    const received = mailbox.received().map((mail) => `${mail.to.join()} ${mail.subject}`);
    expect(received).toHaveLength(expected);
    expect(new Set(received).size).toBe(expected);
  });

  it("are queued once each when two runs find them due at the same moment on two connections", async () => {
    const { due } = await dueWorld();
    const [one, two] = [
      createPrismaClient(process.env.DATABASE_URL!, { max: 2 }),
      createPrismaClient(process.env.DATABASE_URL!, { max: 2 }),
    ];
    try {
      for (const kind of reminderKinds) {
        const [a, b] = await Promise.all([sendDueReminders(one, kind, now()), sendDueReminders(two, kind, now())]);
        expect(a + b).toBe(due[kind]);
      }
    } finally {
      await Promise.all([one.$disconnect(), two.$disconnect()]);
    }
    expect(await reminderCount()).toBe(due.LOG_MEETING + due.CONFIRM_MEETING + due.JOINT_SESSION);
  });

  it("survive a run that fails after queuing them: another worker runs it again and sends nothing twice", async () => {
    const { due } = await dueWorld();
    let attempts = 0;
    const failing: JobDefinition = {
      ...logMeetingReminders,
      run: async (context) => {
        attempts += 1;
        await logMeetingReminders.run(context);
        throw new Error("the worker fails before the run is done");
      },
    };
    const broken = await workers.start({ jobs: [failing] });
    const id = (await broken.runSoon(logMeetingReminders.name, { retryDelay: 1, retryBackoff: false }))!;
    await eventually(async () => (await jobState(broken, logMeetingReminders.name, id)) === "retry", { what: "the failed run" });
    await workers.stop(broken);
    expect(attempts).toBe(1);
    expect(await reminderCount()).toBe(due.LOG_MEETING);

    const healthy = await workers.start({ jobs: [logMeetingReminders] });
    await eventually(async () => (await jobState(healthy, logMeetingReminders.name, id)) === "completed", { what: "the run done again" });
    expect(await reminderCount()).toBe(due.LOG_MEETING);
    expect((await healthy.boss.getJobById(logMeetingReminders.name, id))?.retryCount).toBe(1);
  });

  it("survive a worker process that dies in the middle of a run: the run is not lost, and nothing is sent twice", async () => {
    const { due } = await dueWorld();
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "dying-worker.ts")], {
      env: { ...process.env, CLOCK_OFFSET_MS: String(now().getTime() - Date.now()) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(exitCode).toBe(3);
    const { id } = JSON.parse(output.trim().split("\n")[0]!) as { id: string };
    expect(await reminderCount()).toBe(due.LOG_MEETING);

    // The run is still "active", held by a process that is gone. Once its time is up, the next
    // worker's maintenance puts it back in the queue, and that worker runs it to the end.
    const next = await workers.start({ jobs: [logMeetingReminders] });
    expect(await jobState(next, logMeetingReminders.name, id)).toBe("active");
    await eventually(async () => (await jobState(next, logMeetingReminders.name, id)) === "completed", {
      what: "the run taken over",
      timeoutMs: 15_000,
    });
    expect(await reminderCount()).toBe(due.LOG_MEETING);
  });
});
