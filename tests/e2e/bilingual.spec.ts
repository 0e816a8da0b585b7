import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signIn, test } from "./support";

// A programme's own texts in English: without them an English reader gets the Swedish ones, marked
// as Swedish; once the coordinator writes them, the public application page, its thank-you page
// and the receipt email are English throughout. The programme, its recruiting cohort and its
// coordinator are this spec's own, so no demo page changes under other specs.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const publicKey = `e2e-bilingual-${run}`;
const programmeSv = `Mentorskap för jurister ${run}`;
const descriptionSv = "Ett program för nyanlända jurister i Stockholm.";
const cohortSv = "Omgång hösten";
const programmeEn = `Mentoring for lawyers ${run}`;
const descriptionEn = "A programme for newly arrived lawyers in Stockholm.";
const cohortEn = "Autumn cohort";
const coordinatorEmail = `bilingual-${run}@example.test`;
const applicantEmail = `applicant-${run}@example.test`;
const ids = { programme: "", cohort: "" };

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Föreningen ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, description, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id`,
    [organization!.id, programmeSv, descriptionSv],
  );
  ids.programme = programme!.id;
  await query(
    `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn", "sortOrder") VALUES
       (gen_random_uuid(), $1, 'law', 'Jurist', 'Lawyer', 0)`,
    [ids.programme],
  );
  const [cohort] = await query<{ id: string }>(
    `INSERT INTO "Cohort" (id, "programmeId", name, status, "startDate", "endDate", "applicationOpensAt", "applicationClosesAt", "publicKey", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'RECRUITING', current_date + 60, current_date + 270, now() - interval '1 day', now() + interval '30 days', $3, now())
     RETURNING id`,
    [ids.programme, cohortSv, publicKey],
  );
  ids.cohort = cohort!.id;
  // A coordinator of this programme only, with the demo accounts' password.
  const [coordinator] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), $1, 'Bilingual Coordinator', "passwordHash", now() FROM "User" WHERE email = 'coordinator@demo.tandem.se'
     RETURNING id`,
    [coordinatorEmail],
  );
  await query(`INSERT INTO "CoordinatorAppointment" ("programmeId", "userId") VALUES ($1, $2)`, [ids.programme, coordinator!.id]);
});

async function inEnglish(page: Page) {
  await page
    .context()
    // For the whole site: it replaces the cookie signing in set to the account's language.
    .addCookies([
      { name: "NEXT_LOCALE", value: "en", url: new URL("/", page.url().startsWith("http") ? page.url() : "http://localhost").href },
    ]);
}

async function readInEnglish(page: Page, path: string) {
  await page.goto(path);
  await inEnglish(page);
  await page.goto(path);
}

test("an English reader gets the Swedish texts marked as Swedish while no English ones are written", async ({ page }) => {
  await readInEnglish(page, `/apply/${publicKey}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Apply to ${programmeSv} (in Swedish)`);
  await expect(page.getByTestId("programme-description")).toHaveText(`${descriptionSv} (in Swedish)`);
  await expect(page.getByTestId("programme-description").locator('[lang="sv"]')).toHaveText(descriptionSv);
  await expect(page.getByTestId("cohort-facts")).toContainText(`${cohortSv} (in Swedish)`);
  await expectAccessible(page);
});

test("the coordinator writes the English texts, and the application page, thank-you page and receipt are English throughout", async ({
  page,
}) => {
  await signIn(page, coordinatorEmail);
  await page.goto(`/coordinator/programmes/${ids.programme}`);
  await page.locator("#nameEn").fill(programmeEn);
  await page.locator("#descriptionEn").fill(descriptionEn);
  const settings = page.locator("form", { has: page.locator("#nameEn") });
  await settings.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(settings.getByTestId("form-success")).toBeVisible();
  await expect(page.locator("#nameEn")).toHaveValue(programmeEn);
  await expectAccessible(page);

  await page.goto(`/coordinator/cohorts/${ids.cohort}`);
  await page.locator("#nameEn").fill(cohortEn);
  const cohortForm = page.locator("form", { has: page.locator("#nameEn") });
  await cohortForm.getByRole("button", { name: "Spara omgången" }).click();
  await expect(cohortForm.getByTestId("form-success")).toBeVisible();

  await readInEnglish(page, `/apply/${publicKey}`);
  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Apply to ${programmeEn}`);
  await expect(page).toHaveTitle(new RegExp(`Apply to ${programmeEn}`));
  await expect(page.getByTestId("programme-description")).toHaveText(descriptionEn);
  await expect(page.getByTestId("cohort-facts")).toContainText(cohortEn);
  for (const swedish of [programmeSv, descriptionSv, cohortSv, "(in Swedish)"]) await expect(main).not.toContainText(swedish);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Apply as a mentee" }).click();
  await expect(main.locator("p").first()).toBeVisible();
  await expect(main).toContainText(cohortEn);
  await expect(main).not.toContainText(cohortSv);
  await page.locator("#name").fill("Amal Haddad");
  await page.locator("#email").fill(applicantEmail);
  await page.locator("#fieldKey").selectOption("law");
  await page.locator("#language-en").selectOption("fluent");
  await page.locator("#consent").check();
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/apply/${publicKey}/thanks$`));
  await expect(main).toContainText(`We have received your application to ${cohortEn} in ${programmeEn}.`);
  await expect(main).not.toContainText(programmeSv);

  const [receipt] = await query<{ subject: string; bodyText: string }>(
    `SELECT subject, "bodyText" FROM "OutboxEmail" WHERE template = 'applicationReceived' AND "toEmail" = $1`,
    [applicantEmail],
  );
  expect(receipt!.subject).toBe("We have received your application");
  expect(receipt!.bodyText).toContain(`${cohortEn} in ${programmeEn}`);
  expect(receipt!.bodyText).not.toContain(programmeSv);
  expect(receipt!.bodyText).not.toContain(cohortSv);
});
