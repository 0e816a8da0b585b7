import { expect, query, signIn, test } from "./support";

// What people read and how forms answer them: limits named, errors in the order of the fields,
// irreversible actions asked first, words that speak to the right person, language and dates.

async function demoCohort(status: string): Promise<{ id: string; publicKey: string }> {
  const [cohort] = await query<{ id: string; publicKey: string }>(
    `SELECT id, "publicKey" FROM "Cohort" WHERE status = $1 ORDER BY "startDate" LIMIT 1`,
    [status],
  );
  if (!cohort) throw new Error(`the demo data has no cohort in ${status}`);
  return cohort;
}

test("the cohort page opens the public application page, beside copying its link", async ({ page }) => {
  const cohort = await demoCohort("MATCHING");
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${cohort.id}`);
  const preview = page.getByRole("link", { name: "Öppna ansökningssidan i en ny flik" });
  await expect(preview).toHaveAttribute("href", new RegExp(`/apply/${cohort.publicKey}$`));
  await expect(preview).toHaveAttribute("target", "_blank");
  const [opened] = await Promise.all([page.context().waitForEvent("page"), preview.click()]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname).toBe(`/apply/${cohort.publicKey}`);
  await opened.close();
});

test("a coordinator's forms speak of the person, and the programme's description says where it is shown", async ({ page }) => {
  const cohort = await demoCohort("MATCHING");
  const [programme] = await query<{ id: string }>(`SELECT "programmeId" AS id FROM "Cohort" WHERE id = $1`, [cohort.id]);
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${cohort.id}/participants/invite`);
  await expect(page.getByLabel("Personens utbildningsbakgrund")).toBeVisible();
  await expect(page.locator("main form")).not.toContainText(/\b(din|ditt|dina|du)\b/);
  await expect(page.locator("main")).not.toContainText(/mejl/i);
  // An error about the field speaks of no one.
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.locator("#fieldKey-error")).toHaveText("Välj utbildningsbakgrund.");

  await page.goto(`/coordinator/programmes/${programme!.id}`);
  await expect(page.locator("#description-hint")).toHaveText("Visas på den publika ansökningssidan. Valfritt.");
});

test("a first visit is in the browser's language, and signing in applies the account's language", async ({ browser, page }) => {
  const english = await browser.newContext({ locale: "en-GB" });
  const visitor = await english.newPage();
  await visitor.goto("/login");
  await expect(visitor.locator("html")).toHaveAttribute("lang", "en");
  await english.close();
  // Neither Swedish nor English in the browser: Swedish.
  const german = await browser.newContext({ locale: "de-DE" });
  const other = await german.newPage();
  await other.goto("/login");
  await expect(other.locator("html")).toHaveAttribute("lang", "sv");
  await german.close();

  // Someone who chose English signs in on a Swedish browser they have never used.
  const email = `english-${Date.now().toString(36)}@example.test`;
  await query(
    `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt")
     SELECT gen_random_uuid(), $1, 'Lena English', "passwordHash", 'en', now() FROM "User" WHERE email = 'mentee@demo.tandem.se'`,
    [email],
  );
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await signIn(page, email);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
});
