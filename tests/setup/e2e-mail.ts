import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpCapture } from "./smtp-capture";

/**
 * Playwright's global setup: the mail server the app under test delivers to (playwright.config.ts
 * sets its SMTP_HOST and SMTP_PORT). Each message that arrives is written as a JSON file into
 * TANDEM_MAIL_DIR, where the tests read it as the person would read their inbox
 * (tests/e2e/support.ts). Returns the teardown.
 */
export default async function startMailServer(): Promise<() => Promise<void>> {
  const dir = process.env.TANDEM_MAIL_DIR;
  const port = Number(process.env.TANDEM_SMTP_PORT);
  if (!dir || !port) throw new Error("playwright.config.ts sets TANDEM_MAIL_DIR and TANDEM_SMTP_PORT.");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const smtp = await startSmtpCapture({
    port,
    onMail: ({ to, subject, text }) => {
      const name = `${Date.now()}-${String(++count).padStart(6, "0")}`;
      // Written whole, then renamed, so a reader never sees half a message.
      writeFileSync(path.join(dir, `${name}.tmp`), JSON.stringify({ to, subject, text }));
      renameSync(path.join(dir, `${name}.tmp`), path.join(dir, `${name}.json`));
    },
  });
  return () => smtp.close();
}
