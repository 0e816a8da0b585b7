import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/setup/chromium";

// Run through `npm test` (or `npm run test:e2e`), which prepares a fresh database with demo data,
// builds the app and sets DATABASE_URL, NEXTAUTH_SECRET and E2E_PORT for the server started here.
const port = Number(process.env.E2E_PORT ?? 3100);
const results = process.env.TANDEM_RESULTS_DIR ?? ".data/test-results";
const baseURL = `http://localhost:${port}`;

// The app delivers its emails over SMTP to a test mail server (tests/setup/e2e-mail.ts), the same
// way it sends them in production; tests read a one-time link from there, as its owner would.
// The workers read these variables too: this file is loaded in each of them.
process.env.TANDEM_SMTP_PORT ??= String(Number(process.env.E2E_SMTP_PORT ?? port + 20000));
process.env.TANDEM_MAIL_DIR ??= path.resolve(results, `mail-${port}`);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: `${results}/playwright.json` }]],
  outputDir: `${results}/playwright`,
  globalSetup: "./tests/setup/e2e-mail.ts",
  use: {
    baseURL,
    locale: "sv-SE",
    trace: "retain-on-failure",
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  // The same server as `npm start` (scripts/serve.ts): client addresses and security headers included.
  webServer: {
    command: "node --import tsx scripts/serve.ts",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      TANDEM_DEMO: "1",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: process.env.TANDEM_SMTP_PORT,
      SMTP_SECURE: "false",
      SMTP_FROM: "Tandem <tandem@example.test>",
    },
  },
});
