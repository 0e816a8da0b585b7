/**
 * Tandem's HTTP server: Next's request handler behind Node's own server, so that each request's
 * client address comes from the connection and every response carries the security headers
 * (lib/request/front-door.ts, decision 0010). `npm start` runs it once the database is ready; the
 * browser tests run the same. Reads PORT (3000), NEXTAUTH_URL, TANDEM_TRUSTED_PROXIES and
 * TANDEM_TRUSTED_PROXY_HOPS; `--dev` serves Next's development build.
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

  const server = createServer((req, res) => {
    if (!admit(req, res)) return;
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, () => console.log(`Tandem ready on port ${port}${dev ? " (development)" : ""}`));

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
