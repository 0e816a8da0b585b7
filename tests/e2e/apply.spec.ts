import { expect, expectAccessible, linkSentTo, query, signIn, submitMainForm, test } from "./support";

// Each run adds a cohort that takes applications, in a programme of its own organisation, so no
// demo page (the coordinator's cohort list, say) changes under other specs.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const publicKey = `e2e-apply-${run}`;
const programmeName = `Mentorskap ${run}`;
const menteeEmail = `amal-${run}@example.test`;
const mentorEmail = `erik-${run}@example.test`;

// A long form, checked for accessibility several times, on machines that may be busy.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Föreningen ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, description, "retentionMonths", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'Ett program för nyanlända akademiker.', 60, now()) RETURNING id`,
    [organization!.id, programmeName],
  );
  await query(
    `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn", "sortOrder") VALUES
       (gen_random_uuid(), $1, 'law', 'Jurist', 'Lawyer', 0),
       (gen_random_uuid(), $1, 'economics', 'Ekonom', 'Economist', 1)`,
    [programme!.id],
  );
  await query(
    `INSERT INTO "Cohort" (id, "programmeId", name, status, "startDate", "endDate", "applicationOpensAt", "applicationClosesAt",
                           "defaultMentorCapacity", "publicKey", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Omgång hösten', 'RECRUITING', current_date + 60, current_date + 270,
             now() - interval '1 day', now() + interval '30 days', 2, $2, now())`,
    [programme!.id, publicKey],
  );
});

type ApplicationRow = { role: string; status: string; locale: string; languageCodes: string[] };
type EmailRow = { locale: string; subject: string };

async function savedApplication(email: string): Promise<{ applications: ApplicationRow[]; emails: EmailRow[] }> {
  const applications = await query<ApplicationRow>(
    `SELECT a.role, a.status, a.locale, a."languageCodes" FROM "Application" a JOIN "Cohort" c ON c.id = a."cohortId"
     WHERE c."publicKey" = $1 AND a.email = $2`,
    [publicKey, email],
  );
  const emails = await query<EmailRow>(
    `SELECT locale, subject FROM "OutboxEmail" WHERE template = 'applicationReceived' AND "toEmail" = $1`,
    [email],
  );
  return { applications, emails };
}

test("a mentee applies in Swedish, fixes a bad email without retyping anything, and is thanked", async ({ page }) => {
  await page.goto(`/apply/${publicKey}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ansök till ${programmeName}`);
  await expect(page.getByTestId("cohort-facts")).toContainText("Omgång hösten");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ansök som adept" }).click();
  await expect(page).toHaveURL(new RegExp(`/apply/${publicKey}/mentee$`));
  await expectAccessible(page);
  await page.locator("#name").fill("Amal Haddad");
  await page.locator("#email").fill("amal@");
  await page.locator("#city").fill("Uppsala");
  await page.locator("#fieldKey").selectOption("law");
  await page.locator("#educationCountry").selectOption("SY");
  await page.locator("#language-ar").selectOption("fluent");
  await page.locator("#language-sv").selectOption("good");
  await page.getByText("Fler språk").click();
  await page.locator("#language-fr").selectOption("basic");
  await page.locator("#industries-public_sector").check();
  await page.locator("#goalTags-network").check();
  await page.locator("#goals").fill("Arbeta som jurist på en myndighet.");
  await page.locator("#consent").check();
  await submitMainForm(page);

  // The problem is named at the top and next to the field; everything typed is still there.
  await expect(page.getByTestId("error-summary")).toContainText("Skriv en e-postadress som namn@exempel.se.");
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page.locator("#email-error")).toBeVisible();
  await expect(page.locator("#name")).toHaveValue("Amal Haddad");
  await expect(page.locator("#email")).toHaveValue("amal@");
  await expect(page.locator("#fieldKey")).toHaveValue("law");
  await expect(page.locator("#educationCountry")).toHaveValue("SY");
  await expect(page.locator("#language-ar")).toHaveValue("fluent");
  await expect(page.locator("#language-fr")).toHaveValue("basic");
  await expect(page.locator("#language-fr")).toBeVisible();
  await expect(page.locator("#industries-public_sector")).toBeChecked();
  await expect(page.locator("#goalTags-network")).toBeChecked();
  await expect(page.locator("#goals")).toHaveValue("Arbeta som jurist på en myndighet.");
  await expect(page.locator("#consent")).toBeChecked();
  await expectAccessible(page);
  expect((await savedApplication(menteeEmail)).applications).toHaveLength(0);

  await page.locator("#email").fill(menteeEmail);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/apply/${publicKey}/thanks$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack för din ansökan!");

  expect(await savedApplication(menteeEmail)).toEqual({
    applications: [{ role: "MENTEE", status: "SUBMITTED", locale: "sv", languageCodes: ["sv", "ar", "fr"] }],
    emails: [{ locale: "sv", subject: "Vi har tagit emot din ansökan" }],
  });
});

