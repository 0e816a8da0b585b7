import { expect, expectAccessible, linkSentTo, query, signIn, test } from "./support";

// Setting up and recruiting: an administrator creates a programme and appoints a new coordinator,
// who chooses a password from the emailed link, creates the first cohort and opens recruitment;
// then a mentee and a mentor apply, the coordinator accepts both, and the new mentee chooses a
// password and finds their profile. The journey works in a programme of its own, so the demo
// programme's cohorts (counted by other specs) stay as they are.

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const programmeName = `Mentorskap för systemvetare ${stamp}`;
const coordinatorEmail = `samordnare-${stamp}@example.test`;
const coordinatorPassword = "ett-långt-lösenord-2026";
/** Set by the first test, read by the second. */
const journey = { cohortId: "", publicKey: "" };

test.describe.configure({ mode: "serial" });

test("an administrator creates a programme and appoints a coordinator, who creates a cohort and opens recruitment", async ({ page }) => {
  // A long journey over nine pages, each checked for accessibility.
  test.setTimeout(180_000);

  // The administrator's way in: the coordinator home.
  await signIn(page, "admin@demo.tandem.se");
  await expect(page).toHaveURL(/\/coordinator$/);
  await page.getByRole("link", { name: "Skapa ett program" }).click();
  await expect(page).toHaveURL(/\/coordinator\/programmes\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Skapa ett program" })).toBeVisible();
  // The defaults: every professional field, seven months, three sessions, monthly meetings.
  await expect(page.locator('input[name="fieldKeys"]:checked')).toHaveCount(7);
  await expect(page.locator("#defaultCohortMonths")).toHaveValue("7");
  await expect(page.locator("#jointSessionCount")).toHaveValue("3");
  await expect(page.getByLabel("En gång i månaden")).toBeChecked();
  await expectAccessible(page);

  await page.locator("#name").fill(programmeName);
  await page.getByLabel("Övrigt").uncheck();
  await page.getByRole("button", { name: "Skapa programmet" }).click();
  await expect(page).toHaveURL(/\/coordinator\/programmes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: programmeName })).toBeVisible();
  await expect(page.locator('input[name="fieldKeys"]:checked')).toHaveCount(6);
  await expectAccessible(page);

  // Appoint someone without an account.
  await page.locator("#coordinator-name").fill("Sara Nyberg");
  await page.locator("#coordinator-email").fill(coordinatorEmail);
  await page.getByRole("button", { name: "Utse samordnare" }).click();
  await expect(page.getByTestId("form-success")).toContainText(coordinatorEmail);
  await expect(page.getByTestId("coordinator").filter({ hasText: "Sara Nyberg" })).toHaveCount(1);
  await expectAccessible(page);

  const emails = await query<{ template: string; bodyText: string }>(
    `SELECT template, "bodyText" FROM "OutboxEmail" WHERE "toEmail" = $1`,
    [coordinatorEmail],
  );
  expect(emails.map((email) => email.template).sort()).toEqual(["coordinatorAppointed", "setPassword"]);
  // The outbox never holds the link: it reaches the new coordinator's inbox only.
  expect(emails.map((email) => email.bodyText).join("\n")).not.toMatch(/\/set-password\//);
  const link = await linkSentTo(coordinatorEmail);

  // The new coordinator chooses a password and lands on their home.
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(link);
  await page.locator("#password").fill(coordinatorPassword);
  await page.locator("#confirm").fill(coordinatorPassword);
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole("heading", { level: 2, name: programmeName })).toBeVisible();
  await expect(page.getByTestId("cohort-row")).toHaveCount(0);
  await expectAccessible(page);

  // A new cohort: the end date follows the start by the programme's seven months.
  await page.getByRole("link", { name: /Ny omgång/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skapa en omgång" })).toBeVisible();
  await expectAccessible(page);
  await page.locator("#name").fill("Hösten 2030");
  await page.locator("#startDate").fill("2030-09-02");
  await expect(page.locator("#endDate")).toHaveValue("2031-04-02");
  await page.getByRole("button", { name: "Skapa omgången" }).click();
  await expect(page).toHaveURL(/\/coordinator\/cohorts\/[0-9a-f-]{36}$/);
  const cohortUrl = page.url();
  await expect(page.getByTestId("cohort-name")).toHaveText("Hösten 2030");
  await expect(page.getByTestId("cohort-status")).toContainText("Planeras");
  const tabs = page.getByRole("navigation", { name: "Delar av Hösten 2030" });
  await expect(tabs.getByRole("link", { name: "Översikt" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("accepting")).toHaveText("Ansökningssidan är stängd. Den öppnar när omgången har status Rekrytering.");
  await expectAccessible(page);

  // Its three joint sessions: start, middle and end, at five in the evening.
  await tabs.getByRole("link", { name: "Gemensamma träffar" }).click();
  await expect(tabs.getByRole("link", { name: "Gemensamma träffar" })).toHaveAttribute("aria-current", "page");
  const sessions = page.getByTestId("joint-session");
  await expect(sessions).toHaveCount(3);
  await expect(sessions.getByRole("heading", { level: 2 })).toHaveText([
    "Träff 1: Uppstartsträff",
    "Träff 2: Halvtidsträff",
    "Träff 3: Avslutningsträff",
  ]);
  await expect(page.locator("#s1-date")).toHaveValue("2030-09-02");
  await expect(page.locator("#s1-startTime")).toHaveValue("17:00");
  await expect(page.locator("#s3-date")).toHaveValue("2031-04-02");
  await expectAccessible(page);

  // Move the middle one and give it a place.
  const middle = sessions.nth(1);
  await page.locator("#s2-title").fill("Halvtidsträff med mingel");
  await page.locator("#s2-date").fill("2030-12-10");
  await page.locator("#s2-startTime").fill("16:30");
  await page.locator("#s2-location").fill("Folkets hus, Stockholm");
  await middle.getByRole("button", { name: "Spara träffen" }).click();
  await expect(middle.getByTestId("form-success")).toHaveText("Halvtidsträff med mingel är sparad.");
  await expect(middle.getByRole("heading", { level: 2 })).toHaveText("Träff 2: Halvtidsträff med mingel");
  await expect(middle.getByTestId("joint-session-when")).toContainText("Folkets hus, Stockholm");
  await expectAccessible(page);
  const [saved] = await query<{ startsAt: Date }>(`SELECT "startsAt" FROM "JointSession" WHERE title = $1`, ["Halvtidsträff med mingel"]);
  expect(saved!.startsAt.toISOString()).toBe("2030-12-10T15:30:00.000Z");

  // Open recruitment: the public link is shown in full, ready to copy.
  await page.goto(cohortUrl);
  await page.getByRole("button", { name: "Börja rekrytera" }).click();
  await expect(page.getByTestId("status-message")).toHaveText("Omgången har nu status Rekrytering.");
  await expect(page.getByTestId("cohort-status")).toContainText("Rekrytering");
  await expect(page.getByRole("button", { name: "Tillbaka till planering" })).toBeVisible();
  await expect(page.getByTestId("accepting")).toHaveText("Ansökningssidan är öppen nu.");
  const cohortId = cohortUrl.split("/").pop();
  const [cohort] = await query<{ publicKey: string; status: string }>(`SELECT "publicKey", status FROM "Cohort" WHERE id = $1`, [cohortId]);
  expect(cohort!.status).toBe("RECRUITING");
  await expect(page.getByTestId("public-link")).toHaveValue(new RegExp(`^https?://[^/]+/apply/${cohort!.publicKey}$`));
  expect(cohort!.publicKey).toMatch(/^[A-Za-z0-9_-]{24}$/);
  Object.assign(journey, { cohortId, publicKey: cohort!.publicKey });
  await expectAccessible(page);

  // The home shows the cohort and its (still empty) pipeline.
  await page.goto("/coordinator");
  await expect(page.getByTestId("cohort-row")).toHaveCount(1);
  await expect(page.getByTestId("cohort-pipeline")).toContainText("Inga mentorer eller adepter är antagna än.");
  await expectAccessible(page);
});

test("a mentee and a mentor apply, the coordinator accepts both, and the new mentee sets a password and sees the profile", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const menteeEmail = `amal-${stamp}@example.test`;
  const mentorEmail = `erik-${stamp}@example.test`;

  // The mentee applies in this browser, without an account.
  await page.goto(`/apply/${journey.publicKey}`);
  await page.getByRole("link", { name: "Ansök som adept" }).click();
  await page.locator("#name").fill("Amal Haddad");
  await page.locator("#email").fill(menteeEmail);
  await page.locator("#city").fill("Uppsala");
  await page.locator("#fieldKey").selectOption("information_systems");
  await page.locator("#educationCountry").selectOption("SY");
  await page.locator("#language-ar").selectOption("fluent");
  await page.locator("#language-sv").selectOption("good");
  await page.locator("#goalTags-qualified_job").check();
  await page.locator("#goals").fill("Arbeta som systemutvecklare.");
  await page.locator("#consent").check();
  await page.locator("main form button[type=submit]").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack för din ansökan!");

  // The mentor applies at the same time in a browser of their own, in English: the page is in
  // English from the first visit.
  const mentorContext = await browser.newContext({ baseURL, locale: "en-GB" });
  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto(`/apply/${journey.publicKey}/mentor`);
  await expect(mentorPage.getByRole("heading", { level: 1 })).toHaveText("Apply as a mentor");
  await mentorPage.locator("#name").fill("Erik Nilsson");
  await mentorPage.locator("#email").fill(mentorEmail);
  await mentorPage.locator("#fieldKey").selectOption("information_systems");
  await mentorPage.locator("#language-sv").selectOption("fluent");
  await mentorPage.locator("#expertiseTags-network").check();
  await mentorPage.locator("#consent").check();
  await mentorPage.locator("main form button[type=submit]").click();
  await expect(mentorPage.getByRole("heading", { level: 1 })).toHaveText("Thank you for applying!");
  await expectAccessible(mentorPage);
  await mentorContext.close();

  // The coordinator accepts both, from a third browser.
  const coordinatorContext = await browser.newContext({ baseURL });
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, coordinatorEmail, coordinatorPassword);
  await coordinator.goto(`/coordinator/cohorts/${journey.cohortId}/applications`);
  await expect(coordinator.getByTestId("application-row")).toHaveCount(2);
  await expectAccessible(coordinator);
  for (const name of ["Amal Haddad", "Erik Nilsson"]) {
    await coordinator.goto(`/coordinator/cohorts/${journey.cohortId}/applications`);
    await coordinator.getByRole("link", { name }).click();
    await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(name);
    await coordinator.getByLabel("Anta", { exact: true }).check();
    await coordinator.getByRole("button", { name: "Spara beslutet" }).click();
    // Accepting asks first, saying an account is made and where the link goes.
    await expect(coordinator.getByTestId("confirm-step")).toContainText("Ett konto skapas");
    await coordinator.getByRole("button", { name: `Ja, anta ${name}` }).click();
    await expect(coordinator.getByTestId("application-status")).toHaveText("Antagen");
  }
  await expectAccessible(coordinator);
  await coordinator.goto("/coordinator");
  await expect(coordinator.getByTestId("cohort-pipeline")).toContainText("Systemvetare");
  await coordinatorContext.close();

  // Each accepted person got a link to choose a password, in the language they applied in.
  const links = await query<{ toEmail: string; locale: string; bodyText: string }>(
    `SELECT "toEmail", locale, "bodyText" FROM "OutboxEmail" WHERE template = 'setPassword' AND "toEmail" = ANY($1) ORDER BY "toEmail"`,
    [[menteeEmail, mentorEmail]],
  );
  expect(links.map((email) => [email.toEmail, email.locale])).toEqual([
    [menteeEmail, "sv"],
    [mentorEmail, "en"],
  ]);
  const [invited] = await query<{ status: string }>(
    `SELECT p.status FROM "Participation" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`,
    [menteeEmail],
  );
  expect(invited!.status).toBe("INVITED");

  expect(links.map((email) => email.bodyText).join("\n")).not.toMatch(/\/set-password\//);

  // The mentee chooses a password from the link in their inbox and is signed in at their home.
  const link = await linkSentTo(menteeEmail);
  await page.goto(link);
  await expectAccessible(page);
  await page.locator("#password").fill("amals-eget-lösenord");
  await page.locator("#confirm").fill("amals-eget-lösenord");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByTestId("viewer-name")).toHaveText("Amal Haddad");
  await expectAccessible(page);

  // The profile is what the application said.
  await page.getByRole("navigation", { name: "Dina sidor" }).getByRole("link", { name: "Min profil" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("profile-email")).toHaveText(menteeEmail);
  await expect(page.locator("main")).toContainText("Hösten 2030");
  await expect(page.locator("#city")).toHaveValue("Uppsala");
  await expect(page.locator("#goals")).toHaveValue("Arbeta som systemutvecklare.");
  await expect(page.locator("#goalTags-qualified_job")).toBeChecked();
  const [active] = await query<{ status: string }>(
    `SELECT p.status FROM "Participation" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`,
    [menteeEmail],
  );
  expect(active!.status).toBe("ACTIVE");
});

test("the demo coordinator sees the pipeline and the programme, but may not create programmes", async ({ page }) => {
  test.slow();
  await signIn(page, "coordinator@demo.tandem.se");
  await expect(page.getByRole("link", { name: "Skapa ett program" })).toHaveCount(0);
  // The cohort being matched and the one recruiting.
  await expect(page.getByTestId("cohort-pipeline")).toHaveCount(2);
  const pipeline = page.getByTestId("cohort-pipeline").filter({ has: page.getByText("Matchning", { exact: true }) });
  await expect(pipeline.getByTestId("pipeline-field-row").first()).toBeVisible();
  await expect(pipeline.getByTestId("pipeline-summary")).toBeVisible();
  await expectAccessible(page);

  await pipeline.getByRole("heading", { level: 4 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/coordinator\/cohorts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("cohort-status")).toContainText("Matchning");
  await expect(page.getByRole("button", { name: "Starta omgången" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tillbaka till rekrytering" })).toBeVisible();
  await expect(page.getByTestId("public-link")).toHaveValue(/\/apply\/[A-Za-z0-9_-]+$/);
  await expectAccessible(page);

  await page.getByTestId("cohort-header").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/coordinator\/programmes\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Organisationens administratörer utser samordnare.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Utse samordnare" })).toHaveCount(0);
  await expectAccessible(page);

  const response = await page.goto("/coordinator/programmes/new");
  expect(response?.status()).toBe(404);
});
