import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { expect, expectAccessible, linkSentTo, query, signIn, submitMainForm, test } from "./support";

test("the sign-in page is in Swedish, lists the demo accounts and switches to English for good", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  for (const account of DEMO_ACCOUNTS) await expect(page.getByTestId("demo-accounts")).toContainText(account.email);
  await expectAccessible(page);

  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page);

  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
});

test("empty fields are named next to the field and in a summary", async ({ page }) => {
  await page.goto("/login");
  await submitMainForm(page);
  await expect(page.getByTestId("error-summary")).toContainText("Skriv din e-postadress.");
  await expect(page.locator("#email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#password-error")).toHaveText("Skriv ditt lösenord.");
  await expectAccessible(page);
});

test("a wrong password or an unknown email gets the same clear message, and the email is kept", async ({ page }) => {
  await page.goto("/login");
  await page.locator("#email").fill("coordinator@demo.tandem.se");
  await page.locator("#password").fill("not the password");
  await submitMainForm(page);
  await expect(page.getByTestId("form-message")).toHaveText("E-postadressen eller lösenordet är fel.");
  await expect(page.locator("#email")).toHaveValue("coordinator@demo.tandem.se");
  // The password is never sent back to the page.
  await expect(page.locator("#password")).toHaveValue("");

  await page.locator("#email").fill("nobody@example.com");
  await page.locator("#password").fill("not the password");
  await submitMainForm(page);
  await expect(page.getByTestId("form-message")).toHaveText("E-postadressen eller lösenordet är fel.");
  await expect(page).toHaveURL(/\/login/);
});

/**
 * A participant of the demo data whom no other test signs in as: signing out ends every session of
 * an account, so a test that signs out must not share its account with a test running meanwhile.
 */
async function quietParticipant(nth: number): Promise<string> {
  const rows = await query<{ email: string }>(
    `SELECT u.email FROM "User" u JOIN "Participation" p ON p."userId" = u.id
     WHERE NOT (u.email = ANY($1)) AND u."passwordHash" IS NOT NULL GROUP BY u.email ORDER BY u.email LIMIT 3`,
    [DEMO_ACCOUNTS.map((account) => account.email)],
  );
  return rows[nth]!.email;
}

test("five failed attempts hold the account back from here, even with the right password, and a sign-in link gets the owner in once", async ({
  page,
}) => {
  const email = await quietParticipant(0);
  const signInButton = page.getByRole("button", { name: "Logga in", exact: true });
  const attempt = async (password: string) => {
    await page.locator("#password").fill(password);
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await signInButton.click();
    await answered;
    await expect(signInButton).toBeEnabled();
  };
  await page.goto("/login");
  await page.locator("#email").fill(email);
  for (let n = 1; n <= 5; n++) {
    await attempt(`wrong-${n}`);
    await expect(page.getByTestId("form-message")).toBeVisible();
  }
  await expect(page.getByTestId("form-message")).toContainText("För många misslyckade försök");
  const offer = page.getByTestId("sign-in-link-offer");
  await expect(offer).toBeVisible();
  await attempt(DEMO_PASSWORD);
  await expect(page.getByTestId("form-message")).toContainText("För många misslyckade försök");
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);

  await offer.getByRole("button", { name: "Skicka en inloggningslänk till mig" }).click();
  await expect(offer.getByTestId("form-success")).toContainText(`Om ${email} hör till ett konto i Tandem`);
  // The link reaches the owner's inbox only: the outbox keeps a placeholder.
  const link = await linkSentTo(email, "login/link");

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Logga in med din länk" })).toBeVisible();
  await expectAccessible(page);
  await signInButton.click();
  await page.waitForURL(/\/(mentor|mentee)$/);

  // Signed in, the pages are in the account's saved language, whichever it is.
  await page.goto(link);
  await expect(page.getByTestId("link-invalid")).toContainText(/Länken fungerar inte|The link does not work/);
});

test("signing out ends the session: a copy of its cookie opens nothing afterwards", async ({ page, browser }) => {
  const email = await quietParticipant(1);
  await signIn(page, email);
  await page.waitForURL(/\/(mentor|mentee)$/);
  const home = new URL(page.url()).pathname;
  const copied = await page.context().cookies();
  expect(copied.map((cookie) => cookie.name)).toContain("next-auth.session-token");

  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(home);
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const thief = await replay.newPage();
  await thief.goto(home);
  await expect(thief).toHaveURL(/\/login/);
  await replay.close();
});

test("signing out on other devices ends the session in another browser and keeps this one", async ({ page, browser }) => {
  const email = await quietParticipant(2);
  const other = await browser.newContext();
  const phone = await other.newPage();
  await signIn(phone, email);
  await phone.waitForURL(/\/(mentor|mentee)$/);
  const home = new URL(phone.url()).pathname;

  await signIn(page, email);
  await page.goto("/account");
  const control = page.getByTestId("sign-out-other-devices");
  await control.getByRole("button", { name: "Logga ut på alla andra enheter" }).click();
  await expect(control.getByTestId("form-success")).toHaveText("Du är utloggad på alla andra enheter. Här är du fortfarande inloggad.");
  await expectAccessible(page);

  await phone.goto(home);
  await expect(phone).toHaveURL(/\/login/);
  await page.goto(home);
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  await other.close();
});
