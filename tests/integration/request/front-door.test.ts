import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

// Tandem's HTTP server in front of a real server action, over real HTTP: the front door of
// scripts/serve.ts, then the sign-in action with the request's headers, as Next would pass them.
const current = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => current.headers,
}));

import { db } from "@/lib/db";
import { idleState } from "@/lib/actions/action-state";
import { signInAction } from "@/lib/accounts/sign-in-actions";
import { clientAddressHeader } from "@/lib/request/client-address";
import { createFrontDoor } from "@/lib/request/front-door";
import { readProxyTrust } from "@/lib/request/proxy-trust";

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

let server: Server | undefined;
let handled: IncomingHttpHeaders[] = [];

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
  handled = [];
});

/** Starts the front door on a free port with these settings; behind it, the sign-in action. */
async function start(settings: Record<string, string> = {}, publicUrl?: string): Promise<number> {
  const admit = createFrontDoor({ trust: readProxyTrust(settings), dev: false, publicUrl, localeCookie: "NEXT_LOCALE" });
  const created = createServer((req, res) => {
    if (!admit(req, res)) return;
    handled.push({ ...req.headers });
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      current.headers = new Headers(Object.entries(req.headers).map(([name, value]): [string, string] => [name, String(value)]));
      const form = new FormData();
      for (const [name, value] of new URLSearchParams(body)) form.set(name, value);
      void signInAction(idleState, form).then((state) => res.end(JSON.stringify(state)));
    });
  });
  server = created;
  await new Promise<void>((resolve) => created.listen(0, "127.0.0.1", resolve));
  return (created.address() as AddressInfo).port;
}

function send(port: number, headers: Record<string, string> = {}, method = "POST"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = new URLSearchParams({ email: "someone@example.org", password: "not the password" }).toString();
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, method, path: "/login", headers: { "content-type": "application/x-www-form-urlencoded", ...headers } },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(method === "POST" ? body : undefined);
  });
}

async function addressKeys() {
  const rows = await db.rateLimit.findMany({ where: { key: { startsWith: "sign-in:address:" } }, select: { key: true, hits: true } });
  return rows.map((row) => `${row.key} ×${row.hits}`).sort();
}

describe("the client's address behind Tandem's server", () => {
  it("is the connection's: X-Forwarded-For and a forged copy of the internal header change nothing", async () => {
    const port = await start();
    await send(port, { "x-forwarded-for": "6.6.6.6", [clientAddressHeader]: "8.8.8.8" });
    await send(port, { "x-forwarded-for": "7.7.7.7, 9.9.9.9", "x-real-ip": "5.5.5.5" });
    await send(port);
    expect(await addressKeys()).toEqual(["sign-in:address:127.0.0.1 ×3"]);
    expect(handled.map((headers) => headers[clientAddressHeader])).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });

  it("is read from X-Forwarded-For only when the proxy it comes through is trusted", async () => {
    const port = await start({ TANDEM_TRUSTED_PROXIES: "127.0.0.1" });
    await send(port, { "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    await send(port, { "x-forwarded-for": "203.0.113.10" });
    expect(await addressKeys()).toEqual(["sign-in:address:203.0.113.10 ×1", "sign-in:address:203.0.113.9 ×1"]);
  });
});

describe("the responses of Tandem's server", () => {
  it("carry the security headers, with a new nonce each time that Next finds in the request", async () => {
    const port = await start();
    const first = await send(port, {}, "GET");
    const second = await send(port, {}, "GET");
    const policy = String(first.headers["content-security-policy"]);
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(second.headers["content-security-policy"]).not.toBe(policy);
    expect(handled[0]!["content-security-policy"]).toBe(policy);
    expect(first.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": expect.stringContaining("camera=()"),
    });
    expect(first.headers["strict-transport-security"]).toBeUndefined();
  });

  it("add HSTS when the browser uses https: by the public address, or a trusted proxy's word", async () => {
    const behindHttps = await start({}, "https://tandem.example.org");
    expect((await send(behindHttps, {}, "GET")).headers["strict-transport-security"]).toMatch(/^max-age=/);
    await new Promise((resolve) => server?.close(resolve));

    const untrusted = await start();
    expect((await send(untrusted, { "x-forwarded-proto": "https" }, "GET")).headers["strict-transport-security"]).toBeUndefined();
    await new Promise((resolve) => server?.close(resolve));

    const trusted = await start({ TANDEM_TRUSTED_PROXY_HOPS: "1" });
    expect((await send(trusted, { "x-forwarded-proto": "https" }, "GET")).headers["strict-transport-security"]).toMatch(/^max-age=/);
  });

  it("refuse a form from another site with a 403 and a message in the reader's language, before any action runs", async () => {
    const port = await start();
    const refused = await send(port, { origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("Formuläret kom från en annan webbplats");
    expect(refused.headers["x-content-type-options"]).toBe("nosniff");
    const english = await send(port, { origin: "null", cookie: "other=1; NEXT_LOCALE=en" });
    expect(english.status).toBe(403);
    expect(english.body).toContain("The form came from another website");
    expect(handled).toEqual([]);
    expect(await db.rateLimit.count()).toBe(0);

    const own = await send(port, { origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ok: false, message: expect.any(String) });
  });
});
