import { randomBytes } from "node:crypto";
import { expect, expectAccessible, query, signIn, test } from "./support";

function csvFile(rows: string[]) {
  // A semicolon file with a byte order mark, as Swedish Excel saves "CSV UTF-8".
  const text = `\uFEFF${["roll;namn;e-post;utbildningsbakgrund;telefon;ort;språk", ...rows].join("\r\n")}\r\n`;
  return { name: "deltagare.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

test("a coordinator imports participants from a CSV file: a bad row blocks it, the fixed file goes in", async ({ page }) => {
  // Six pages and previews, each checked for accessibility.
  test.slow();
  const [cohort] = await query<{ id: string }>(`SELECT id FROM "Cohort" WHERE status = 'MATCHING' LIMIT 1`);
  const tag = randomBytes(3).toString("hex");
  const people = [
    `mentor;Elin Import ${tag};elin-${tag}@example.org;law;070-111 22 33;Stockholm;sv:fluent en:good`,
    `adept;Farid Import ${tag};farid-${tag}@example.org;Ekonom;;Uppsala;fa:fluent sv:good`,
  ];
  const bad = `adept;Gita Import ${tag};gita-${tag}@example;astrologi;;Lund;sv:good`;
  const fixed = `adept;Gita Import ${tag};gita-${tag}@example.org;economics;;Lund;sv:good`;

  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${cohort!.id}/participants`);
  await expect(page.getByRole("heading", { level: 1, name: "Deltagare" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Importera från CSV-fil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera deltagare från en CSV-fil" })).toBeVisible();
  await expectAccessible(page);

  await page.locator("#import-file").setInputFiles(csvFile([...people, bad]));
  await page.getByRole("button", { name: "Kontrollera filen" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("1 av 3 rader behöver rättas.");
  const badRow = page.getByTestId("import-row").filter({ hasText: `Gita Import ${tag}` });
  await expect(badRow.getByTestId("import-problem")).toContainText("”astrologi” är ingen utbildningsbakgrund i programmet.");
  await expect(badRow.getByTestId("import-problem")).toContainText("e-post:");
  await expect(page.getByTestId("import-row").filter({ hasText: `Elin Import ${tag}` })).toContainText("Rätt");
  await expect(page.getByTestId("import-confirm")).toHaveCount(0);
  await expectAccessible(page);
  const template = await page.request.get(`/coordinator/cohorts/${cohort!.id}/participants/template.csv`);
  expect(template.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await template.text()).toContain("roll;namn;e-post;utbildningsbakgrund");
  expect(await query(`SELECT 1 FROM "User" WHERE email LIKE $1`, [`%-${tag}@example.org`])).toHaveLength(0);

  await page.locator("#import-file").setInputFiles(csvFile([...people, fixed]));
  await page.getByRole("button", { name: "Kontrollera filen" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Alla 3 rader är rätt.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Importera 3 deltagare" }).click();
  await expect(page.getByTestId("import-done")).toContainText("3 deltagare lades till i omgången som inbjudna.");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Se deltagarna" }).click();
  await page.getByLabel("Status").selectOption("INVITED");
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/status=INVITED/);
  for (const name of ["Elin", "Farid", "Gita"]) {
    await expect(page.getByTestId("participant-row").filter({ hasText: `${name} Import ${tag}` })).toContainText("Inbjuden");
  }
  await expectAccessible(page);
  const emails = await query<{ template: string }>(`SELECT template FROM "OutboxEmail" WHERE "toEmail" LIKE $1`, [`%-${tag}@example.org`]);
  expect(emails.map((email) => email.template)).toEqual(["invitation.setPassword", "invitation.setPassword", "invitation.setPassword"]);
});

test("a mentee edits their profile: a bad phone number is shown next to the field and nothing typed is lost", async ({ page }) => {
  // A long form, checked for accessibility three times.
  test.slow();
  await signIn(page, "mentee@demo.tandem.se");
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Din profil" })).toBeVisible();
  await expect(page.getByTestId("profile-email")).toHaveText("mentee@demo.tandem.se");
  await expectAccessible(page);

  const save = page.getByRole("button", { name: "Spara profilen" });
  await page.locator("#phone").fill("ring mig");
  await page.locator("#city").fill("Sundbyberg");
  await save.click();
  await expect(page.locator("#phone-error")).toHaveText("Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.");
  await expect(page.locator("#phone")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#phone")).toHaveValue("ring mig");
  await expect(page.locator("#city")).toHaveValue("Sundbyberg");
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expectAccessible(page);

  await page.locator("#phone").fill("070-555 12 34");
  await save.click();
  await expect(page.getByTestId("profile-saved")).toHaveText("Din profil är sparad.");
  await page.reload();
  await expect(page.locator("#phone")).toHaveValue("070-555 12 34");
  await expect(page.locator("#city")).toHaveValue("Sundbyberg");
  await expectAccessible(page);
});

test("a coordinator invites one person and opens a participant's profile", async ({ page }) => {
  test.slow();
  const [cohort] = await query<{ id: string }>(`SELECT id FROM "Cohort" WHERE status = 'MATCHING' LIMIT 1`);
  const email = `hana-${randomBytes(3).toString("hex")}@example.org`;
  await signIn(page, "coordinator@demo.tandem.se");
  await page.goto(`/coordinator/cohorts/${cohort!.id}/participants/invite`);
  await expect(page.getByRole("heading", { level: 1, name: "Bjud in en deltagare" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Adept").check();
  await page.locator("#name").fill("Hana Inbjuden");
  await page.locator("#email").fill(email);
  await page.locator("#fieldKey").selectOption("law");
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByTestId("invite-sent")).toHaveText(
    `Hana Inbjuden är inbjuden. Vi har skickat en länk för att välja lösenord till ${email}.`,
  );
  await expectAccessible(page);

  await page.goto(`/coordinator/cohorts/${cohort!.id}/participants?status=INVITED`);
  await page.getByRole("link", { name: "Hana Inbjuden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hana Inbjuden" })).toBeVisible();
  await expect(page.getByTestId("participant-email")).toHaveText(email);
  await expectAccessible(page);
  const reads = await query(
    `SELECT 1 FROM "AuditEntry" a JOIN "User" u ON u.id = a."subjectUserId" WHERE a.action = 'participant.read' AND u.email = $1`,
    [email],
  );
  expect(reads.length).toBeGreaterThan(0);
});
