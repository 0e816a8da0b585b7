import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { paths } from "@/lib/paths";
import { stockholmInstant } from "@/lib/cohorts/stockholm-time";
import { expect, expectAccessible, query, signIn, test } from "./support";

// The pair's place: on a phone, the mentee sets a goal, the mentor follows it with a note and marks
// it achieved, and the mentee plans the next meeting and takes it into a calendar as an .ics file
// that a calendar parser reads back. A programme of its own with a named contact, so no other
// spec's data changes under it.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const programmeName = `Mentorskap för ekonomer ${run}`;
const mentor = { name: "Erik Mentorsson", email: `erik-goals-${run}@example.test` };
const mentee = { name: "Leila Adeptsdotter", email: `leila-goals-${run}@example.test` };
const contact = { name: "Programkontoret", email: `kontor-${run}@example.test` };
let pairId = "";

test.describe.configure({ mode: "serial", timeout: 90_000 });
test.use({ viewport: { width: 390, height: 844 } });

test.beforeAll(async () => {
  const [{ hash }] = (await query<{ hash: string }>(`SELECT "passwordHash" AS hash FROM "User" WHERE email = 'mentee@demo.tandem.se'`)) as [
    { hash: string },
  ];
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Föreningen ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, description, "contactName", "contactEmail", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', $3, $4, now()) RETURNING id`,
    [organization!.id, programmeName, contact.name, contact.email],
  );
  const [field] = await query<{ id: string }>(
    `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn", "sortOrder")
     VALUES (gen_random_uuid(), $1, 'economics', 'Ekonom', 'Economist', 0) RETURNING id`,
    [programme!.id],
  );
  const [cohort] = await query<{ id: string }>(
    `INSERT INTO "Cohort" (id, "programmeId", name, status, "startDate", "endDate", "publicKey", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'ACTIVE', current_date - 10, current_date + 200, $3, now()) RETURNING id`,
    [programme!.id, `Omgång ${run}`, `e2e-goals-${run}`],
  );
  await query(
    `INSERT INTO "JointSession" (id, "cohortId", ordinal, title, "startsAt", "endsAt", location, "updatedAt") VALUES
       (gen_random_uuid(), $1, 1, 'Uppstartsträff', now() - interval '10 days', now() - interval '10 days' + interval '3 hours', 'Stadsbiblioteket', now()),
       (gen_random_uuid(), $1, 2, 'Halvtidsträff', now() + interval '8 days', now() + interval '8 days 3 hours', 'Kulturhuset, Stockholm', now())`,
    [cohort!.id],
  );
  const participation = async (person: { name: string; email: string }, role: string) => {
    const [user] = await query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'sv', now()) RETURNING id`,
      [person.email, person.name, hash],
    );
    const [row] = await query<{ id: string }>(
      `INSERT INTO "Participation" (id, "cohortId", "userId", role, status, "professionalFieldId", city, languages, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'ACTIVE', $4, 'Stockholm', '[{"code":"sv","level":"fluent"}]', now()) RETURNING id`,
      [cohort!.id, user!.id, role, field!.id],
    );
    return row!.id;
  };
  const [pair] = await query<{ id: string }>(
    `INSERT INTO "Pair" (id, "cohortId", "mentorParticipationId", "menteeParticipationId", status, source, "publishedAt", "acceptedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'ACTIVE', 'MANUAL', now(), now(), now()) RETURNING id`,
    [cohort!.id, await participation(mentor, "MENTOR"), await participation(mentee, "MENTEE")],
  );
  pairId = pair!.id;
});

