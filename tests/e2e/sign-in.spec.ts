import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { expect, expectAccessible, query, submitMainForm, test } from "./support";

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

test("an account is locked after five failed attempts, even with the right password", async ({ page }) => {
  // A participant nobody else signs in as in these tests.
  const [row] = await query<{ email: string }>(
    `SELECT u.email FROM "User" u JOIN "Participation" p ON p."userId" = u.id
     WHERE NOT (u.email = ANY($1)) AND u."passwordHash" IS NOT NULL ORDER BY u.email LIMIT 1`,
    [DEMO_ACCOUNTS.map((account) => account.email)],
  );
  await page.goto("/login");
  await page.locator("#email").fill(row!.email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.locator("#password").fill(`wrong-${attempt}`);
    await submitMainForm(page);
    await expect(page.getByTestId("form-message")).toBeVisible();
  }
  await expect(page.getByTestId("form-message")).toContainText("För många misslyckade försök");
  await page.locator("#password").fill("tandem-demo-2026");
  await submitMainForm(page);
  await expect(page.getByTestId("form-message")).toContainText("För många misslyckade försök");
  await expect(page).toHaveURL(/\/login/);
});
