import nodemailer from "nodemailer";
import { appUrl } from "@/lib/app-url";
import { mintApplicationChangeToken, mintOneTimeToken, oneTimeLinkPath } from "@/lib/auth/one-time-tokens";
import { paths } from "@/lib/paths";
import type { Db } from "@/lib/db/client";
import { isReminderKind, reminderOffToken } from "@/lib/auth/reminder-off-tokens";
import { oneTimeLinkMarker, reminderOffMarkerPattern } from "@/lib/email/email-templates";

// Sends what the outbox holds; the job queue's outbox-delivery job runs it (lib/jobs). Each email is
// claimed (PENDING → SENDING) in one statement with SKIP LOCKED before it is sent, so several
// workers never send the same email; a crash between claiming and sending leaves it SENDING
// (visible in the outbox) rather than sending it twice.
// A failure the mail server reports puts it back to PENDING with a growing delay, up to maxAttempts.
// An email that carries a one-time link gets its token here, in the message only (see
// lib/auth/one-time-tokens.ts); one whose link was replaced or used meanwhile is not sent at all.
// A reminder gets the link that turns its kind off here too (lib/auth/reminder-off-tokens.ts).

const fallbackFrom = "Tandem <no-reply@localhost>";

export type SmtpSettings = { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };

export type MailMessage = { from: string; to: string; subject: string; text: string };
export type MailTransport = { sendMail: (message: MailMessage) => Promise<unknown> };

export function smtpSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpSettings | null {
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === "true",
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    from: env.SMTP_FROM ?? fallbackFrom,
  };
}

/**
 * Where a worker sends the outbox: the mail server in the environment, or, without SMTP settings
 * (development, the demo), the process's own output, which only whoever runs Tandem reads.
 */
export function mailFromEnv(env: NodeJS.ProcessEnv = process.env): { transport: MailTransport; from: string } {
  const settings = smtpSettingsFromEnv(env);
  if (!settings) console.info("No SMTP_HOST set: emails are written to this server's output instead of being sent.");
  return { transport: settings ? createTransport(settings) : logTransport(), from: settings?.from ?? fallbackFrom };
}

export function createTransport(settings: SmtpSettings): MailTransport {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
  });
}

/**
 * Without a mail server (development, the demo): each message, links included, is written to the
 * server's own output, which only whoever runs Tandem reads; never to the database.
 */
export function logTransport(write: (text: string) => void = (text) => void process.stdout.write(text)): MailTransport {
  return {
    sendMail: async (message) => {
      write(
        `\n----- Email (no SMTP_HOST: written here instead of sent) -----\n` +
          `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}` +
          `----- End of email -----\n`,
      );
    },
  };
}

export const maxAttempts = 5;

type Claimed = {
  id: string;
  userId: string | null;
  toEmail: string;
  subject: string;
  bodyText: string;
  attempts: number;
  oneTimeTokenId: string | null;
  applicationChangeId: string | null;
};

/** The link the email carries, made now; null when it can no longer be used. */
async function linkOf(db: Db, email: Claimed): Promise<string | null> {
  if (email.oneTimeTokenId) {
    const link = await mintOneTimeToken(db, email.oneTimeTokenId);
    return link && appUrl(oneTimeLinkPath(link.purpose, link.token));
  }
  if (email.applicationChangeId) {
    const token = await mintApplicationChangeToken(db, email.applicationChangeId);
    return token && appUrl(paths.confirmApplicationChange(token));
  }
  // The link's row is gone (its change was confirmed or replaced, and the row deleted).
  return null;
}

/**
 * The text to send: the stored body, with the email's links made now (its one-time link, the link
 * that turns a kind of reminder off); null when a link can no longer be made.
 */
async function messageText(db: Db, email: Claimed): Promise<string | null> {
  let text = email.bodyText;
  if (text.includes(oneTimeLinkMarker)) {
    const link = await linkOf(db, email);
    if (!link) return null;
    text = text.split(oneTimeLinkMarker).join(link);
  }
  let unsigned = false;
  text = text.replace(reminderOffMarkerPattern, (_marker, kind: string) => {
    if (email.userId && isReminderKind(kind)) return appUrl(paths.reminderOff(reminderOffToken(email.userId, kind)));
    // The recipient's account is gone (erased): there is no one to turn reminders off for.
    unsigned = true;
    return "";
  });
  return unsigned ? null : text;
}

async function recordFailure(db: Db, email: Claimed, error: unknown): Promise<void> {
  const finalAttempt = email.attempts >= maxAttempts;
  await db.outboxEmail.update({
    where: { id: email.id },
    data: {
      status: finalAttempt ? "FAILED" : "PENDING",
      lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
      // 1, 4, 9, 16 minutes …
      nextAttemptAt: new Date(Date.now() + email.attempts * email.attempts * 60_000),
    },
  });
}

export async function deliverPendingEmails(
  db: Db,
  transport: MailTransport,
  from: string,
  batchSize = 20,
): Promise<{ sent: number; failed: number; cancelled: number }> {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "status" = 'SENDING', "claimedAt" = now(), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "userId", "toEmail", "subject", "bodyText", "attempts", "oneTimeTokenId", "applicationChangeId"`;

  const tally = { sent: 0, failed: 0, cancelled: 0 };
  for (const email of claimed) {
    try {
      const text = await messageText(db, email);
      if (text === null) {
        await db.outboxEmail.update({
          where: { id: email.id },
          data: { status: "CANCELLED", lastError: "The link it carried was replaced, used or expired before it was sent." },
        });
        tally.cancelled++;
        continue;
      }
      await transport.sendMail({ from, to: email.toEmail, subject: email.subject, text });
      await db.outboxEmail.update({ where: { id: email.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      tally.sent++;
    } catch (error) {
      tally.failed++;
      await recordFailure(db, email, error);
    }
  }
  return tally;
}

/**
 * Sends everything the outbox holds that is due, batch after batch, for up to `forMs` (the
 * outbox-delivery job runs it, and may take twice that long before the queue gives the run to
 * another worker; what is left waits for the next run, a minute later at most). Returns the tally.
 */
export async function deliverOutbox(
  db: Db,
  transport: MailTransport,
  from: string,
  { batchSize = 20, forMs = 5 * 60_000 } = {},
): Promise<{ sent: number; failed: number; cancelled: number }> {
  const total = { sent: 0, failed: 0, cancelled: 0 };
  const until = Date.now() + forMs;
  for (;;) {
    const tally = await deliverPendingEmails(db, transport, from, batchSize);
    total.sent += tally.sent;
    total.failed += tally.failed;
    total.cancelled += tally.cancelled;
    if (tally.sent + tally.failed + tally.cancelled < batchSize || Date.now() >= until) return total;
  }
}
