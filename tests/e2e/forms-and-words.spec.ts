import { emailTo, expect, expectAccessible, query, signIn, submitMainForm, test } from "./support";

// What people read and how forms answer them: limits named, errors in the order of the fields,
// irreversible actions asked first, words that speak to the right person, language and dates.

/** A cohort of the demo coordinator's programme, in the given status. */
async function demoCohort(status: string): Promise<{ id: string; publicKey: string }> {
  const [cohort] = await query<{ id: string; publicKey: string }>(
    `SELECT c.id, c."publicKey" FROM "Cohort" c
       JOIN "CoordinatorAppointment" a ON a."programmeId" = c."programmeId" JOIN "User" u ON u.id = a."userId"
      WHERE u.email = 'coordinator@demo.tandem.se' AND c.status = $1 ORDER BY c."startDate" LIMIT 1`,
    [status],
  );
  if (!cohort) throw new Error(`the demo coordinator has no cohort in ${status}`);
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

type OwnWorld = { publicKey: string; cohortId: string; programmeId: string; admin: string; coordinator: string; second: string };

/**
 * An organisation of its own: an administrator, two coordinators, a programme with a cohort that
 * takes applications and one joint session at 18:00 on 23 November 2026, so no demo page changes.
 */
async function ownWorld(): Promise<OwnWorld> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const [{ hash }] = (await query<{ hash: string }>(`SELECT "passwordHash" AS hash FROM "User" WHERE email = 'mentee@demo.tandem.se'`)) as [
    { hash: string },
  ];
  const person = async (email: string, name: string) =>
    (
      await query<{ id: string }>(
        `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'sv', now()) RETURNING id`,
        [email, name, hash],
      )
    )[0]!.id;
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Föreningen ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, description, "retentionMonths", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', 60, now()) RETURNING id`,
    [organization!.id, `Mentorskap ${run}`],
  );
  await query(
    `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn", "sortOrder") VALUES (gen_random_uuid(), $1, 'law', 'Jurist', 'Lawyer', 0)`,
    [programme!.id],
  );
  const [cohort] = await query<{ id: string }>(
    `INSERT INTO "Cohort" (id, "programmeId", name, status, "startDate", "endDate", "applicationOpensAt", "applicationClosesAt",
                           "defaultMentorCapacity", "publicKey", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Omgång hösten', 'RECRUITING', current_date + 60, current_date + 270,
             now() - interval '1 day', now() + interval '30 days', 1, $2, now()) RETURNING id`,
    [programme!.id, `e2e-words-${run}`],
  );
  await query(
    `INSERT INTO "JointSession" (id, "cohortId", ordinal, title, "startsAt", "endsAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 1, 'Uppstartsträff', '2026-11-23T17:00:00Z', '2026-11-23T19:00:00Z', now())`,
    [cohort!.id],
  );
  const world = {
    publicKey: `e2e-words-${run}`,
    cohortId: cohort!.id,
    programmeId: programme!.id,
    admin: `admin-${run}@example.test`,
    coordinator: `samordnare-${run}@example.test`,
    second: `andra-${run}@example.test`,
  };
  await query(`INSERT INTO "OrganizationAdmin" ("organizationId", "userId") VALUES ($1, $2)`, [
    organization!.id,
    await person(world.admin, "Ebba Admin"),
  ]);
  for (const [email, name] of [
    [world.coordinator, "Maja Samordnare"],
    [world.second, "Olle Andrasson"],
  ]) {
    await query(`INSERT INTO "CoordinatorAppointment" ("programmeId", "userId") VALUES ($1, $2)`, [
      programme!.id,
      await person(email!, name!),
    ]);
  }
  return world;
}

