import { expect, expectAccessible, query, signIn, test } from "./support";

// Archiving what was made by mistake: a cohort and a programme nobody takes part in are hidden and
// restored; a cohort with a participant says why it cannot be archived. Everything here belongs to
// an organisation of this spec's own, whose administrator runs it.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const adminEmail = `archive-admin-${run}@example.test`;
const ids = { programme: "", spare: "", empty: "", taken: "" };
const names = { programme: `Mentorskap ${run}`, spare: `Dubblett ${run}`, empty: `Fel omgång ${run}`, taken: `Riktig omgång ${run}` };

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Föreningen ${run}`,
  ]);
  const [admin] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), $1, 'Archive Admin', "passwordHash", now() FROM "User" WHERE email = 'admin@demo.tandem.se' RETURNING id`,
    [adminEmail],
  );
  await query(`INSERT INTO "OrganizationAdmin" ("organizationId", "userId") VALUES ($1, $2)`, [organization!.id, admin!.id]);
  const programme = async (name: string) =>
    (
      await query<{ id: string }>(
        `INSERT INTO "Programme" (id, "organizationId", name, "updatedAt") VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`,
        [organization!.id, name],
      )
    )[0]!.id;
  ids.programme = await programme(names.programme);
  ids.spare = await programme(names.spare);
  const cohort = async (name: string) =>
    (
      await query<{ id: string }>(
        `INSERT INTO "Cohort" (id, "programmeId", name, "startDate", "endDate", "publicKey", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, current_date + 30, current_date + 240, 'e2e-archive-' || gen_random_uuid(), now()) RETURNING id`,
        [ids.programme, name],
      )
    )[0]!.id;
  ids.empty = await cohort(names.empty);
  ids.taken = await cohort(names.taken);
  await query(
    `WITH field AS (INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn") VALUES (gen_random_uuid(), $1, 'law', 'Jurist', 'Lawyer') RETURNING id),
          person AS (INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), $2, 'Deltagare Ett', now()) RETURNING id)
     INSERT INTO "Participation" (id, "cohortId", "userId", role, "professionalFieldId", "updatedAt")
     SELECT gen_random_uuid(), $3, person.id, 'MENTEE', field.id, now() FROM person, field`,
    [ids.programme, `deltagare-${run}@example.test`, ids.taken],
  );
});

test("a cohort made by mistake is archived, hidden from the lists and its address, and restored", async ({ page }) => {
  await signIn(page, adminEmail);
  await page.goto(`/coordinator/cohorts/${ids.taken}`);
  await expect(page.getByTestId("archive-cohort").getByTestId("archive-blocked")).toContainText("1 deltagare");
  await expect(page.getByRole("button", { name: "Arkivera omgången" })).toHaveCount(0);

  await page.goto(`/coordinator/cohorts/${ids.empty}`);
  await page.getByRole("button", { name: "Arkivera omgången" }).click();
  await expect(page).toHaveURL(/\/coordinator\/archive\?archived=cohort$/);
  await expect(page.getByTestId("archived-message")).toContainText("Omgången är arkiverad");
  await expect(page.getByTestId("archived-cohort").filter({ hasText: names.empty })).toHaveCount(1);
  await expectAccessible(page);

  await page.goto("/coordinator");
  await expect(page.locator("main")).toContainText(names.taken);
  await expect(page.locator("main")).not.toContainText(names.empty);
  expect((await page.goto(`/coordinator/cohorts/${ids.empty}`))?.status()).toBe(404);

  await page.goto("/coordinator");
  await page.getByRole("link", { name: "Arkiverade program och omgångar" }).click();
  await page.getByRole("button", { name: `Återställ ${names.empty}` }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/cohorts/${ids.empty}$`));
  await expect(page.getByTestId("cohort-name")).toHaveText(names.empty);
});

test("a programme made by mistake is archived by its administrator and restored; one with participants is not", async ({ page }) => {
  await signIn(page, adminEmail);
  await page.goto(`/coordinator/programmes/${ids.programme}`);
  await expect(page.getByTestId("archive-programme").getByTestId("archive-blocked")).toContainText("1 deltagare");

  await page.goto(`/coordinator/programmes/${ids.spare}`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Arkivera programmet" }).click();
  await expect(page).toHaveURL(/\/coordinator\/archive\?archived=programme$/);
  await expect(page.getByTestId("archived-programme").filter({ hasText: names.spare })).toHaveCount(1);
  await page.goto("/coordinator");
  await expect(page.getByRole("heading", { name: names.spare })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: names.programme })).toBeVisible();

  await page.goto("/coordinator/archive");
  await page.getByRole("button", { name: `Återställ ${names.spare}` }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/programmes/${ids.spare}$`));
  await expect(page.getByRole("heading", { level: 1, name: names.spare })).toBeVisible();
});
