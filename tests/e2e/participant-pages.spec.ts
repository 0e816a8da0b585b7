import { expect, expectAccessible, query, signIn, test } from "./support";

// What participants read on their own pages: what to do next on their homes, whom to contact
// about the programme, their cohorts on the account page, and a profile that fits the cohort's
// stage. A programme of its own (no contact named, one coordinator) with a pair published today
// and no meetings yet, so no other spec's data changes under it; the demo covers the rest.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const programmeName = `Mentorskap för jurister ${run}`;
const cohortName = `Omgång ${run}`;
const coordinator = { name: "Maria Samordnare", email: `samordnare-${run}@example.test` };
const mentor = { name: "Erik Mentorsson", email: `erik-${run}@example.test`, phone: "070-174 06 42" };
const mentee = { name: "Leila Adeptsdotter", email: `leila-${run}@example.test` };
let programmeId = "";

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  const [{ hash }] = (await query<{ hash: string }>(`SELECT "passwordHash" AS hash FROM "User" WHERE email = 'mentee@demo.tandem.se'`)) as [
    { hash: string },
  ];
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Föreningen ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, description, "retentionMonths", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', 60, now()) RETURNING id`,
    [organization!.id, programmeName],
  );
  programmeId = programme!.id;
  const [field] = await query<{ id: string }>(
    `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn", "sortOrder")
     VALUES (gen_random_uuid(), $1, 'law', 'Jurist', 'Lawyer', 0) RETURNING id`,
    [programmeId],
  );
  const user = async (person: { name: string; email: string }) =>
    (
      await query<{ id: string }>(
        `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'sv', now()) RETURNING id`,
        [person.email, person.name, hash],
      )
    )[0]!.id;
  await query(`INSERT INTO "CoordinatorAppointment" ("programmeId", "userId") VALUES ($1, $2)`, [programmeId, await user(coordinator)]);
  const [cohort] = await query<{ id: string }>(
    `INSERT INTO "Cohort" (id, "programmeId", name, status, "startDate", "endDate", "publicKey", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'ACTIVE', current_date - 10, current_date + 200, $3, now()) RETURNING id`,
    [programmeId, cohortName, `e2e-pages-${run}`],
  );
  await query(
    `INSERT INTO "JointSession" (id, "cohortId", ordinal, title, "startsAt", "endsAt", location, "updatedAt") VALUES
       (gen_random_uuid(), $1, 1, 'Uppstartsträff', now() - interval '10 days', now() - interval '10 days' + interval '3 hours', 'Stadsbiblioteket', now()),
       (gen_random_uuid(), $1, 2, 'Halvtidsträff', now() + interval '8 days', now() + interval '8 days 3 hours', 'Kulturhuset, Stockholm', now()),
       (gen_random_uuid(), $1, 3, 'Avslutningsträff', now() + interval '190 days', now() + interval '190 days 3 hours', 'Kulturhuset, Stockholm', now())`,
    [cohort!.id],
  );
  const participation = async (person: { name: string; email: string; phone?: string }, role: string) =>
    (
      await query<{ id: string }>(
        `INSERT INTO "Participation" (id, "cohortId", "userId", role, status, "professionalFieldId", phone, city, languages, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, 'ACTIVE', $4, $5, 'Stockholm', '[{"code":"sv","level":"fluent"}]', now()) RETURNING id`,
        [cohort!.id, await user(person), role, field!.id, person.phone ?? null],
      )
    )[0]!.id;
  await query(
    `INSERT INTO "Pair" (id, "cohortId", "mentorParticipationId", "menteeParticipationId", status, source, "publishedAt", "acceptedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'ACTIVE', 'MANUAL', now(), now(), now())`,
    [cohort!.id, await participation(mentor, "MENTOR"), await participation(mentee, "MENTEE")],
  );
});

