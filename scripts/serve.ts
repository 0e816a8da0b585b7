/**
 * Tandem's HTTP server: Next's request handler behind Node's own server, so that each request's
 * client address comes from the connection and every response carries the security headers
 * (lib/request/front-door.ts, decision 0010). `npm start` runs it once the database is ready; the
 * browser tests run the same. Reads PORT (3000), NEXTAUTH_URL, TANDEM_TRUSTED_PROXIES and
 * TANDEM_TRUSTED_PROXY_HOPS; `--dev` serves Next's development build.
 *
 * It also starts a job worker in the same process (lib/jobs: the outbox, reminders, housekeeping)
 * unless TANDEM_WORKER=off, for instances that leave the jobs to workers of their own (`npm run worker`).
 */
import { createServer } from "node:http";
import { localeCookie } from "@/lib/i18n/locales";
import { createFrontDoor } from "@/lib/request/front-door";
import { readProxyTrust } from "@/lib/request/proxy-trust";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
// As `next start` and `next dev` set it, before Next and React are loaded.
Object.assign(process.env, {
  NODE_ENV: dev ? "development" : "production",
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
});

async function main() {
  const admit = createFrontDoor({ trust: readProxyTrust(), dev, publicUrl: process.env.NEXTAUTH_URL, localeCookie });
  const { default: next } = await import("next");
  const app = next({ dev, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Loaded here, after NODE_ENV is set: the worker's email templates load React through next-intl.
  const { startWorker } = await import("@/lib/jobs/job-worker");
  const worker = process.env.TANDEM_WORKER === "off" ? null : await startWorker({ databaseUrl: process.env.DATABASE_URL ?? "" });

  const server = createServer((req, res) => {
    if (!admit(req, res)) return;
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, () => console.log(`Tandem ready on port ${port}${dev ? " (development)" : ""}`));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // The server and the worker finish what they are doing, for up to ten seconds.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    void Promise.allSettled([closed, worker?.stop()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 12_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
