import { expect, expectAccessible, query, signIn, test } from "./support";

type Waitlisted = { id: string; name: string; email: string; fieldKey: string; fieldName: string; cohortId: string };

/** The demo cohort being matched has accepted, waitlisted and declined applications. */
async function demoWaitlisted(): Promise<Waitlisted> {
  const [row] = await query<Waitlisted>(
    `SELECT a.id, a.name, a.email, f.key AS "fieldKey", f."nameSv" AS "fieldName", c.id AS "cohortId"
       FROM "Application" a JOIN "Cohort" c ON c.id = a."cohortId" JOIN "ProfessionalField" f ON f.id = a."professionalFieldId"
      WHERE c.status = 'MATCHING' AND a.status = 'WAITLISTED'
      ORDER BY a.name LIMIT 1`,
  );
  if (!row) throw new Error("the demo data has no waitlisted application");
  return row;
}

test("a coordinator filters the applications, opens a waitlisted one and accepts it", async ({ page }) => {
  // A long journey over four pages, each checked for accessibility.
  test.slow();
  const waitlisted = await demoWaitlisted();
  const [counts] = await query<{ total: number; waitlisted: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
       FROM "Application" WHERE "cohortId" = $1`,
    [waitlisted.cohortId],
  );

  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${waitlisted.cohortId}/applications`);
  await expect(page.getByTestId("table-count")).toHaveText(`${counts!.total} ansökningar`);
  await expect(page.getByTestId("application-row").first()).toBeVisible();
  await expectAccessible(page);

  // Filter by status: only the waiting list is left.
  await page.locator("#status").selectOption("WAITLISTED");
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/status=WAITLISTED/);
  await expect(page.getByTestId("application-row")).toHaveCount(counts!.waitlisted);
  for (const row of await page.getByTestId("application-row").all()) await expect(row).toContainText("Väntelista");

  // And by professional field: the status filter stays.
  await page.locator("#field").selectOption(waitlisted.fieldKey);
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(new RegExp(`field=${waitlisted.fieldKey}`));
  await expect(page).toHaveURL(/status=WAITLISTED/);
  const rows = page.getByTestId("application-row");
  await expect(rows.filter({ hasText: waitlisted.name })).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText(waitlisted.fieldName);

  // Sorting keeps the filters.
  await page.getByRole("link", { name: "Namn", exact: true }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/status=WAITLISTED/);

  await page.getByRole("link", { name: waitlisted.name }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/applications/${waitlisted.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(waitlisted.name);
  await expect(page.getByTestId("application-status")).toHaveText("Väntelista");
  await expect(page.getByTestId("application-email")).toHaveText(waitlisted.email);
  await expectAccessible(page);

  await page.getByLabel("Anta", { exact: true }).check();
  await page.getByRole("button", { name: "Spara beslutet" }).click();
  // Accepting cannot be undone: it asks first, saying who is emailed, and nothing happens until then.
  const question = page.getByTestId("confirm-step");
  await expect(question).toContainText(`Anta ${waitlisted.name}?`);
  await expect(question).toContainText(waitlisted.email);
  await expect(page.getByTestId("application-status")).toHaveText("Väntelista");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Ja, anta ${waitlisted.name}` }).click();
  await expect(page.getByTestId("decision-result")).toContainText(`${waitlisted.name} är antagen`);
  await expect(page.getByTestId("decision-result")).toContainText(waitlisted.email);
  await expect(page.getByTestId("application-status")).toHaveText("Antagen");
  // The page as it is after the decision is checked for accessibility when the test ends.
  await expect(page.getByTestId("decision-final")).toBeVisible();

  const [application] = await query<{ status: string; participationId: string | null }>(
    `SELECT status, "participationId" FROM "Application" WHERE id = $1`,
    [waitlisted.id],
  );
  expect(application).toMatchObject({ status: "ACCEPTED", participationId: expect.any(String) });
  const emails = await query<{ template: string; bodyText: string }>(
    `SELECT template, "bodyText" FROM "OutboxEmail" WHERE "toEmail" = $1`,
    [waitlisted.email],
  );
  expect(emails).toHaveLength(1);
  expect(emails[0]!.template).toBe("setPassword");
  // The link to choose a password goes to the applicant only; the outbox keeps a placeholder.
  expect(emails[0]!.bodyText).not.toMatch(/\/set-password\//);
  const reads = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEntry" WHERE action = 'application.read' AND "entityId" = $1`,
    [waitlisted.id],
  );
  expect(reads[0]!.n).toBeGreaterThan(0);
});

test("a coordinator selects every application on a page by keyboard and is told which could not be decided", async ({ page }) => {
  const { cohortId } = await demoWaitlisted();
  const declined = await query<{ name: string }>(`SELECT name FROM "Application" WHERE "cohortId" = $1 AND status = 'DECLINED'`, [
    cohortId,
  ]);
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${cohortId}/applications?status=DECLINED`);
  await expect(page.getByTestId("application-row")).toHaveCount(declined.length);

  await page.getByTestId("select-all").focus();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("selected-count")).toHaveText(`${declined.length} valda`);

  // Declining needs a reason.
  await page.getByLabel("Avslå", { exact: true }).check();
  await page.getByRole("button", { name: /Spara beslutet/ }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Skriv skälet till avslaget.");

  // Declined applications are final: nothing changes, and each one is named with the reason.
  await page.getByLabel("Anta", { exact: true }).check();
  await page.getByRole("button", { name: /Spara beslutet/ }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Ingenting ändrades.");
  const problems = page.getByTestId("decision-problems").getByRole("listitem");
  await expect(problems).toHaveCount(declined.length);
  await expect(problems.first()).toContainText("Ansökan är redan avslagen.");
  const [after] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Application" WHERE "cohortId" = $1 AND status = 'DECLINED'`, [
    cohortId,
  ]);
  expect(after!.n).toBe(declined.length);
});

test("a participant gets not found for the applications table and for an application", async ({ page }) => {
  const waitlisted = await demoWaitlisted();
  await signIn(page, "mentor@demo.tandem.se");
  const table = await page.goto(`/coordinator/cohorts/${waitlisted.cohortId}/applications`);
  expect(table?.status()).toBe(404);
  const one = await page.goto(`/coordinator/applications/${waitlisted.id}`);
  expect(one?.status()).toBe(404);
  await expect(page.locator("main")).not.toContainText(waitlisted.name);
  await expect(page).not.toHaveTitle(new RegExp(waitlisted.name));
});
