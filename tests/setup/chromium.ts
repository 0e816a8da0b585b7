import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

// Playwright's own Chromium when `npx playwright install chromium` has fetched it, else a system
// Chromium (Debian's package is at /usr/bin/chromium). CHROMIUM_PATH overrides both.
const systemCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own.
  const system = systemCandidates.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(
    "No Chromium found for the browser tests. Install Playwright's with `npx playwright install chromium`, " +
      "or the system one (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROMIUM_PATH.",
  );
}

/** Flags for running headless in a container or CI machine without outside network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
