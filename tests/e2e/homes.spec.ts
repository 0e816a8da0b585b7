import { expect, expectAccessible, signIn, test } from "./support";

test("a coordinator lands on the programmes with their cohorts and counts, and signs out", async ({ page }) => {
  await signIn(page, "coordinator@demo.tandem.se");
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole("heading", { level: 1, name: "Program" })).toBeVisible();
  await expect(page.getByTestId("cohort-row")).toHaveCount(5);
  await expect(page.getByTestId("cohort-row").filter({ hasText: "Pågår" })).toHaveCount(1);
  await expect(page.getByTestId("cohort-row").filter({ hasText: "Matchning" })).toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/coordinator");
  await expect(page).toHaveURL(/\/login/);
});

test("a mentor sees their mentee's name and contact, the joint sessions and their meetings", async ({ page }) => {
  await signIn(page, "mentor@demo.tandem.se");
  await expect(page).toHaveURL(/\/mentor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Du som mentor" })).toBeVisible();
  await expect(page.getByTestId("partner-name").first()).toHaveText("Yasmin Al-Hassan");
  await expect(page.getByTestId("partner").first()).toContainText("mentee@demo.tandem.se");
  await expect(page.getByTestId("session-list").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Öppna ditt par med Yasmin Al-Hassan/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ditt par med Yasmin Al-Hassan");
  await expectAccessible(page);
});

test("a mentee sees their mentor, in English after switching", async ({ page }) => {
  await signIn(page, "mentee@demo.tandem.se");
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByTestId("partner-name").first()).toHaveText("Karin Lindberg");
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "You as a mentee" })).toBeVisible();
  await expect(page.getByText("Your mentor").first()).toBeVisible();
  await expectAccessible(page);
});

test("a person who was a mentee and is a mentor now sees both homes", async ({ page }) => {
  await signIn(page, "returning@demo.tandem.se");
  await expect(page).toHaveURL(/\/mentor$/);
  const nav = page.getByRole("navigation", { name: "Dina sidor" });
  await expect(nav.getByRole("link", { name: "Som mentor" })).toBeVisible();
  await nav.getByRole("link", { name: "Som adept" }).click();
  await expect(page).toHaveURL(/\/mentee$/);
  await expect(page.getByRole("heading", { level: 1, name: "Du som adept" })).toBeVisible();
  await expect(page.getByText("Avslutad").first()).toBeVisible();
  await expectAccessible(page);
});
