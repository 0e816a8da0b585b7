import { expect, expectAccessible, query, signIn, test } from "./support";

// Matching a cohort of its own: a new programme with one field, four mentees and four mentors
// (room for one each), a coordinator, and a joint session ahead. Everyone signs in with the demo
// password, so the matched mentee can look at their home at the end.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const coordinatorEmail = `matchare-${run}@example.test`;
const menteeNames = ["Amal Haddad", "Bashir Noori", "Chen Li", "Dalia Mansour"];
const mentorNames = ["Eva Sjöberg", "Fredrik Holm", "Gunilla Ek", "Henrik Dahl"];
let cohortId = "";

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  const [{ hash }] = (await query<{ hash: string }>(`SELECT "passwordHash" AS hash FROM "User" WHERE email = 'mentee@demo.tandem.se'`)) as [
    { hash: string },
  ];
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Matchningsföreningen ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, description, "retentionMonths", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', 60, now()) RETURNING id`,
    [organization!.id, `Juristmentorskap ${run}`],
  );
  const [field] = await query<{ id: string }>(
    `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn", "sortOrder")
     VALUES (gen_random_uuid(), $1, 'law', 'Jurist', 'Lawyer', 0) RETURNING id`,
    [programme!.id],
  );
  const [coordinator] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES (gen_random_uuid(), $1, 'Maja Samordnare', $2, 'sv', now()) RETURNING id`,
    [coordinatorEmail, hash],
  );
  await query(`INSERT INTO "CoordinatorAppointment" ("programmeId", "userId") VALUES ($1, $2)`, [programme!.id, coordinator!.id]);
  const [cohort] = await query<{ id: string }>(
    `INSERT INTO "Cohort" (id, "programmeId", name, status, "startDate", "endDate", "publicKey", "menteeWishesEnabled", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Våren 2031', 'MATCHING', current_date + 30, current_date + 240, $2, true, now()) RETURNING id`,
    [programme!.id, `e2e-matching-${run}`],
  );
  cohortId = cohort!.id;
  await query(
    `INSERT INTO "JointSession" (id, "cohortId", ordinal, title, "startsAt", "endsAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, 1, 'Uppstartsträff', now() + interval '30 days', now() + interval '30 days 3 hours', now())`,
    [cohortId],
  );
  const people = [
    ...menteeNames.map((name, n) => ({ name, role: "MENTEE", n })),
    ...mentorNames.map((name, n) => ({ name, role: "MENTOR", n })),
  ];
  for (const person of people) {
    const email = `${person.name
      .split(" ")[0]!
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z]/g, "")}-${run}@example.test`;
    const [user] = await query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'sv', now()) RETURNING id`,
      [email, person.name, hash],
    );
    await query(
      `INSERT INTO "Participation" (id, "cohortId", "userId", role, status, "professionalFieldId", city, languages, industries,
                                    "goalTags", "expertiseTags", "yearsExperience", "mentorCapacity", employer, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'ACTIVE', $4, 'Stockholm', '[{"code":"sv","level":"fluent"}]', $5, $6, $7, $8, 1, $9, now())`,
      [
        cohortId,
        user!.id,
        person.role,
        field!.id,
        [["public_sector", "legal_services", "banking_finance", "trade_industry"][person.n]],
        person.role === "MENTEE" ? ["network"] : [],
        person.role === "MENTOR" ? ["network"] : [],
        person.role === "MENTOR" ? 12 + person.n : 2,
        person.role === "MENTOR" ? `Byrå ${person.n}` : null,
      ],
    );
  }
});

test.describe.serial("one cohort from wishes to a withdrawal", () => {
  test("a mentee ranks mentors from the shortlist and marks one as rather not", async ({ page }) => {
    await signIn(page, `amal-${run}@example.test`);
    await page.getByRole("link", { name: "Önska mentor" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Önska mentor");
    await expect(page.getByTestId("wish-mentor")).toHaveCount(4);
    await expectAccessible(page);

    // "No wish" comes first, so moving down from it never lands on "rather not".
    await expect(page.getByLabel("Ditt önskemål om Eva Sjöberg").locator("option")).toHaveText([
      "Inget önskemål",
      "Förstahandsval",
      "Andrahandsval",
      "Tredjehandsval",
      "Helst inte",
    ]);
    await page.getByLabel("Ditt önskemål om Eva Sjöberg").selectOption("1");
    await page.getByLabel("Ditt önskemål om Gunilla Ek").selectOption("1");
    await page.getByRole("button", { name: "Spara önskemålen" }).click();
    // The problem is read out and takes the focus, as the button is far below it.
    const summary = page.locator("[aria-live=polite]").getByTestId("error-summary");
    await expect(summary).toContainText("Samma plats är vald för två mentorer.");
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("Ditt önskemål om Eva Sjöberg")).toHaveValue("1");
    await expectAccessible(page);

    // A lone third choice is kept as the first, and the answer says so.
    await page.getByLabel("Ditt önskemål om Eva Sjöberg").selectOption("3");
    await page.getByLabel("Ditt önskemål om Gunilla Ek").selectOption("avoid");
    await page.getByRole("button", { name: "Spara önskemålen" }).click();
    const saved = page.locator("[aria-live=polite]").getByTestId("form-success");
    await expect(saved).toHaveText(
      "Önskemålen är sparade: 1 val, 1 markerad som helst inte. Valen har flyttats upp så att det inte finns några luckor: Eva Sjöberg är nu ditt förstahandsval.",
    );
    await expect(saved).toBeFocused();
    await expect(page.getByLabel("Ditt önskemål om Eva Sjöberg")).toHaveValue("1");
    await expect(page.getByLabel("Ditt önskemål om Gunilla Ek")).toHaveValue("avoid");
  });

  test("a coordinator suggests, inspects, locks, excludes, suggests again and publishes; the matched mentee sees the mentor", async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page, coordinatorEmail);
    await page.goto(`/coordinator/cohorts/${cohortId}`);
    await page.getByRole("link", { name: "Matchning", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/coordinator/cohorts/${cohortId}/matching$`));
    await expect(page.getByTestId("summary-waiting")).toHaveText("4");
    await expect(page.getByTestId("proposal")).toHaveCount(0);
    await expectAccessible(page);

    // The criteria: a weight out of range is named next to its field and nothing is saved.
    await page.getByText("Kriterier och regler").click();
    await page.getByLabel("Bransch", { exact: true }).fill("11");
    await page.getByRole("button", { name: "Spara kriterierna" }).click();
    await expect(page.locator("#weight-industry-error")).toBeVisible();
    await expect(page.getByLabel("Bransch", { exact: true })).toHaveValue("11");
    await expectAccessible(page);
    await page.getByLabel("Bransch", { exact: true }).fill("10");
    await page.getByRole("button", { name: "Spara kriterierna" }).click();
    await expect(page.getByTestId("settings-message")).toHaveText("Kriterierna är sparade. De gäller nästa gång du föreslår.");

    // Suggest for everyone: each mentee gets the mentor sharing their industry.
    await page.getByTestId("suggest-all").click();
    await expect(page.getByTestId("board-message")).toHaveText("4 nya förslag, 0 behölls. Alla adepter har ett förslag.");
    const proposals = page.getByTestId("proposal");
    await expect(proposals).toHaveCount(4);
    await expect(page.getByTestId("summary-waiting")).toHaveText("0");
    const amal = proposals.filter({ hasText: "Amal Haddad med" });
    await expect(amal.getByRole("heading", { level: 3 })).toHaveText("Amal Haddad med Eva Sjöberg");

    // Why this pair: the criteria with their points, in words.
    await amal.getByText("Varför det här paret?").click();
    const explanation = amal.getByTestId("pair-explanation");
    await expect(explanation.getByTestId("criterion-industry")).toContainText("Gemensamt: Offentlig sektor.");
    await expect(explanation.getByTestId("criterion-goals")).toContainText("Mentorn kan hjälpa med");
    await expectAccessible(page);

    // Lock Amal's pair, by keyboard.
    await amal.getByRole("button", { name: "Lås", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("board-message")).toHaveText("Förslaget är låst.");
    await expect(amal.getByText("Låst", { exact: true })).toBeVisible();

    // Bashir and Fredrik are never to be paired.
    const bashir = proposals.filter({ hasText: "Bashir Noori med" });
    await expect(bashir.getByRole("heading", { level: 3 })).toHaveText("Bashir Noori med Fredrik Holm");
    await bashir.getByRole("button", { name: "Para aldrig ihop" }).click();
    await expect(page.getByTestId("board-message")).toHaveText("De två paras aldrig ihop i den här omgången.");
    await expect(proposals).toHaveCount(3);
    await expect(page.getByTestId("exclusion")).toHaveText(/Bashir Noori och Fredrik Holm\s*Aldrig/);
    await expect(page.getByTestId("waiting-mentee")).toContainText(["Bashir Noori"]);

    // Suggest again: Amal's locked pair stays, Bashir gets someone other than Fredrik.
    await page.getByTestId("suggest-all").click();
    await expect(page.getByTestId("board-message")).toContainText("1 behölls");
    await expect(proposals).toHaveCount(4);
    await expect(amal.getByRole("heading", { level: 3 })).toHaveText("Amal Haddad med Eva Sjöberg");
    await expect(amal.getByText("Låst", { exact: true })).toBeVisible();
    await expect(proposals.filter({ hasText: "Bashir Noori med" }).getByRole("heading", { level: 3 })).not.toHaveText(
      "Bashir Noori med Fredrik Holm",
    );

    // Readable on a narrow phone: nothing runs off the side.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Nobody sees a proposal before it is published.
    const menteeContext = await browser.newContext({ baseURL });
    const mentee = await menteeContext.newPage();
    await signIn(mentee, `amal-${run}@example.test`);
    await mentee.goto("/mentee");
    await expect(mentee.locator("main")).not.toContainText("Eva Sjöberg");

    // Publishing asks first; cancelling leaves everything as it was.
    await page.getByTestId("publish").click();
    await expect(page.getByTestId("publish-question")).toContainText("Publicera 4 par?");
    await expect(page.getByTestId("publish-question")).toBeFocused();
    await page.getByRole("button", { name: "Avbryt" }).click();
    await expect(proposals).toHaveCount(4);
    await page.getByTestId("publish").click();
    await page.getByTestId("publish-yes").click();
    await expect(page.getByTestId("board-message")).toHaveText("4 par är publicerade. Båda i varje par har fått e-post.");
    await expect(page.getByTestId("summary-published")).toHaveText("4");
    await expect(proposals).toHaveCount(0);
    await expectAccessible(page);

    const emails = await query<{ subject: string; bodyText: string }>(
      `SELECT subject, "bodyText" FROM "OutboxEmail" WHERE template = 'pairPublished' AND "toEmail" = $1`,
      [`amal-${run}@example.test`],
    );
    expect(emails).toHaveLength(1);
    expect(emails[0]!.bodyText).toContain("Eva Sjöberg");
    expect(emails[0]!.bodyText).toContain("Uppstartsträff");

    // Now the mentee's home shows the mentor.
    await mentee.goto("/mentee");
    await expect(mentee.locator("main")).toContainText("Eva Sjöberg");
    await expectAccessible(mentee);
    await menteeContext.close();
  });

  test("once the cohort runs, a pair ends early and its mentee gets a new mentor from the ranked replacements", async ({ page }) => {
    await query(`UPDATE "Cohort" SET status = 'ACTIVE' WHERE id = $1`, [cohortId]);
    // Room for a replacement: a fifth mentor joins late.
    await query(
      `UPDATE "Participation" SET "mentorCapacity" = 2 WHERE id = (
       SELECT p.id FROM "Participation" p JOIN "User" u ON u.id = p."userId" WHERE p."cohortId" = $1 AND u.name = 'Henrik Dahl')`,
      [cohortId],
    );
    await signIn(page, coordinatorEmail);
    await page.goto(`/coordinator/cohorts/${cohortId}/matching`);
    const pairs = page.getByTestId("proposal");
    await expect(pairs).toHaveCount(4);
    const amal = pairs.filter({ hasText: "Amal Haddad med Eva Sjöberg" });

    // A reason is needed, and is asked for next to the field.
    await amal.getByText("Avsluta paret i förtid").click();
    await amal.getByRole("button", { name: "Avsluta paret Amal Haddad och Eva Sjöberg" }).click();
    await expect(amal.getByText("Skriv varför paret avslutas.")).toBeVisible();
    await expectAccessible(page);
    await amal.getByLabel("Varför avslutas paret?").fill("Mentorn har flyttat utomlands.");
    await amal.getByRole("button", { name: "Avsluta paret Amal Haddad och Eva Sjöberg" }).click();
    await expect(page.getByTestId("board-message")).toHaveText("Paret är avslutat. Adepten finns nu bland adepterna utan mentor.");
    await expect(pairs).toHaveCount(3);
    // The focus goes to the pair that took the ended one's place, not to the top of the page.
    await expect(pairs.first().getByRole("heading", { level: 3 })).toBeFocused();

    await page.getByRole("link", { name: "Hitta en ny mentor för Amal Haddad" }).click();
    const choices = page.getByTestId("mentor-choice");
    await expect(choices).toHaveCount(1);
    await expect(choices.first().getByRole("heading", { level: 2 })).toContainText("Henrik Dahl");
    await expectAccessible(page);
    await choices.first().getByRole("button", { name: "Välj Henrik Dahl och publicera" }).click();
    await expect(page.getByTestId("mentee-settled")).toBeVisible();
    const [replacement] = await query<{ mentor: string; status: string }>(
      `SELECT u.name AS mentor, p.status FROM "Pair" p JOIN "Participation" m ON m.id = p."mentorParticipationId" JOIN "User" u ON u.id = m."userId"
      JOIN "Participation" e ON e.id = p."menteeParticipationId" JOIN "User" eu ON eu.id = e."userId"
     WHERE p."cohortId" = $1 AND eu.name = 'Amal Haddad' AND p.status = 'ACTIVE'`,
      [cohortId],
    );
    expect(replacement).toEqual({ mentor: "Henrik Dahl", status: "ACTIVE" });
  });

  test("a participant who leaves is withdrawn: the pair ends, the partner is told, the mentor's place is free", async ({ page }) => {
    const [dalia] = await query<{ id: string; mentor: string }>(
      `SELECT e.id, mu.name AS mentor FROM "Participation" e JOIN "User" eu ON eu.id = e."userId"
         JOIN "Pair" p ON p."menteeParticipationId" = e.id AND p.status = 'ACTIVE'
         JOIN "Participation" m ON m.id = p."mentorParticipationId" JOIN "User" mu ON mu.id = m."userId"
        WHERE e."cohortId" = $1 AND eu.name = 'Dalia Mansour'`,
      [cohortId],
    );
    await signIn(page, coordinatorEmail);
    await page.goto(`/coordinator/participants/${dalia!.id}`);
    await page.getByText("Avsluta deltagandet", { exact: true }).click();
    await page.getByRole("button", { name: "Avsluta deltagandet för Dalia Mansour" }).click();
    await expect(page.getByText("Skriv varför personen lämnar omgången.").first()).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Varför lämnar personen omgången?").fill("Har fått jobb i en annan stad.");
    await page.getByRole("button", { name: "Avsluta deltagandet för Dalia Mansour" }).click();
    await expect(page.getByTestId("participation-message")).toHaveText("Deltagandet är avslutat.");
    await expect(page.getByRole("button", { name: "Ta tillbaka Dalia Mansour i omgången" })).toBeVisible();

    const told = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxEmail" o JOIN "User" u ON u.id = o."userId" WHERE o.template = 'pairEnded' AND u.name = $1`,
      [dalia!.mentor],
    );
    expect(told[0]!.n).toBe(1);
    await page.goto(`/coordinator/cohorts/${cohortId}/matching`);
    await expect(page.getByTestId("mentors-with-room")).toContainText(dalia!.mentor);
    await expect(page.getByTestId("proposal").filter({ hasText: "Dalia Mansour" })).toHaveCount(0);
  });
});

