import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "@/lib/db/client";

// Sends what the outbox holds. Each email is claimed (PENDING → SENDING) in one statement with
// SKIP LOCKED before it is sent, so several instances never send the same email; a crash between
// claiming and sending leaves it SENDING (visible in the outbox) rather than sending it twice.
// A failure the mail server reports puts it back to PENDING with a growing delay, up to maxAttempts.

export type SmtpSettings = { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };

export function smtpSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SmtpSettings | null {
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === "true",
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    from: env.SMTP_FROM ?? "Tandem <no-reply@localhost>",
  };
}

export function createTransport(settings: SmtpSettings): Transporter {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
  });
}

export const maxAttempts = 5;

type Claimed = { id: string; toEmail: string; subject: string; bodyText: string; attempts: number };

export async function deliverPendingEmails(
  db: Db,
  transport: Transporter,
  from: string,
  batchSize = 20,
): Promise<{ sent: number; failed: number }> {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "status" = 'SENDING', "claimedAt" = now(), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toEmail", "subject", "bodyText", "attempts"`;

  let sent = 0;
  let failed = 0;
  for (const email of claimed) {
    try {
      await transport.sendMail({ from, to: email.toEmail, subject: email.subject, text: email.bodyText });
      await db.outboxEmail.update({ where: { id: email.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      failed++;
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
  }
  return { sent, failed };
}
