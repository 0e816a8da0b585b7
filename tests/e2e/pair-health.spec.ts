import { expect, expectAccessible, query, signIn, test } from "./support";

// Pair health, as the demo's coordinator follows the running cohort on a phone: the pairs that
// have not met come first, a note is kept on one (which the pair never sees), and a pair that goes
// quiet for six weeks is flagged. Time passes by dating one pair's data back in the test's
// database; the server's clock is never touched.

const DEMO_COORDINATOR = "coordinator@demo.tandem.se";

// The health page is long (every pair of the cohort as a card), and axe reads all of it.
test.describe.configure({ timeout: 180_000 });

/** The demo's running cohort: the one of the demo mentor's running pair. */
async function runningCohort(): Promise<string> {
  const [row] = await query<{ cohortId: string }>(
    `SELECT p."cohortId" FROM "Pair" p
       JOIN "Participation" mo ON mo.id = p."mentorParticipationId" JOIN "User" u ON u.id = mo."userId"
     WHERE u.email = 'mentor@demo.tandem.se' AND p.status = 'ACTIVE'`,
  );
  return row!.cohortId;
}

async function openHealth(page: import("@playwright/test").Page, cohortId: string) {
  await page.goto(`/coordinator/cohorts/${cohortId}`);
  await page
    .getByRole("navigation", { name: /^Delar av/ })
    .getByRole("link", { name: "Parens läge" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Parens läge" })).toBeVisible({ timeout: 30_000 });
}

test("the coordinator sees the pairs without a meeting first, at 390 px, and keeps a note on one that its pair never sees", async ({
  page,
}) => {
  const cohortId = await runningCohort();
  // Running pairs with no meeting held (none logged, or only disputed ones), published three weeks ago or more.
  const silent = await query<{ id: string }>(
    `SELECT p.id FROM "Pair" p
     WHERE p."cohortId" = $1 AND p.status = 'ACTIVE' AND p."publishedAt" < now() - interval '22 days'
       AND NOT EXISTS (SELECT 1 FROM "Meeting" m WHERE m."pairId" = p.id AND m."disputedAt" IS NULL)`,
    [cohortId],
  );
  expect(silent.length).toBeGreaterThan(0);

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO_COORDINATOR);
  await openHealth(page, cohortId);
  await expect(page).toHaveURL(new RegExp(`/coordinator/cohorts/${cohortId}/health$`));
  const cards = page.getByTestId("health-pair");
  const first = await cards.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-pair-id")));
  expect(first.slice(0, silent.length).sort()).toEqual(silent.map((row) => row.id).sort());
  for (let index = 0; index < silent.length; index += 1) {
    await expect(cards.nth(index).getByTestId("health-reasons")).toContainText("Ingen första träff");
  }
  await expect(cards.nth(silent.length).getByTestId("health-reasons")).not.toContainText("Ingen första träff");
  await expect(page.getByTestId("health-ended-pair").first()).toContainText("Avslutades i förtid");
  // Cards, not a wide table: nothing sticks out sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  // A note on the first pair, kept after the page is opened again.
  const note = `Ringde adepten ${Date.now()}: sjuk i två veckor, de ses efter lovet.`;
  const card = cards.first();
  await card.getByText("Skriv en anteckning").click();
  await card.getByRole("textbox", { name: /^Anteckning om/ }).fill(note);
  await card.getByRole("button", { name: "Spara anteckningen" }).click();
  await expect(card.getByTestId("form-success")).toHaveText("Anteckningen är sparad.");
  await expect(card.getByTestId("pair-note")).toHaveText(note);
  await page.reload();
  await expect(page.getByTestId("health-pair").first().getByTestId("pair-note")).toHaveText(note);
  const [saved] = await query<{ text: string }>(`SELECT text FROM "PairCoordinatorNote" WHERE "pairId" = $1`, [first[0]]);
  expect(saved?.text).toBe(note);

  // The filter shows the pairs with a flag, in the URL.
  await page.getByLabel("Visa").selectOption("noFirstMeeting");
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/flag=noFirstMeeting/);
  // The page is checked for accessibility once more as the test ends.
  await expect(page.getByTestId("health-pair")).toHaveCount(silent.length);
});

