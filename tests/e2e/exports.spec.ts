import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { expect, query, signIn, test } from "./support";

// A coordinator downloads the lists of a demo cohort as files, with the filters they chose: the
// applications of the cohort being matched, the participants and the pairs of the running cohort.

/** Joins a query's cohort `c` to the programmes the demo coordinator runs (other specs add cohorts of their own). */
const demoProgramme = `JOIN "CoordinatorAppointment" a ON a."programmeId" = c."programmeId"
  JOIN "User" coordinator ON coordinator.id = a."userId" AND coordinator.email = 'coordinator@demo.tandem.se'`;

async function downloaded(page: Page, link: string): Promise<{ download: Download; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const bytes = await readFile(await download.path());
  return { download, bytes, text: bytes.toString("utf8") };
}

test("the applications, with the filters chosen, as CSV for Excel in Swedish, a formula in a name made harmless", async ({ page }) => {
  const [cohort] = await query<{ id: string }>(
    `SELECT c.id FROM "Cohort" c ${demoProgramme} WHERE c.status = 'MATCHING' ORDER BY c."startDate" LIMIT 1`,
  );
  const tag = Date.now().toString(36);
  await query(
    `INSERT INTO "Application" (id, "cohortId", role, status, email, name, "professionalFieldId", city, "languageCodes", profile, "consentAt", "updatedAt")
     SELECT gen_random_uuid(), c.id, 'MENTEE', 'SUBMITTED', $2, $3, f.id, 'Lund', ARRAY['sv'], '{}', now(), now()
     FROM "Cohort" c JOIN "ProfessionalField" f ON f."programmeId" = c."programmeId" AND f.key = 'law' WHERE c.id = $1`,
    [cohort!.id, `formula-${tag}@example.test`, `=HYPERLINK("http://example.test/${tag}")`],
  );
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${cohort!.id}/applications`);
  await page.getByLabel("Sök", { exact: true }).fill(`formula-${tag}`);
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/q=formula-/);
  await expect(page.getByTestId("table-count")).toHaveText("1 ansökan");

  const { download, text } = await downloaded(page, "Ladda ner som CSV");
  expect(download.suggestedFilename()).toMatch(/^ansokningar-.*\.csv$/);
  const lines = text.split("\r\n");
  expect(lines[0]).toBe("\uFEFFnamn;e-post;telefon;roll;status;utbildningsbakgrund;ort;språk;inskickad;beslutad");
  expect(lines.slice(1).filter(Boolean)).toHaveLength(1);
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://example.test/${tag}"")";formula-${tag}@example.test;;adept;Inskickad;Jurist;Lund;`);
});

test("the participants as CSV and XLSX, with the search and role chosen; the pairs of one field from the board", async ({ page }) => {
  const [mentor] = await query<{ cohortId: string; name: string }>(
    `SELECT p."cohortId", u.name FROM "Participation" p JOIN "User" u ON u.id = p."userId" JOIN "Cohort" c ON c.id = p."cohortId"
     ${demoProgramme} WHERE c.status = 'ACTIVE' AND p.role = 'MENTOR' ORDER BY u.name LIMIT 1`,
  );
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${mentor!.cohortId}/participants`);
  await page.getByLabel("Sök namn eller e-post").fill(mentor!.name);
  await page.getByLabel("Roll").selectOption("MENTOR");
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/role=MENTOR/);
  await expect(page.getByTestId("participant-row")).toHaveCount(1);

  const csv = await downloaded(page, "Ladda ner som CSV");
  const rows = csv.text.split("\r\n").filter(Boolean);
  expect(rows[0]).toMatch(/^\uFEFFnamn;e-post;telefon;roll;status;/);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatch(new RegExp(`^${mentor!.name};[^;]+@[^;]+;[^;]*;mentor;`));

  const xlsx = await downloaded(page, "Ladda ner som Excel (XLSX)");
  expect(xlsx.download.suggestedFilename()).toMatch(/^deltagare-.*\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  await page.goto(`/coordinator/cohorts/${mentor!.cohortId}/matching?field=law`);
  const pairs = await downloaded(page, "Ladda ner som CSV");
  const pairRows = pairs.text.split("\r\n").filter(Boolean);
  expect(pairRows[0]).toBe("\uFEFFadept;adeptens_e-post;mentor;mentorns_e-post;utbildningsbakgrund;status;poäng;källa;publicerat;avslutat");
  expect(pairRows.length).toBeGreaterThan(1);
  expect(pairRows.slice(1).every((row) => row.split(";")[4] === "Jurist")).toBe(true);
});
