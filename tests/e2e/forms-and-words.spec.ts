import { expect, expectAccessible, query, signIn, test } from "./support";

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
