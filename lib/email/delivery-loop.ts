import "server-only";
import { db } from "@/lib/db";
import { createTransport, deliverPendingEmails, smtpSettingsFromEnv } from "@/lib/email/delivery";

// Started once per server process (instrumentation.ts). Every instance runs it; claiming with
// SKIP LOCKED keeps them from sending the same email. Without SMTP settings nothing is sent and
// coordinators read the outbox in the app.
const intervalMs = 10_000;

export function startEmailDelivery(): void {
  const settings = smtpSettingsFromEnv();
  if (!settings) {
    console.info("No SMTP_HOST set: emails stay in the outbox (readable by coordinators in Tandem).");
    return;
  }
  const transport = createTransport(settings);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverPendingEmails(db, transport, settings.from);
    } catch (error) {
      console.error("Email delivery failed; retrying shortly.", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), intervalMs).unref();
  void tick();
}