test("the mentee sets a goal on a phone, the mentor writes a progress note and marks it achieved", async ({ page }) => {
  await signIn(page, mentee.email);
  await page.goto(paths.pair("MENTEE", pairId));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ditt par med ${mentor.name}`);
  await expect(page.getByTestId("partner-name")).toHaveText(mentor.name);
  await expect(page.getByTestId("next-session-card")).toContainText("Halvtidsträff");
  await expect(page.getByTestId("programme-contact")).toContainText(contact.name);
  // Nothing is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  const goals = page.getByTestId("pair-goals");
  // An empty goal is answered next to the field, and the description typed is kept.
  await goals.getByLabel("Mer om målet (frivilligt)").fill("Helst inom redovisning.");
  await goals.getByRole("button", { name: "Lägg till målet" }).click();
  await expect(goals.locator("#new-goal-title-error")).toContainText("Skriv målet.");
  await expect(goals.getByLabel("Mer om målet (frivilligt)")).toHaveValue("Helst inom redovisning.");
  await expectAccessible(page);

  await goals.getByLabel("Mål", { exact: true }).fill("Få en intervju som redovisningsekonom");
  await goals.getByRole("button", { name: "Lägg till målet" }).click();
  const goal = goals.getByTestId("goal").filter({ hasText: "Få en intervju som redovisningsekonom" });
  await expect(goal).toContainText("Inte påbörjat");
  await expect(goal).toContainText("Helst inom redovisning.");

  await page.context().clearCookies();
  await signIn(page, mentor.email);
  await page.goto(paths.pair("MENTOR", pairId));
  const mentorsGoal = page.getByTestId("goal").filter({ hasText: "Få en intervju som redovisningsekonom" });
  await mentorsGoal.getByText("Skriv en anteckning om hur det går").click();
  await mentorsGoal.getByLabel("Anteckning").fill("Vi övade på intervjufrågor. Två ansökningar skickade.");
  await mentorsGoal.getByRole("button", { name: "Spara anteckningen" }).click();
  await expect(mentorsGoal.getByTestId("goal-notes")).toContainText("Vi övade på intervjufrågor.");
  await expect(mentorsGoal.getByTestId("goal-notes")).toContainText(`${mentor.name} (mentor)`);
  await expect(mentorsGoal).toContainText("Pågår");
  await mentorsGoal.getByRole("button", { name: "Markera som uppnått" }).click();
  await expect(mentorsGoal).toContainText("Uppnått");
  await expect(mentorsGoal.getByRole("button", { name: "Öppna målet igen" })).toBeVisible();
  await expectAccessible(page);

  // The mentee reads the same note and status.
  await page.context().clearCookies();
  await signIn(page, mentee.email);
  await page.goto(paths.pair("MENTEE", pairId));
  const menteesGoal = page.getByTestId("goal").filter({ hasText: "Få en intervju som redovisningsekonom" });
  await expect(menteesGoal).toContainText("Uppnått");
  await expect(menteesGoal.getByTestId("goal-notes")).toContainText(`Vi övade på intervjufrågor. Två ansökningar skickade.`);
});

test("the mentee plans the next meeting and takes it into a calendar; the mentor sees it too", async ({ page }) => {
  await signIn(page, mentee.email);
  await page.goto(paths.pair("MENTEE", pairId));
  const next = page.getByTestId("next-meeting");
  await expect(next).toContainText("Ni har inte planerat nästa träff.");

  const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await next.getByLabel("Datum").fill(day);
  await next.getByLabel("Tid").fill("17:30");
  await next.getByLabel("Längd i minuter").fill("90");
  await next.getByLabel("Plats (frivilligt)").fill("Café Pascal, Norrtullsgatan 4");
  await next.getByRole("button", { name: "Spara träffen" }).click();
  await expect(next.getByTestId("next-meeting-time")).toContainText("17:30");
  await expect(next).toContainText("Café Pascal, Norrtullsgatan 4");
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), next.getByTestId("next-meeting-ics").click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const [event] = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const startsAt = stockholmInstant(day, "17:30");
  expect(event!.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
  expect(event!.endDate.toJSDate().toISOString()).toBe(new Date(startsAt.getTime() + 90 * 60_000).toISOString());
  expect(event!.location).toBe("Café Pascal, Norrtullsgatan 4");
  expect(event!.summary).toContain(mentor.name);

  await page.context().clearCookies();
  await signIn(page, mentor.email);
  await page.goto(paths.pair("MENTOR", pairId));
  await expect(page.getByTestId("next-meeting-time")).toContainText("17:30");
  await expect(page.getByTestId("next-meeting")).toContainText("Café Pascal, Norrtullsgatan 4");
  const response = await page.request.get(paths.nextMeetingCalendar("MENTOR", pairId));
  expect(response.headers()["content-type"]).toMatch(/text\/calendar/);
  expect(await response.text()).toContain(`SUMMARY:Mentorsträff med ${mentee.name}`);
  await expectAccessible(page);
});
