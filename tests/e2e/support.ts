import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { linkIn, type LinkKind } from "@/tests/setup/smtp-capture";

/**
 * Fails on any serious or critical accessibility violation on the page as it is now. After a server
 * action the page's head is streamed again, so it first waits for the document to have its title.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(blocking.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`)).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Reads from the database the app under test uses (DATABASE_URL is set by `npm test`). */
export async function query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

type Mail = { to: string[]; subject: string; text: string };

/** Every message the app has delivered to the address so far, oldest first (see tests/setup/e2e-mail.ts). */
function mailsTo(address: string): Mail[] {
  const dir = process.env.TANDEM_MAIL_DIR!;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Mail)
    .filter((mail) => mail.to.includes(address));
}

/**
 * The newest email to the address that matches, once the app has delivered it over SMTP to the
 * test mail server: what the person finds in their inbox. The app's worker delivers soon after the
 * email is queued (lib/jobs/outbox-listener.ts), within a minute at most.
 */
export async function emailTo(address: string, matches: (mail: Mail, index: number) => boolean = () => true): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        found = mailsTo(address).findLast(matches);
        return found !== undefined;
      },
      { message: `an email to ${address}`, timeout: 45_000, intervals: [500] },
    )
    .toBe(true);
  return found!;
}

/** How many emails the address has received so far. */
export const emailCount = (address: string) => mailsTo(address).length;

/**
 * The path of the one-time link in the newest email to the address that carries one of this kind,
 * delivered after the address had received `after` emails.
 */
export async function linkSentTo(address: string, kind: LinkKind = "set-password", after = 0): Promise<string> {
  const mail = await emailTo(address, (candidate, index) => index >= after && linkIn(candidate.text, kind) !== null);
  return linkIn(mail.text, kind)!;
}

/**
 * Submits the page's main form (the first form in the main content) and waits until the server
 * action has answered and the form is back.
 */
export async function submitMainForm(page: Page): Promise<void> {
  const button = page.locator("main form").first().locator("button[type=submit]").first();
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await button.click();
  await answered;
  await expect(button).toBeEnabled();
}

/**
 * The test function of every spec: besides the checks a test makes on the way, the page a test
 * ends on is checked for accessibility too, and nothing on the way may break the Content Security
 * Policy (Chromium reports each refused script or style in the console).
 */
export const test = base.extend<{ axeAtEnd: void; withinPolicy: void }>({
  withinPolicy: [
    async ({ page }, use) => {
      const refused: string[] = [];
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) refused.push(message.text());
      });
      await use();
      expect(refused).toEqual([]);
    },
    { auto: true },
  ],
  axeAtEnd: [
    async ({ page }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus && page.url().startsWith("http")) await expectAccessible(page);
    },
    { auto: true },
  ],
});

export { expect };