test("a mentor applies in English, switching language after starting to type", async ({ page }) => {
  await page.goto(`/apply/${publicKey}/mentor`);
  await page.locator("#name").fill("Erik Nilsson");
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apply as a mentor");
  await expect(page.locator("#name")).toHaveValue("Erik Nilsson");
  await expect(page.locator("#fieldKey").getByRole("option", { name: "Lawyer" })).toBeAttached();
  await expectAccessible(page);

  await page.locator("#email").fill(mentorEmail);
  await page.locator("#fieldKey").selectOption("law");
  await page.locator("#language-sv").selectOption("fluent");
  await page.locator("#language-en").selectOption("good");
  await page.locator("#expertiseTags-labour_law").check();
  await expect(page.locator("#mentorCapacity")).toHaveValue("2");
  await page.locator("#mentorCapacity").selectOption("1");
  await page.locator("#employer").fill("Stensjö Advokatbyrå");
  await page.locator("#consent").check();
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/apply/${publicKey}/thanks$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for applying!");

  expect(await savedApplication(mentorEmail)).toEqual({
    applications: [{ role: "MENTOR", status: "SUBMITTED", locale: "en", languageCodes: ["sv", "en"] }],
    emails: [{ locale: "en", subject: "We have received your application" }],
  });
});

test("a cohort that takes no applications says so, and an unknown link is not found", async ({ page }) => {
  const [matching] = await query<{ publicKey: string }>(`SELECT "publicKey" FROM "Cohort" WHERE status = 'MATCHING' LIMIT 1`);
  await page.goto(`/apply/${matching!.publicKey}`);
  await expect(page.getByTestId("applications-closed")).toContainText("Ansökan är stängd");
  await expect(page.getByRole("link", { name: "Ansök som adept" })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`/apply/${matching!.publicKey}/mentee`);
  await expect(page.getByTestId("applications-closed")).toBeVisible();
  await expect(page.getByTestId("application-form")).toHaveCount(0);

  const response = await page.goto("/apply/no-such-cohort-link");
  expect(response?.status()).toBe(404);
});

test("a returning person finds the form filled in from their last participation", async ({ page }) => {
  await signIn(page, "returning@demo.tandem.se");
  await page.goto(`/apply/${publicKey}/mentor`);
  await expect(page.getByTestId("prefilled")).toBeVisible();
  await expect(page.locator("#email")).toHaveValue("returning@demo.tandem.se");
  await expect(page.locator("#name")).not.toHaveValue("");
  await expect(page.locator("#fieldKey")).not.toHaveValue("");
  await expect(page.locator("#consent")).not.toBeChecked();
});

test("an application sent again with someone's address changes only once the address confirms it from the email", async ({ page }) => {
  const email = `nadia-${run}@example.test`;
  await query(
    `INSERT INTO "Application" (id, "cohortId", role, email, name, "professionalFieldId", city, "languageCodes", profile, "consentAt", "updatedAt")
     SELECT gen_random_uuid(), c.id, 'MENTEE', $2, 'Nadia Karimi', f.id, 'Västerås', ARRAY['fa'], '{"languages":[{"code":"fa","level":"fluent"}]}', now(), now()
     FROM "Cohort" c JOIN "ProfessionalField" f ON f."programmeId" = c."programmeId" AND f.key = 'law' WHERE c."publicKey" = $1`,
    [publicKey, email],
  );
  const city = async () =>
    (await query<{ city: string }>(`SELECT a.city FROM "Application" a WHERE a.email = $1`, [email])).map((row) => row.city);

  await page.goto(`/apply/${publicKey}/mentee`);
  await page.locator("#name").fill("Someone Else");
  await page.locator("#email").fill(email);
  await page.locator("#city").fill("Kiruna");
  await page.locator("#fieldKey").selectOption("law");
  await page.locator("#language-sv").selectOption("good");
  await page.locator("#consent").check();
  await page.locator("main form button[type=submit]").click();
  // The same thank-you page as for a first application; nothing is changed yet.
  await expect(page).toHaveURL(new RegExp(`/apply/${publicKey}/thanks$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack för din ansökan!");
  expect(await city()).toEqual(["Västerås"]);

  const link = await linkSentTo(email, "apply/confirm");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bekräfta ändringen av din ansökan");
  await expectAccessible(page);
  expect(await city()).toEqual(["Västerås"]);
  await page.getByRole("button", { name: "Bekräfta ändringen" }).click();
  await expect(page.getByTestId("change-confirmed")).toContainText("är uppdaterad");
  expect(await city()).toEqual(["Kiruna"]);

  await page.goto(link);
  await expect(page.getByTestId("link-invalid")).toContainText("Länken fungerar inte");
});