test("a coordinator pairs a mentee by hand from the mentors ranked best first", async ({ page }) => {
  // The demo programme's cohort being matched.
  await signIn(page, "coordinator@demo.tandem.se");
  const [demo] = await query<{ id: string }>(
    `SELECT c.id FROM "Cohort" c JOIN "CoordinatorAppointment" a ON a."programmeId" = c."programmeId" JOIN "User" u ON u.id = a."userId"
      WHERE c.status = 'MATCHING' AND u.email = 'coordinator@demo.tandem.se'`,
  );
  // The way in: the home's link for the cohort being matched.
  await page.getByRole("link", { name: "Till matchningen" }).click();
  await expect(page).toHaveURL(new RegExp(`/coordinator/cohorts/${demo!.id}/matching$`));
  await expectAccessible(page);
  const waiting = page.getByTestId("waiting-mentee").first();
  const name = (await waiting.locator("span").first().innerText()).replace(/\s*\(.*\)$/, "");
  await waiting.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Välj mentor för ${name}`);
  const choices = page.getByTestId("mentor-choice");
  await expect(choices.first()).toContainText("Uppfyller reglerna");
  await expectAccessible(page);
  const best = (await choices.first().getByRole("heading", { level: 2 }).innerText()).replace(/\s*\(.*\)$/, "");
  await choices
    .first()
    .getByRole("button", { name: `Para ihop med ${best}` })
    .click();
  await expect(page.getByTestId("mentee-settled")).toHaveText(`${name} har förslaget ${best}.`);
  await expect(page.getByTestId("mentee-settled")).toBeFocused();
  await page.getByRole("link", { name: "Tillbaka till matchningen" }).click();
  await expect(page.getByTestId("proposal").filter({ hasText: `${name} med ${best}` })).toHaveCount(1);
});
