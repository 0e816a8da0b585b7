import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signIn, test } from "./support";

// Outcomes on the demo pair's page: the mentee records a job started with its occupation, found by
// searching the SSYK 2012 list in Swedish and in English; Tandem's judgement and her own answer are
// shown; the mentor records an interview for her, marked so.

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Yesterday, "YYYY-MM-DD": a day that has happened in Stockholm whatever the hour. */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function demoPairId(): Promise<string> {
  const [row] = await query<{ id: string }>(
    `SELECT p.id FROM "Pair" p
       JOIN "Participation" m ON m.id = p."menteeParticipationId"
       JOIN "User" u ON u.id = m."userId"
     WHERE u.email = 'mentee@demo.tandem.se' AND p.status = 'ACTIVE' LIMIT 1`,
  );
  return row!.id;
}

async function inEnglish(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL("/", page.url()).href }]);
}

test("the mentee records a job started with an occupation found in Swedish, and sees Tandem's judgement beside her answer", async ({
  page,
}) => {
  const pairId = await demoPairId();
  const title = `Bolagsjurist ${stamp()}`;
  await signIn(page, "mentee@demo.tandem.se");
  await page.goto(`/mentee/pairs/${pairId}`);
  await page.getByTestId("record-outcome").click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrera ett resultat" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Nytt jobb påbörjat").check();
  await page.getByLabel("Datum").fill(yesterday());
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Arbetsgivare").fill("Vattenfall");
  await page.getByLabel("Sök yrket").fill("juridik");
  await expect(page.getByText("1 yrke matchar.")).toBeVisible();

  // The search button narrows the list on the server too, and keeps what was typed.
  await page.getByTestId("occupation-search").click();
  await expect(page).toHaveURL(/occupationQuery=juridik/);
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Nytt jobb påbörjat")).toBeChecked();
  const occupation = page.getByLabel("Yrke (SSYK 2012)");
  await expect(occupation.locator("option")).toHaveCount(2);
  await occupation.selectOption({
    label: "Yrken med krav på fördjupad högskolekompetens inom juridik, kultur och socialt arbete m.m. (26)",
  });
  await page.getByLabel("Ja, det motsvarar utbildningen").check();
  await page.getByLabel("Ja, via en kontakt från programmet").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Registrera resultatet" }).click();

  await expect(page).toHaveURL(new RegExp(`/mentee/pairs/${pairId}$`));
  const item = page.getByTestId("outcome").filter({ hasText: title });
  await expect(item).toContainText("Nytt jobb påbörjat");
  await expect(item).toContainText("Via en kontakt från programmet");
  await expect(item.getByTestId("outcome-judgement")).toHaveText("Kvalificerat arbete: yrket kräver högskoleutbildning");
  await expect(item.getByTestId("outcome-answer")).toHaveText("Ja, det motsvarar utbildningen");
  await expectAccessible(page);

  const [row] = await query<{ occupationCode: string; qualified: boolean; qualifiedJudged: boolean; recordedByRole: string }>(
    `SELECT "occupationCode", qualified, "qualifiedJudged", "recordedByRole"::text FROM "OutcomeEvent" WHERE "jobTitle" = $1`,
    [title],
  );
  expect(row).toEqual({ occupationCode: "26", qualified: true, qualifiedJudged: true, recordedByRole: "MENTEE" });
});

test("in English, the mentee finds the occupation by its English name; where her answer differs, both are shown", async ({ page }) => {
  const pairId = await demoPairId();
  const title = `IT consultant ${stamp()}`;
  await signIn(page, "mentee@demo.tandem.se");
  await inEnglish(page);
  await page.goto(`/mentee/pairs/${pairId}/outcomes/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Record an outcome" })).toBeVisible();

  await page.getByLabel("Job offer").check();
  await page.getByLabel("Date").fill(yesterday());
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Find the occupation").fill("technology professionals");
  await expect(page.getByText("1 occupation matches.")).toBeVisible();
  await page.getByLabel("Occupation (SSYK 2012)").selectOption({ label: "Information and communications technology professionals (25)" });
  await page.getByLabel("No, it does not match").check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Record the outcome" }).click();

  await expect(page).toHaveURL(new RegExp(`/mentee/pairs/${pairId}$`));
  const item = page.getByTestId("outcome").filter({ hasText: title });
  await expect(item.getByTestId("outcome-judgement")).toHaveText("A qualified job: the occupation requires a university education");
  await expect(item.getByTestId("outcome-answer")).toHaveText("No, it does not match");
  await expect(item).toContainText("Tandem's judgement and the answer differ. Both are kept.");
  await expectAccessible(page);
});

test("the mentor records an interview for the mentee, and she sees it marked as her mentor's", async ({ page, browser }) => {
  const pairId = await demoPairId();
  const title = `Handläggare ${stamp()}`;
  await signIn(page, "mentor@demo.tandem.se");
  await page.goto(`/mentor/pairs/${pairId}/outcomes/new`);
  await expect(page.getByText("Du registrerar det åt")).toBeVisible();
  await page.getByLabel("Anställningsintervju").check();
  await page.getByLabel("Datum").fill(yesterday());
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Arbetsgivare").fill("Migrationsverket");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Registrera resultatet" }).click();
  await expect(page).toHaveURL(new RegExp(`/mentor/pairs/${pairId}$`));
  await expect(page.getByTestId("outcome").filter({ hasText: title })).toContainText("Registrerat av dig åt din adept");

  const mentee = await (await browser.newContext()).newPage();
  await signIn(mentee, "mentee@demo.tandem.se");
  await mentee.goto(`/mentee/pairs/${pairId}`);
  await expect(mentee.getByTestId("outcome").filter({ hasText: title })).toContainText("Registrerat av din mentor");
  await expectAccessible(mentee);
});
