import { expect, expectAccessible, query, signIn, test } from "./support";

// Signing out ends every session of the account, also those of tests running meanwhile as the same
// person: sign-in.spec.ts signs out with accounts of its own.
test("a coordinator lands on the programmes with their cohorts and counts", async ({ page }) => {
  await signIn(page, "coordinator@demo.tandem.se");
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole("heading", { level: 1, name: "Program" })).toBeVisible();
  await expect(page.getByTestId("cohort-row")).toHaveCount(6);
  await expect(page.getByTestId("cohort-row").filter({ hasText: "Pågår" })).toHaveCount(1);
  await expect(page.getByTestId("cohort-row").filter({ hasText: "Matchning" })).toHaveCount(1);
  await expect(page.getByTestId("cohort-row").filter({ hasText: "Rekrytering" })).toHaveCount(1);
  await expectAccessible(page);
});

test("a mentor sees their mentee's name and contact, the joint sessions and their meetings", async ({ page }) => {
  await signIn(page, "mentor@demo.tandem.se");
  await expect(page).toHaveURL(/\/mentor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Du som mentor" })).toBeVisible();
  await expect(page.getByTestId("partner-name").first()).toHaveText("Yasmin Al-Hassan");
  await expect(page.getByTestId("partner").first()).toContainText("mentee@demo.tandem.se");
  await expect(page.getByTestId("session-list").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Öppna ditt par med Yasmin Al-Hassan/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ditt par med Yasmin Al-Hassan");
  await expectAccessible(page);
});

test("a mentee sees their mentor, in English after switching", async ({ page }) => {
  await signIn(page, "mentee@demo.tandem.se");
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByTestId("partner-name").first()).toHaveText("Karin Lindberg");
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "You as a mentee" })).toBeVisible();
  await expect(page.getByText("Your mentor").first()).toBeVisible();
  await expectAccessible(page);
  // The choice is saved on the account and applied at every sign-in: the shared demo account goes
  // back to Swedish at once, for the other journeys that sign in as this mentee.
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
});

test("a person who was a mentee and is a mentor now sees both homes", async ({ page }) => {
  await signIn(page, "returning@demo.tandem.se");
  await expect(page).toHaveURL(/\/mentor$/);
  const nav = page.getByRole("navigation", { name: "Dina sidor" });
  await expect(nav.getByRole("link", { name: "Som mentor" })).toBeVisible();
  await nav.getByRole("link", { name: "Som adept" }).click();
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByRole("heading", { level: 1, name: "Du som adept" })).toBeVisible();
  await expect(page.getByText("Avslutad").first()).toBeVisible();
  await expectAccessible(page);
});

test("a coordinator reads the outbox: a count, a table of emails and one email", async ({ page }) => {
  const subject = `Välkommen till programmet ${Date.now()}`;
  await query(
    `INSERT INTO "OutboxEmail" (id, "toEmail", "programmeId", locale, template, subject, "bodyText", status)
     SELECT gen_random_uuid(), 'ny@example.se', a."programmeId", 'sv', 'test', $1, 'Hej!', 'SENT'
       FROM "CoordinatorAppointment" a JOIN "User" u ON u.id = a."userId"
      WHERE u.email = 'coordinator@demo.tandem.se' LIMIT 1`,
    [subject],
  );

  await signIn(page, "coordinator@demo.tandem.se");
  await page.getByRole("navigation", { name: "Dina sidor" }).getByRole("link", { name: "Utkorg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utkorg för e-post" })).toBeVisible();
  await expect(page.getByTestId("table-count")).toHaveText(/^\d+ meddelanden?$/);
  const row = page.getByTestId("outbox-row").filter({ hasText: subject });
  await expect(row).toContainText("ny@example.se");
  await expect(row).toContainText("Skickat");
  await expectAccessible(page);

  await row.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
});

test("the icon, robots.txt and the web manifest answer without signing in, and every page links them", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /image\//],
    ["/icon.svg", /image\/svg\+xml/],
    ["/apple-touch-icon.png", /image\/png/],
    ["/icon-192.png", /image\/png/],
    ["/icon-512.png", /image\/png/],
    ["/icon-maskable-512.png", /image\/png/],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }

  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  expect(rules).toContain("Allow: /apply/");
  for (const path of ["/coordinator", "/mentor", "/mentee", "/profile", "/account", "/set-password", "/api"]) {
    expect(rules).toContain(`Disallow: ${path}\n`);
  }

  const manifest = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(manifest.status()).toBe(200);
  const app = (await manifest.json()) as { name: string; start_url: string; display: string; icons: { src: string }[] };
  expect(app).toMatchObject({ name: "Tandem", start_url: "/", display: "standalone" });
  for (const icon of app.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);

  await page.goto("/login");
  await expect(page.locator('head link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('head meta[name="theme-color"]')).toHaveAttribute("content", "#1d6b5c");
});