test("a text over its limit is kept whole and its length named, a year out of range names the range, and errors come in the order of the fields", async ({
  page,
}) => {
  const { publicKey } = await ownWorld();
  const nextYear = new Date().getFullYear() + 1;
  await page.goto(`/apply/${publicKey}/mentee`);
  const goals = "Jag vill arbeta som jurist. ".repeat(200).slice(0, 5160);

  // The counter shows as the person types, and by how much the text is over.
  await page.locator("#goals").fill("Kort mål");
  await expect(page.locator("#goals-count")).toHaveText(/^8 av 2\s000 tecken$/);
  await page.locator("#goals").fill(goals);
  await expect(page.locator("#goals-count")).toHaveText(/^5\s160 av 2\s000 tecken: 3\s160 för många$/);
  await page.locator("#educationYear").fill("1900");
  await submitMainForm(page);

  // Nothing typed is cut: the whole text comes back, with its length and the limit named.
  await expect(page.locator("#goals")).toHaveValue(goals);
  await expect(page.locator("#goals-error")).toHaveText(/^Texten har 5\s160 tecken\. Den får ha högst 2\s000 tecken\.$/);
  await expect(page.locator("#goals-count")).toHaveText(/^5\s160 av 2\s000 tecken/);
  await expect(page.locator("#educationYear-error")).toHaveText(`Skriv ett tal mellan 1950 och ${nextYear}.`);
  await expect(page.locator("#educationYear")).toHaveValue("1900");
  await expect(page.locator("main")).not.toContainText("Kontrollera uppgiften");

  // The summary lists the problems in the order of the fields on the form.
  const linked = await page
    .getByTestId("error-summary")
    .locator("a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!.slice(1)));
  const onPage = await page
    .locator("main form")
    .evaluate(
      (form, ids) => ids.map((id) => ({ id, top: document.getElementById(id)!.getBoundingClientRect().top + window.scrollY })),
      linked,
    );
  expect(linked).toEqual([...onPage].sort((a, b) => a.top - b.top).map((field) => field.id));
  expect(linked).toEqual(expect.arrayContaining(["name", "email", "fieldKey", "educationYear", "languages", "goals", "consent"]));
});

test("declining asks first, by keyboard, then tells the applicant and says who was emailed", async ({ page }) => {
  const [applicant] = await query<{ id: string; name: string; email: string }>(
    `SELECT a.id, a.name, a.email FROM "Application" a JOIN "Cohort" c ON c.id = a."cohortId"
      WHERE c.status = 'MATCHING' AND a.status = 'WAITLISTED' AND c."programmeId" IN (
        SELECT a2."programmeId" FROM "CoordinatorAppointment" a2 JOIN "User" u ON u.id = a2."userId" WHERE u.email = 'coordinator@demo.tandem.se')
      ORDER BY a.name DESC LIMIT 1`,
  );
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/applications/${applicant!.id}`);
  await page.getByLabel("Avslå", { exact: true }).check();
  await page.locator("#reason").fill("Alla platser är tagna.");
  await page.getByRole("button", { name: "Spara beslutet" }).press("Enter");

  // The question takes the focus and says who is emailed; going back changes nothing.
  const question = page.getByTestId("confirm-step");
  await expect(question.locator("p").first()).toBeFocused();
  await expect(question).toContainText(`Beslutet skickas med e-post till ${applicant!.email}, utan skälet.`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nej, gå tillbaka" }).press("Enter");
  await expect(question).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Spara beslutet" })).toBeFocused();
  expect((await query<{ status: string }>(`SELECT status FROM "Application" WHERE id = $1`, [applicant!.id]))[0]!.status).toBe(
    "WAITLISTED",
  );

  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Ja, avslå ansökan" }).press("Enter");
  await expect(page.getByTestId("decision-result")).toHaveText(
    `Ansökan från ${applicant!.name} är avslagen. Beslutet har skickats med e-post till ${applicant!.email}, utan skälet.`,
  );
  const mail = await emailTo(applicant!.email);
  // In the applicant's language; the reason stays out, as it was not chosen.
  expect(mail.text).toMatch(/Vi kan tyvärr inte erbjuda dig en plats|We cannot offer you a place/);
  expect(mail.text).not.toContain("Alla platser är tagna.");
});

test("removing a joint session and a coordinator asks first, saying what happens; English dates are British", async ({ page }) => {
  const world = await ownWorld();
  await signIn(page, world.coordinator);
  await page.goto(`/coordinator/cohorts/${world.cohortId}/sessions`);
  await page.getByRole("button", { name: "Ta bort Uppstartsträff" }).click();
  const question = page.getByTestId("confirm-step");
  await expect(question).toContainText("Ta bort Uppstartsträff, 23 november 2026 kl. 18:00?");
  await expect(question).toContainText("Ingen får e-post om det.");
  expect(await query(`SELECT id FROM "JointSession" WHERE "cohortId" = $1`, [world.cohortId])).toHaveLength(1);
  await page.getByRole("button", { name: "Nej, gå tillbaka" }).click();
  await expect(page.getByRole("button", { name: "Ta bort Uppstartsträff" })).toBeFocused();

  // The same question in English, with the date written the British way.
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("main")).toContainText("23 November 2026");
  await expect(page.locator("main")).toContainText("18:00");
  await expect(page.locator("main")).not.toContainText(/PM|November 23/);
  await page.getByRole("button", { name: "Remove Uppstartsträff" }).click();
  await expect(question).toContainText("Remove Uppstartsträff, 23 November 2026 at 18:00?");
  await page.getByRole("button", { name: "Yes, remove the session" }).click();
  await expect(page.getByText("The cohort has no joint sessions.")).toBeVisible();
  expect(await query(`SELECT id FROM "JointSession" WHERE "cohortId" = $1`, [world.cohortId])).toHaveLength(0);
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");

  await page.context().clearCookies();
  await signIn(page, world.admin);
  await page.goto(`/coordinator/programmes/${world.programmeId}`);
  await page.getByRole("button", { name: "Ta bort Olle Andrasson som samordnare" }).click();
  await expect(page.getByTestId("confirm-step")).toContainText("Olle Andrasson kommer inte längre åt programmet");
  await page.getByRole("button", { name: "Ja, ta bort Olle Andrasson" }).click();
  await expect(page.getByTestId("coordinator").filter({ hasText: "Olle Andrasson" })).toHaveCount(0);
  await expect(page.getByTestId("coordinator").filter({ hasText: "Maja Samordnare" })).toHaveCount(1);
});

test("removing a joint session asks first without JavaScript too: the server checks the confirmation", async ({ browser, baseURL }) => {
  const world = await ownWorld();
  // A browser without scripts (the accessibility check at the end needs them, so it is a page of its own).
  const context = await browser.newContext({ baseURL, locale: "sv-SE", javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, world.coordinator);
  await page.goto(`/coordinator/cohorts/${world.cohortId}/sessions`);
  await page.getByRole("button", { name: "Ta bort Uppstartsträff" }).click();
  await expect(page.getByTestId("confirm-step")).toContainText("Ta bort Uppstartsträff, 23 november 2026 kl. 18:00?");
  expect(await query(`SELECT id FROM "JointSession" WHERE "cohortId" = $1`, [world.cohortId])).toHaveLength(1);
  // Going back changes nothing and shows the page as it was.
  await page.getByRole("button", { name: "Nej, gå tillbaka" }).click();
  await expect(page.getByTestId("confirm-step")).toHaveCount(0);
  expect(await query(`SELECT id FROM "JointSession" WHERE "cohortId" = $1`, [world.cohortId])).toHaveLength(1);
  await page.getByRole("button", { name: "Ta bort Uppstartsträff" }).click();
  await page.getByRole("button", { name: "Ja, ta bort träffen" }).click();
  await expect.poll(async () => (await query(`SELECT id FROM "JointSession" WHERE "cohortId" = $1`, [world.cohortId])).length).toBe(0);
  await context.close();
});
