import "server-only";
import { db } from "@/lib/db";
import { createTransport, deliverPendingEmails, logTransport, smtpSettingsFromEnv } from "@/lib/email/delivery";

// Started once per server process (instrumentation.ts). Every instance runs it; claiming with
// SKIP LOCKED keeps them from sending the same email. Without SMTP settings (development, the
// demo) each email is written to the server's own output instead: the person running Tandem can
// pass a link on, and nobody reads it in the app.
const intervalMs = 10_000;
const fallbackFrom = "Tandem <no-reply@localhost>";

export function startEmailDelivery(): void {
  const settings = smtpSettingsFromEnv();
  if (!settings) console.info("No SMTP_HOST set: emails are written to this server's output instead of being sent.");
  const transport = settings ? createTransport(settings) : logTransport();
  const from = settings?.from ?? fallbackFrom;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverPendingEmails(db, transport, from);
    } catch (error) {
      console.error("Email delivery failed; retrying shortly.", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), intervalMs).unref();
  void tick();
}