test("a mentee matched today is told to get in touch with the mentor, sees the next session and whom to ask", async ({ page }) => {
  await signIn(page, mentee.email);
  await expect(page).toHaveURL(/\/mentee$/);
  const next = page.getByTestId("next-steps");
  await expect(next.getByTestId("next-step-contact")).toContainText(`Kontakta ${mentor.name} och bestäm när ni ska träffas första gången.`);
  await expect(next.getByRole("link", { name: mentor.email })).toHaveAttribute("href", `mailto:${mentor.email}`);
  await expect(next.getByRole("link", { name: mentor.phone })).toHaveAttribute("href", "tel:0701740642");
  await expect(next.getByTestId("next-step-session")).toContainText("Kom till nästa gemensamma utbildningsträff: Halvtidsträff");
  await expect(next.getByTestId("next-step-session")).toContainText("Kulturhuset, Stockholm");
  // The same session is marked in the cohort's list.
  await expect(page.getByTestId("next-session")).toContainText("Nästa");
  await expect(page.getByTestId("next-session")).toContainText("Halvtidsträff");
  // The programme names nobody, so its coordinator is the one to ask.
  const contact = page.getByTestId("programme-contact");
  await expect(contact).toContainText("Har du frågor om programmet? Kontakta samordnaren:");
  await expect(contact).toContainText(coordinator.name);
  await expect(contact.getByRole("link", { name: coordinator.email })).toHaveAttribute("href", `mailto:${coordinator.email}`);
  await expectAccessible(page);

  await page.getByRole("link", { name: `Öppna ditt par med ${mentor.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ditt par med ${mentor.name}`);
  await expect(page.getByTestId("programme-contact")).toContainText(coordinator.name);
  await expect(page.getByTestId("next-session")).toContainText("Halvtidsträff");
  await expectAccessible(page);

  // The account lists the cohort and the role in it.
  await page.goto("/account");
  await expect(page.getByTestId("account-cohort")).toHaveCount(1);
  await expect(page.getByTestId("account-cohort")).toContainText(`Adept i ${cohortName}, ${programmeName}`);
  await expect(page.getByTestId("account-cohort")).toContainText("Pågår");
  await expect(page.getByText("Du är inte med i någon omgång än")).toHaveCount(0);
  await expectAccessible(page);

  // The running cohort's profile is for reaching each other, and names whom to ask.
  await page.goto("/profile");
  await expect(page.getByText("Omgången pågår. Håll dina kontaktuppgifter aktuella")).toBeVisible();
  await expect(page.getByTestId("profile-form")).toBeVisible();
  await expect(page.getByTestId("programme-contact")).toContainText(coordinator.name);
});

test("a coordinator names the programme's contact, and participants see it instead of the coordinators", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, coordinator.email);
  await page.goto(`/coordinator/programmes/${programmeId}`);
  const contactFields = page.getByRole("group", { name: "Kontaktperson för deltagarna" });
  await contactFields.getByLabel("Namn").fill("Programkansliet");
  await contactFields.getByLabel("E-postadress").fill("kansliet@");
  await contactFields.getByLabel("Telefon").fill("08-465 004 17");
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page.locator("#contactEmail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#contactEmail")).toHaveValue("kansliet@");
  await expectAccessible(page);

  await page.locator("#contactEmail").fill(`kansliet-${run}@example.test`);
  await page.getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Inställningarna är sparade.");
  await expect(page.locator("#contactName")).toHaveValue("Programkansliet");

  const mentorPage = await (await browser.newContext({ baseURL, locale: "sv-SE" })).newPage();
  await signIn(mentorPage, mentor.email);
  const contact = mentorPage.getByTestId("programme-contact");
  await expect(contact).toContainText("Har du frågor om programmet? Kontakta:");
  await expect(contact).toContainText("Programkansliet");
  await expect(contact.getByRole("link", { name: `kansliet-${run}@example.test` })).toBeVisible();
  await expect(contact.getByRole("link", { name: "08-465 004 17" })).toHaveAttribute("href", "tel:0846500417");
  await expect(contact).not.toContainText(coordinator.name);
  // The mentor too is asked to get in touch first.
  await expect(mentorPage.getByTestId("next-step-contact")).toContainText(`Kontakta ${mentee.name}`);
  await expectAccessible(mentorPage);
  await mentorPage.context().close();
});

