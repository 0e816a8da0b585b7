import { deliverOutbox } from "@/lib/email/delivery";
import type { JobDefinition } from "@/lib/jobs/job-queue";

// Every job Tandem runs by itself. A worker (lib/jobs/job-worker.ts) makes a queue for each,
// keeps its schedule and runs it. A new job is a line here and a function in its room.

/** Delivers the outbox: every minute, and soon after an email is queued (lib/jobs/outbox-listener.ts). */
export const outboxDelivery: JobDefinition = {
  name: "outbox-delivery",
  cron: "* * * * *",
  expireInSeconds: 10 * 60,
  run: ({ db, mail }) => deliverOutbox(db, mail.transport, mail.from),
};

export const jobList: JobDefinition[] = [outboxDelivery];
