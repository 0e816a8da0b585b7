import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, query, signIn, submitMainForm, test } from "./support";

// What Tandem's server (scripts/serve.ts) does for every page and action, seen from outside: the
// security headers, the client's address, forms from other sites, and input that must end in a
// message rather than an error page.

const securityHeaders = (headers: Record<string, string>) => ({
  policy: headers["content-security-policy"] ?? "",
  nosniff: headers["x-content-type-options"],
  referrer: headers["referrer-policy"],
  permissions: headers["permissions-policy"] ?? "",
  hsts: headers["strict-transport-security"],
});

test("every response carries the security headers, and every script of a page carries its nonce", async ({ page, request }) => {
  for (const address of ["/login", "/coordinator", "/no-such-page", "/favicon.ico", "/api/auth/csrf", "/set-password/no-such-link"]) {
    const response = await request.get(address, { maxRedirects: 0 });
    const headers = securityHeaders(response.headers());
    expect(headers.policy, address).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers.policy, address).toContain("frame-ancestors 'none'");
    expect(headers.nosniff, address).toBe("nosniff");
    expect(headers.referrer, address).toBe(address.startsWith("/set-password/") ? "same-origin" : "strict-origin-when-cross-origin");
    expect(headers.permissions, address).toContain("camera=()");
    // Served over plain http here; HSTS comes with https only.
    expect(headers.hsts, address).toBeUndefined();
  }

  const response = await page.goto("/login");
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")?.[1];
  const nonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  // Next's scripts ran under the policy: the page is hydrated.
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe("string");
});

test.describe("with addresses the client wrote itself", () => {
  test.use({
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.78", "x-tandem-client-address": "203.0.113.79" },
  });

  test("a failed sign-in counts against the address of the connection", async ({ page }) => {
    await page.goto("/login");
    await page.locator("#email").fill(`spoofer-${randomBytes(3).toString("hex")}@example.org`);
    await page.locator("#password").fill("not the password");
    await submitMainForm(page);
    await expect(page.getByTestId("error-summary")).toBeVisible();
    expect(await query(`SELECT key FROM "RateLimit" WHERE key LIKE '%203.0.113.%'`)).toEqual([]);
    const counted = await query<{ key: string }>(`SELECT key FROM "RateLimit" WHERE key LIKE 'sign-in:address:%'`);
    expect(counted.map((row) => row.key)).toContainEqual(expect.stringMatching(/^sign-in:address:(127\.0\.0\.1|::1)$/));
  });
});

test("a form sent from another site is refused with a 403 and a short message", async ({ request, baseURL }) => {
  const manifestFile = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { node: Record<string, { exportedName: string }> };
  const signIn = Object.entries(manifest.node).find(([, action]) => action.exportedName === "signInAction")![0];
  const post = (origin: string) =>
    request.post("/login", {
      headers: { origin, "next-action": signIn, "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify([{ ok: false }, "$K1"]),
      maxRedirects: 0,
    });

  const refused = await post("https://elsewhere.example");
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("Formuläret kom från en annan webbplats, inte från Tandem");
  expect((await post("null")).status()).toBe(403);
  expect((await post(baseURL!)).status()).toBe(200);
});

test("a form sent after the session has ended says so and keeps what was typed", async ({ page }) => {
  await signIn(page, "mentee@demo.tandem.se");
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Din profil" })).toBeVisible();
  await page.context().clearCookies();
  await page.locator("#city").fill("Typat efter utloggningen");
  await page.getByRole("button", { name: "Spara profilen" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Du är inte inloggad längre. Logga in och försök igen.");
  await expect(page.locator("#city")).toHaveValue("Typat efter utloggningen");
  await expect(page.getByTestId("error-page")).toHaveCount(0);
});

test("a CSV file over the limit, even over the server's limit on a request, gets the import's own message, not the error page", async ({
  page,
}) => {
  const [cohort] = await query<{ id: string }>(`SELECT id FROM "Cohort" WHERE status = 'MATCHING' LIMIT 1`);
  const row = "adept;Stor Fil;stor@example.org;law;;Uppsala;sv:good\r\n";
  const text = `roll;namn;e-post;utbildningsbakgrund;telefon;ort;språk\r\n${row.repeat(Math.ceil(12_000_000 / row.length))}`;
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${cohort!.id}/participants/import`);
  await page.locator("#import-file").setInputFiles({ name: "stor.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Kontrollera filen" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Filen är för stor. Den får vara högst 900 kB.");
  await expect(page.getByTestId("error-page")).toHaveCount(0);
});

test("before its scripts have loaded, the set-password page's form carries its origin, and its address goes to no other site", async ({
  browser,
  baseURL,
}) => {
  const token = randomBytes(32).toString("base64url");
  const email = `before-scripts-${randomBytes(3).toString("hex")}@example.org`;
  await query(
    `WITH person AS (INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Nora Utan Skript', now()) RETURNING id)
     INSERT INTO "OneTimeToken" (id, "userId", purpose, "tokenHash", "expiresAt")
     SELECT gen_random_uuid(), id, 'SET_PASSWORD', $2, now() + interval '1 day' FROM person`,
    [email, createHash("sha256").update(token).digest("hex")],
  );
  // A page of its own without scripts (the accessibility check at the end needs them).
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`/set-password/${token}`);
  expect(response!.headers()["referrer-policy"]).toBe("same-origin");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");
  // With "no-referrer" the browser would send `Origin: null`, which the check against forms from
  // other sites refuses. The form's own answer is not what this test is about: the request is
  // looked at on its way out and answered here.
  const origins: Array<string | undefined> = [];
  await page.route(`**/set-password/${token}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    origins.push((await route.request().allHeaders()).origin);
    return route.fulfill({ status: 204 });
  });
  await page.locator("input[name=password]").fill("kort");
  await page.locator("input[name=confirm]").fill("annat");
  await page.locator("main form button[type=submit]").click();
  await expect.poll(() => origins).toEqual([baseURL]);
  await context.close();
});

test("without scripts, the set-password form answers a mistake next to the field and then signs the person in", async ({
  browser,
  baseURL,
}) => {
  const token = randomBytes(32).toString("base64url");
  const email = `no-scripts-${randomBytes(3).toString("hex")}@example.org`;
  await query(
    `WITH person AS (INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $1, 'Nora Utan Skript', now()) RETURNING id)
     INSERT INTO "OneTimeToken" (id, "userId", purpose, "tokenHash", "expiresAt")
     SELECT gen_random_uuid(), id, 'SET_PASSWORD', $2, now() + interval '1 day' FROM person`,
    [email, createHash("sha256").update(token).digest("hex")],
  );
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/set-password/${token}`);
  await page.locator("input[name=password]").fill("ett långt lösenord");
  await page.locator("input[name=confirm]").fill("ett annat lösenord");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#confirm-error")).toContainText("Lösenorden är inte likadana.");
  await page.locator("input[name=password]").fill("ett långt lösenord");
  await page.locator("input[name=confirm]").fill("ett långt lösenord");
  await page.locator("main form button[type=submit]").click();
  await expect(page).not.toHaveURL(/set-password/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});
