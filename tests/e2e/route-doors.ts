import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext } from "@playwright/test";
import { TEST_PASSWORD } from "@/tests/factories/users";
import type { Expectation, RouteEntry, Visitor } from "./route-table";

// What the routes' authorization matrix needs besides its table: every route of app/ and of the
// build, a signed-in HTTP client per person, and what each kind of answer must look like.

const root = path.resolve(import.meta.dirname, "../..");

/** Where each route's entry goes; named in every failure about a missing one. */
export const routeTableFile = "tests/e2e/route-table.ts";

/** A folder segment as it appears in the URL: route groups, parallel slots and private folders do not. */
const inUrl = (segment: string) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@");

/** Every page.tsx and route.ts under app/, as its URL pattern. */
export function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (folder: string, segments: string[]) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith("_")) {
        walk(path.join(folder, entry.name), inUrl(entry.name) ? [...segments, entry.name] : segments);
      } else if (entry.isFile() && /^(page|route)\.[jt]sx?$/.test(entry.name)) {
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk("app", []);
  return found.sort();
}

/** Every route of the production build under test, from Next's manifest. */
export function builtRoutes(): string[] {
  const file = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "server/app-paths-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const routes = Object.keys(manifest).map(
    (key) =>
      `/${key
        .replace(/\/(page|route)$/, "")
        .split("/")
        .filter(Boolean)
        .filter(inUrl)
        .join("/")}`,
  );
  return [...new Set(routes)].sort();
}

/** An HTTP client with the person's session cookie (none for null), signed in through next-auth's credentials route. */
export async function clientFor(
  request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> },
  baseURL: string,
  email: string | null,
) {
  const client = await request.newContext({ baseURL });
  if (!email) return client;
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await client.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: TEST_PASSWORD, json: "true" } });
  const session = (await (await client.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, `signing in as ${email}`).toBe(email);
  return client;
}

/** What a visitor of this kind gets by default, before the entry's own exceptions. */
export function expectationOf(entry: RouteEntry, visitor: Visitor): Expectation {
  const byKind: Record<Visitor, Expectation> =
    entry.rightful === "anyone"
      ? { anonymous: "ok", otherParticipant: "ok", otherCoordinator: "ok", rightful: "ok" }
      : entry.rightful === "signedIn"
        ? { anonymous: "signIn", otherParticipant: "ok", otherCoordinator: "ok", rightful: "ok" }
        : { anonymous: "signIn", otherParticipant: "notFound", otherCoordinator: "notFound", rightful: "ok" };
  return entry.expect?.[visitor] ?? byKind[visitor];
}

/**
 * The app's not-found page, in the HTML or, when the page was already streaming, in the payload
 * React renders it from.
 */
const notFoundPage = /data-testid="not-found"|\\"data-testid\\":\\"not-found\\"/;

/** Opens the address without following redirects and checks the answer against what this visitor must get. */
export async function expectVisit(
  client: APIRequestContext,
  url: string,
  expected: Expectation,
  entry: RouteEntry,
  shows: string[],
  label: string,
) {
  const response = await client.get(url, { maxRedirects: 0 });
  // A calendar file folds long lines and escapes commas and semicolons (RFC 5545): read as text.
  const raw = await response.text();
  const body = /text\/calendar/.test(response.headers()["content-type"] ?? "")
    ? raw.replace(/\r\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1")
    : raw;
  const status = response.status();
  const location = response.headers().location;
  const redirectedTo = location ? new URL(location, "http://localhost").pathname : null;
  const seen = shows.filter((text) => body.includes(text));
  const answer = { label, status, redirectedTo, seen };
  const page = !entry.contentType;
  switch (expected) {
    case "ok":
      expect.soft(answer).toEqual({ ...answer, status: 200, seen: shows });
      if (entry.contentType) expect.soft(response.headers()["content-type"], label).toMatch(entry.contentType);
      break;
    case "own":
      expect.soft(answer).toEqual({ ...answer, status: 200, seen: [] });
      break;
    case "notFound":
      expect.soft(answer).toEqual({ ...answer, status: 404, seen: [] });
      if (page) expect.soft(notFoundPage.test(body), `${label}: the not-found page`).toBe(true);
      break;
    case "signIn":
      expect.soft(answer).toEqual({ ...answer, status: 307, redirectedTo: "/login", seen: [] });
      break;
    case "home":
      expect
        .soft(
          status >= 300 && status < 400 && redirectedTo !== null && redirectedTo !== "/login",
          `${label}: sent home, got ${status} ${redirectedTo}`,
        )
        .toBe(true);
      break;
  }
}
