import { deleteExpiredChanges } from "@/lib/applications/application-submit-save";
import { deleteSpentOneTimeTokens } from "@/lib/auth/one-time-tokens";
import { now } from "@/lib/clock";
import { deliverOutbox } from "@/lib/email/delivery";
import type { JobDefinition } from "@/lib/jobs/job-queue";
import type { ReminderKind } from "@/lib/reminders/reminder-kinds";
import { sendDueReminders } from "@/lib/reminders/reminder-runs";

// Every job Tandem runs by itself. A worker (lib/jobs/job-worker.ts) makes a queue for each,
// keeps its schedule and runs it. A new job is a line here and a function in its room.

/** Delivers the outbox: every minute, and soon after an email is queued (lib/jobs/outbox-listener.ts). */
export const outboxDelivery: JobDefinition = {
  name: "outbox-delivery",
  cron: "* * * * *",
  expireInSeconds: 10 * 60,
  run: ({ db, mail }) => deliverOutbox(db, mail.transport, mail.from),
};

/**
 * Sends the reminders of a kind that are due: every hour from 8 to 20, Stockholm time, so that
 * nobody is reminded at night. A run that finds nothing new sends nothing.
 */
const reminders = (kind: ReminderKind, name: string): JobDefinition => ({
  name,
  cron: "0 8-20 * * *",
  expireInSeconds: 15 * 60,
  run: ({ db }) => sendDueReminders(db, kind, now()),
});

export const logMeetingReminders = reminders("LOG_MEETING", "reminders-log-meeting");
export const confirmMeetingReminders = reminders("CONFIRM_MEETING", "reminders-confirm-meeting");
export const jointSessionReminders = reminders("JOINT_SESSION", "reminders-joint-session");

/**
 * Deletes what has expired, every night: changes of applications never confirmed, and one-time
 * links used, revoked or expired more than 30 days ago.
 */
export const housekeeping: JobDefinition = {
  name: "housekeeping",
  cron: "30 3 * * *",
  expireInSeconds: 15 * 60,
  run: async ({ db }) => {
    const at = now();
    return { applicationChanges: await deleteExpiredChanges(db, at), oneTimeTokens: await deleteSpentOneTimeTokens(db, at) };
  },
};

export const jobList: JobDefinition[] = [outboxDelivery, logMeetingReminders, confirmMeetingReminders, jointSessionReminders, housekeeping];