for (const [role, email, prefix] of [
  ["mentor", "mentor@demo.tandem.se", "/mentor"],
  ["mentee", "mentee@demo.tandem.se", "/mentee"],
] as const) {
  test(`the pair's ${role} never sees the coordinator's note, nor the health page`, async ({ page }) => {
    const cohortId = await runningCohort();
    const [demoPair] = await query<{ id: string }>(
      `SELECT p.id FROM "Pair" p
         JOIN "Participation" mo ON mo.id = p."mentorParticipationId" JOIN "User" u ON u.id = mo."userId"
       WHERE u.email = 'mentor@demo.tandem.se' AND p.status = 'ACTIVE'`,
    );
    const note = `Notering för samordnare ${Date.now()}`;
    await query(
      `INSERT INTO "PairCoordinatorNote" ("pairId", text, "updatedAt") VALUES ($1, $2, now())
       ON CONFLICT ("pairId") DO UPDATE SET text = EXCLUDED.text, "updatedAt" = now()`,
      [demoPair!.id, note],
    );
    await signIn(page, email);
    for (const path of [prefix, `${prefix}/pairs/${demoPair!.id}`, "/account"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await page.content()).not.toContain("Notering för samordnare");
    }
    const refused = await page.goto(`/coordinator/cohorts/${cohortId}/health`);
    expect(refused?.status()).toBe(404);
    expect(await page.content()).not.toContain("Notering för samordnare");
  });
}

test("a pair that stops meeting is flagged once six weeks have passed", async ({ page }) => {
  const cohortId = await runningCohort();
  // A running pair on track, not the demo accounts' own: met within the last three weeks.
  const [pair] = await query<{ id: string; last: number }>(
    `SELECT p.id, ((now() AT TIME ZONE 'Europe/Stockholm')::date - max(m."heldOn")) AS last FROM "Pair" p
       JOIN "Meeting" m ON m."pairId" = p.id AND m."disputedAt" IS NULL
       JOIN "Participation" mo ON mo.id = p."mentorParticipationId" JOIN "User" u ON u.id = mo."userId"
     WHERE p."cohortId" = $1 AND p.status = 'ACTIVE' AND u.email NOT IN ('mentor@demo.tandem.se', 'returning@demo.tandem.se')
       AND NOT EXISTS (SELECT 1 FROM "Meeting" d WHERE d."pairId" = p.id AND d."disputedAt" IS NOT NULL)
     GROUP BY p.id HAVING max(m."heldOn") > (now() AT TIME ZONE 'Europe/Stockholm')::date - 21
     ORDER BY p.id LIMIT 1`,
    [cohortId],
  );
  expect(pair).toBeDefined();
  await signIn(page, DEMO_COORDINATOR);
  await openHealth(page, cohortId);
  const card = page.locator(`[data-pair-id="${pair!.id}"]`);
  await expect(card).toHaveAttribute("data-flags", "");
  await expect(card.getByTestId("health-reasons")).not.toContainText("sedan den senaste träffen");

  // Seven weeks pass for this pair: everything it did moves that far back.
  const weeks = 7 * 7;
  await query(`UPDATE "Pair" SET "publishedAt" = "publishedAt" - make_interval(days => $2) WHERE id = $1`, [pair!.id, weeks]);
  await query(
    `UPDATE "Meeting" SET "heldOn" = "heldOn" - $2::int, "createdAt" = "createdAt" - make_interval(days => $2),
            "confirmedAt" = "confirmedAt" - make_interval(days => $2) WHERE "pairId" = $1`,
    [pair!.id, weeks],
  );
  await page.reload();
  await expect(card).toHaveAttribute("data-flags", "longGap");
  await expect(card.getByTestId("health-reasons")).toContainText(`${Number(pair!.last) + weeks} dagar sedan den senaste träffen`);
  // It has moved up among the pairs that need a call: every pair above it has not met, or not for six weeks.
  const above = await page.getByTestId("health-pair").evaluateAll(
    (elements, id) =>
      elements
        .slice(
          0,
          elements.findIndex((element) => element.getAttribute("data-pair-id") === id),
        )
        .map((element) => element.getAttribute("data-flags") ?? ""),
    pair!.id,
  );
  for (const flags of above) expect(flags).toMatch(/noFirstMeeting|longGap/);
  // The page is checked for accessibility as the test ends.
});
