import { expect, expectAccessible, query, signIn, test } from "./support";

// A coordinator finds a person by part of their name and sees their history across cohorts and
// roles; someone of another organisation's programme is neither found nor shown.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const outsiderName = `Utomstående Person ${run}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Annan förening ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, "updatedAt") VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`,
    [organization!.id, `Annat program ${run}`],
  );
  const [field] = await query<{ id: string }>(
    `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn") VALUES (gen_random_uuid(), $1, 'law', 'Jurist', 'Lawyer') RETURNING id`,
    [programme!.id],
  );
  const [cohort] = await query<{ id: string }>(
    `INSERT INTO "Cohort" (id, "programmeId", name, "startDate", "endDate", "publicKey", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Annan omgång', current_date, current_date + 200, 'e2e-people-' || gen_random_uuid(), now()) RETURNING id`,
    [programme!.id],
  );
  await query(
    `WITH person AS (INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id)
     INSERT INTO "Participation" (id, "cohortId", "userId", role, "professionalFieldId", "updatedAt")
     SELECT gen_random_uuid(), $3, person.id, 'MENTEE', $4, now() FROM person`,
    [`outsider-${run}@example.test`, outsiderName, cohort!.id, field!.id],
  );
});

test("a coordinator finds a returning person and sees her cohorts, roles, pairs and applications on one page", async ({ page }) => {
  await signIn(page, "coordinator@demo.tandem.se");
  await page.getByRole("navigation").getByRole("link", { name: "Personer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hitta personer" })).toBeVisible();
  await page.getByLabel("Sök namn eller e-post").fill("nour had");
  await page.getByRole("button", { name: "Sök", exact: true }).click();
  await expect(page).toHaveURL(/\/coordinator\/people\?q=nour\+had$/);
  const row = page.getByTestId("person-row").filter({ hasText: "Nour Haddad" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("returning@demo.tandem.se");
  await expectAccessible(page);

  await row.getByRole("link", { name: "Nour Haddad" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nour Haddad" })).toBeVisible();
  const participations = page.getByTestId("person-participation");
  await expect(participations.filter({ hasText: "som mentor" })).not.toHaveCount(0);
  await expect(participations.filter({ hasText: "som adept" })).not.toHaveCount(0);
  await expect(page.getByTestId("person-pair").first()).toBeVisible();
  await expectAccessible(page);
});

test("someone of another organisation's programme is neither found nor shown, and a short search asks for more", async ({ page }) => {
  const [outsider] = await query<{ id: string }>(`SELECT id FROM "User" WHERE name = $1`, [outsiderName]);
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/people?q=${encodeURIComponent(outsiderName)}`);
  await expect(page.getByText(`Ingen i dina program matchar ”${outsiderName}”.`)).toBeVisible();
  await expect(page.getByTestId("person-row")).toHaveCount(0);

  const response = await page.goto(`/coordinator/people/${outsider!.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("main")).not.toContainText(outsiderName);

  await page.goto("/coordinator/people?q=n");
  await expect(page.getByTestId("search-too-short")).toHaveText("Skriv minst två tecken.");
});

test("the participants page finds a participant by part of an email", async ({ page }) => {
  const [mentor] = await query<{ cohortId: string; email: string; name: string }>(
    `SELECT p."cohortId", u.email, u.name FROM "Participation" p JOIN "User" u ON u.id = p."userId"
     WHERE u.email = 'returning@demo.tandem.se' AND p.role = 'MENTOR' LIMIT 1`,
  );
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${mentor!.cohortId}/participants`);
  await page.getByLabel("Sök namn eller e-post").fill("RETURNING@demo");
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/q=RETURNING/);
  await expect(page.getByTestId("participant-row")).toHaveCount(1);
  await expect(page.getByTestId("participant-row")).toContainText(mentor!.name);
});
