import { randomBytes } from "node:crypto";
import { emailCount, emailTo, expect, expectAccessible, linkSentTo, query, signIn, submitMainForm, test } from "./support";

// The ways into an account that belong to its owner: "forgot your password?" from the sign-in page,
// changing the password on the account page, and a new link a coordinator sends (and never sees).
// Links are read from the emails the app delivered over SMTP, as their owner would read them.

const stamp = () => randomBytes(4).toString("hex");

/** An account of its own for the test, with the demo password and no cohort. */
async function freshAccount(): Promise<string> {
  const email = `konto-${stamp()}@example.test`;
  await query(
    `INSERT INTO "User" (id, email, name, locale, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), $1, 'Noor Aziz', 'sv', "passwordHash", now() FROM "User" WHERE email = 'mentee@demo.tandem.se'`,
    [email],
  );
  return email;
}

test("someone who forgot their password gets a link by email, chooses a new one and is told of the change", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await freshAccount();
  await page.goto("/login");
  await page.getByRole("link", { name: "Glömt lösenordet?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glömt lösenordet?" })).toBeVisible();
  await expectAccessible(page);

  // By keyboard: type the address and press Enter.
  await page.locator("#email").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("form-success")).toContainText(`Om ${email} har ett konto i Tandem`);
  const answer = await page.getByTestId("form-success").textContent();
  await expectAccessible(page);

  // An address without an account gets the same answer, and no email.
  const nobody = `ingen-${stamp()}@example.test`;
  await page.locator("#email").fill(nobody);
  await submitMainForm(page);
  await expect(page.getByTestId("form-success")).toHaveText(answer!.replace(email, nobody));

  const link = await linkSentTo(email, "reset-password");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Välj ett nytt lösenord" })).toBeVisible();
  await expectAccessible(page);
  await page.locator("#password").fill("mitt nya långa lösenord");
  await page.locator("#confirm").fill("mitt nya långa lösenord");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ditt konto" })).toBeVisible();

  const notice = await emailTo(email, (mail) => mail.subject === "Ditt lösenord till Tandem har ändrats");
  expect(notice.text).toContain("/forgot-password");
  expect(emailCount(nobody)).toBe(0);

  // The link works once; the new password signs in.
  await page.getByRole("button", { name: "Logga ut", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(link);
  await expect(page.getByTestId("link-invalid")).toBeVisible();
  await signIn(page, email, "mitt nya långa lösenord");
  await expect(page).toHaveURL(/\/account$/);
});

test("a signed-in person changes their password on the account page, the current one first", async ({ page }) => {
  test.slow();
  const email = await freshAccount();
  await signIn(page, email);
  await page.getByRole("navigation", { name: "Dina sidor" }).getByRole("link", { name: "Ditt konto" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Byt lösenord" })).toBeVisible();
  await expectAccessible(page);

  await page.locator("#currentPassword").fill("inte mitt lösenord");
  await page.locator("#password").fill("ett helt nytt lösenord");
  await page.locator("#confirm").fill("ett helt nytt lösenord");
  await submitMainForm(page);
  await expect(page.locator("#currentPassword-error")).toHaveText("Det nuvarande lösenordet är fel.");
  await expect(page.locator("#currentPassword")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#password")).toHaveValue("");
  await expectAccessible(page);

  await page.locator("#currentPassword").fill("tandem-demo-2026");
  await page.locator("#password").fill("ett helt nytt lösenord");
  await page.locator("#confirm").fill("ett helt nytt lösenord");
  await submitMainForm(page);
  await expect(page.getByTestId("form-success")).toHaveText("Ditt lösenord är bytt. Vi har skickat e-post till dig om det.");

  await page.getByRole("button", { name: "Logga ut", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, "ett helt nytt lösenord");
  await expect(page).toHaveURL(/\/account$/);
});

test("a coordinator sends a new link to someone without a password, and the outbox shows that a link went, never the link", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = `sen-${stamp()}@example.test`;
  const [participation] = await query<{ id: string }>(
    `WITH person AS (
       INSERT INTO "User" (id, email, name, locale, "updatedAt") VALUES (gen_random_uuid(), $1, 'Sami Lund', 'sv', now()) RETURNING id),
     cohort AS (
       SELECT c.id, f.id AS "fieldId" FROM "Cohort" c
         JOIN "CoordinatorAppointment" a ON a."programmeId" = c."programmeId"
         JOIN "User" u ON u.id = a."userId"
         JOIN "ProfessionalField" f ON f."programmeId" = c."programmeId"
        WHERE u.email = 'coordinator@demo.tandem.se' AND c.status = 'MATCHING' LIMIT 1)
     INSERT INTO "Participation" (id, "cohortId", "userId", role, status, "professionalFieldId", "updatedAt")
     SELECT gen_random_uuid(), cohort.id, person.id, 'MENTEE', 'INVITED', cohort."fieldId", now() FROM person, cohort
     RETURNING id`,
    [email],
  );

  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/participants/${participation!.id}`);
  const section = page.getByRole("region", { name: "Länk för att välja lösenord" });
  await expect(section).toContainText("Bara Sami Lund får länken");
  await section.getByRole("button", { name: "Skicka en ny länk" }).click();
  await expect(page.getByTestId("password-link-message")).toHaveText(`En ny länk är på väg till ${email}.`);
  await expectAccessible(page);

  const link = await linkSentTo(email);
  const token = link.split("/").pop()!;
  await page.goto("/coordinator/outbox");
  await page.getByTestId("outbox-row").filter({ hasText: email }).getByRole("link").click();
  await expect(page.getByTestId("one-time-link")).toBeVisible();
  await expect(page.getByTestId("email-body")).not.toContainText("/set-password/");
  expect(await page.content()).not.toContain(token);
  await expectAccessible(page);

  // The person uses the link in a browser of their own.
  const own = await browser.newContext({ baseURL });
  const person = await own.newPage();
  await person.goto(link);
  await person.locator("#password").fill("samis eget lösenord");
  await person.locator("#confirm").fill("samis eget lösenord");
  await person.locator("main form button[type=submit]").click();
  await expect(person).not.toHaveURL(/set-password|login/);
  await own.close();
});