test("someone in no cohort and no programme is told so on the account page", async ({ page }) => {
  const email = `ny-${run}@example.test`;
  await query(
    `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt")
     SELECT gen_random_uuid(), $1, 'Ny Person', "passwordHash", 'sv', now() FROM "User" WHERE email = 'mentee@demo.tandem.se'`,
    [email],
  );
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Du är inte med i någon omgång än.")).toBeVisible();
  await expect(page.getByTestId("account-roles")).toHaveCount(0);
});

test("a past cohort's profile is shown to read, a running one to change, each with words that fit", async ({ page }) => {
  await signIn(page, "returning@demo.tandem.se");
  await page.goto("/profile");
  await expect(page.getByText("Omgången pågår.")).toBeVisible();
  await expect(page.getByTestId("profile-form")).toBeVisible();

  const [past] = await query<{ id: string }>(
    `SELECT p.id FROM "Participation" p JOIN "User" u ON u.id = p."userId" JOIN "Cohort" c ON c.id = p."cohortId"
     WHERE u.email = 'returning@demo.tandem.se' AND c.status = 'CLOSED'`,
  );
  await page.getByLabel("Omgång", { exact: true }).selectOption(past!.id);
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(new RegExp(`participation=${past!.id}`));
  await expect(
    page.getByText(/^Du var adept i .*Den omgången är slut för dig, så profilen från den kan inte ändras längre\./),
  ).toBeVisible();
  await expect(page.getByTestId("profile-form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Spara profilen" })).toHaveCount(0);
  const facts = page.getByTestId("profile-facts");
  await expect(facts).toContainText("Nour Haddad");
  await expect(facts).toContainText("Ekonom");
  await expect(facts).toContainText("Arabiska (flytande)");
  await expect(page.getByText("Samordnaren använder profilen för att hitta en bra matchning")).toHaveCount(0);
  await expectAccessible(page);
});

test("in the demo, a mentee of the cohort being matched is asked for mentor wishes, and the next cohort takes applications", async ({
  page,
}) => {
  const [matchingMentee] = await query<{ email: string }>(
    `SELECT u.email FROM "Participation" p JOIN "User" u ON u.id = p."userId" JOIN "Cohort" c ON c.id = p."cohortId"
       JOIN "Programme" g ON g.id = c."programmeId"
     WHERE c.status = 'MATCHING' AND p.role = 'MENTEE' AND p.status = 'ACTIVE' AND g.name = 'Mentorskapsprogrammet för nyanlända akademiker'
     ORDER BY u.email DESC LIMIT 1`,
  );
  await signIn(page, matchingMentee!.email);
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByTestId("next-step-wishes")).toContainText("Välj vilka mentorer du helst vill ha");
  await page.getByTestId("next-step-wishes").getByRole("link", { name: "Önska mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Önska mentor");
  await expect(page.getByTestId("wish-mentor").first()).toBeVisible();
  await expectAccessible(page);

  // Before the pairs are made, the profile is for matching.
  await page.goto("/profile");
  await expect(page.getByText("Samordnaren använder profilen för att hitta en bra matchning")).toBeVisible();

  const [recruiting] = await query<{ publicKey: string }>(
    `SELECT c."publicKey" FROM "Cohort" c JOIN "Programme" g ON g.id = c."programmeId"
     WHERE c.status = 'RECRUITING' AND g.name = 'Mentorskapsprogrammet för nyanlända akademiker'`,
  );
  await page.goto(`/apply/${recruiting!.publicKey}`);
  await expect(page.getByRole("link", { name: "Ansök som adept" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ansök som mentor" })).toBeVisible();
  await expect(page.getByTestId("applications-closed")).toHaveCount(0);
});
