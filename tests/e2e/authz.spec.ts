import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signIn, test } from "./support";

async function expectNotFound(page: Page, path: string, hiddenName?: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  if (hiddenName) {
    await expect(page).not.toHaveTitle(new RegExp(hiddenName));
    await expect(page.locator("main")).not.toContainText(hiddenName);
  }
}

test("a mentee gets not found for coordinator pages, another pair, and a malformed id", async ({ page }) => {
  const [other] = await query<{ id: string; mentor: string }>(
    `SELECT p.id, mu.name AS mentor FROM "Pair" p
       JOIN "Participation" me ON me.id = p."menteeParticipationId" JOIN "User" meu ON meu.id = me."userId"
       JOIN "Participation" mo ON mo.id = p."mentorParticipationId" JOIN "User" mu ON mu.id = mo."userId"
     WHERE p.status = 'ACTIVE' AND meu.email <> 'mentee@demo.tandem.se' LIMIT 1`,
  );
  const [own] = await query<{ id: string }>(
    `SELECT p.id FROM "Pair" p JOIN "Participation" me ON me.id = p."menteeParticipationId" JOIN "User" u ON u.id = me."userId"
     WHERE u.email = 'mentee@demo.tandem.se' AND p.status = 'ACTIVE'`,
  );
  await signIn(page, "mentee@demo.tandem.se");
  await expectNotFound(page, "/coordinator");
  await expectAccessible(page);
  await expectNotFound(page, `/mentee/pairs/${other!.id}`, other!.mentor);
  await expectNotFound(page, `/mentor/pairs/${other!.id}`, other!.mentor);
  // Their own pair, but through the mentor's address: they are not its mentor.
  await expectNotFound(page, `/mentor/pairs/${own!.id}`);
  await expectNotFound(page, "/mentee/pairs/not-a-valid-id");
  await expectNotFound(page, "/mentor");
});

test("a mentor gets not found for another pair, and a visitor is sent to sign in", async ({ page }) => {
  const [other] = await query<{ id: string }>(
    `SELECT p.id FROM "Pair" p JOIN "Participation" mo ON mo.id = p."mentorParticipationId" JOIN "User" u ON u.id = mo."userId"
     WHERE p.status = 'ACTIVE' AND u.email NOT IN ('mentor@demo.tandem.se', 'returning@demo.tandem.se') LIMIT 1`,
  );
  await page.goto(`/mentor/pairs/${other!.id}`);
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, "mentor@demo.tandem.se");
  await expectNotFound(page, `/mentor/pairs/${other!.id}`);
});
