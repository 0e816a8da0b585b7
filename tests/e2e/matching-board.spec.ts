import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, signIn, test } from "./support";

// The matching board as a coordinator works it from start to publishing, by keyboard where it
// matters: who cannot be matched and why, explanations that agree with themselves, a swap seen
// before it is made, a pair against a rule only after a question naming it, and published pairs
// that can still be corrected before the cohort starts. A programme of its own with two fields.

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const coordinatorEmail = `tavla-${run}@example.test`;
let cohortId = "";

type Person = {
  name: string;
  role: "MENTEE" | "MENTOR";
  field?: "law" | "economics";
  languages?: { code: string; level: string }[];
  industries?: string[];
  employer?: string;
};

const swedish = [{ code: "sv", level: "fluent" }];
const people: Person[] = [
  { name: "Aisha Rahimi", role: "MENTEE", industries: ["public_sector"] },
  { name: "Bilal Hassan", role: "MENTEE", languages: [{ code: "en", level: "fluent" }] },
  { name: "Chiara Rossi", role: "MENTEE", employer: "Advokatbyrån Norr" },
  { name: "Dina Nyberg", role: "MENTEE", industries: ["legal_services"] },
  { name: "Elif Demir", role: "MENTEE", languages: [] },
  { name: "Farid Karimi", role: "MENTEE", field: "economics" },
  { name: "Goran Petrov", role: "MENTEE", languages: [{ code: "ar", level: "fluent" }] },
  { name: "Karin Berg", role: "MENTOR", industries: ["public_sector"] },
  { name: "Lars Nyström", role: "MENTOR", languages: [{ code: "en", level: "fluent" }] },
  { name: "Maria Lund", role: "MENTOR", employer: "Advokatbyrån Norr" },
  { name: "Nils Ek", role: "MENTOR", industries: ["legal_services"] },
  { name: "Olof Sand", role: "MENTOR", employer: "Sand Juridik" },
];

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  const [{ hash }] = (await query<{ hash: string }>(`SELECT "passwordHash" AS hash FROM "User" WHERE email = 'mentee@demo.tandem.se'`)) as [
    { hash: string },
  ];
  const [organization] = await query<{ id: string }>(`INSERT INTO "Organization" (id, name) VALUES (gen_random_uuid(), $1) RETURNING id`, [
    `Tavelföreningen ${run}`,
  ]);
  const [programme] = await query<{ id: string }>(
    `INSERT INTO "Programme" (id, "organizationId", name, description, "retentionMonths", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, '', 60, now()) RETURNING id`,
    [organization!.id, `Tavelprogrammet ${run}`],
  );
  const fields: Record<string, string> = {};
  for (const [key, sv, en, order] of [
    ["law", "Jurist", "Lawyer", 0],
    ["economics", "Ekonom", "Economist", 1],
  ] as const) {
    const [field] = await query<{ id: string }>(
      `INSERT INTO "ProfessionalField" (id, "programmeId", key, "nameSv", "nameEn", "sortOrder") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5) RETURNING id`,
      [programme!.id, key, sv, en, order],
    );
    fields[key] = field!.id;
  }
  const [coordinator] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES (gen_random_uuid(), $1, 'Tove Samordnare', $2, 'sv', now()) RETURNING id`,
    [coordinatorEmail, hash],
  );
  await query(`INSERT INTO "CoordinatorAppointment" ("programmeId", "userId") VALUES ($1, $2)`, [programme!.id, coordinator!.id]);
  const [cohort] = await query<{ id: string }>(
    `INSERT INTO "Cohort" (id, "programmeId", name, status, "startDate", "endDate", "publicKey", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Hösten 2031', 'MATCHING', current_date + 30, current_date + 240, $2, now()) RETURNING id`,
    [programme!.id, `e2e-board-${run}`],
  );
  cohortId = cohort!.id;
  const ids: Record<string, string> = {};
  for (const person of people) {
    const email = `${person.name.split(" ")[0]!.toLowerCase()}-${run}@example.test`;
    const [user] = await query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "passwordHash", locale, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, 'sv', now()) RETURNING id`,
      [email, person.name, hash],
    );
    const [participation] = await query<{ id: string }>(
      `INSERT INTO "Participation" (id, "cohortId", "userId", role, status, "professionalFieldId", city, languages, industries,
                                    "goalTags", "expertiseTags", "yearsExperience", "mentorCapacity", employer, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'ACTIVE', $4, 'Stockholm', $5, $6, '{}', '{}', $7, 1, $8, now()) RETURNING id`,
      [
        cohortId,
        user!.id,
        person.role,
        fields[person.field ?? "law"],
        JSON.stringify(person.languages ?? swedish),
        person.industries ?? [],
        person.role === "MENTOR" ? 15 : 3,
        person.employer ?? null,
      ],
    );
    ids[person.name] = participation!.id;
  }
  // The coordinator has said Chiara and Nils are never to be paired.
  await query(
    `INSERT INTO "MatchExclusion" (id, "cohortId", "mentorParticipationId", "menteeParticipationId", kind) VALUES (gen_random_uuid(), $1, $2, $3, 'EXCLUDED')`,
    [cohortId, ids["Nils Ek"], ids["Chiara Rossi"]],
  );
});

const board = (page: Page) => page.goto(`/coordinator/cohorts/${cohortId}/matching`);
const card = (page: Page, mentee: string) => page.getByTestId("proposal").filter({ hasText: `${mentee} med` });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

test.describe.serial("a coordinator works the matching board", () => {
  test("the board says who cannot be matched and why, and its explanations and words agree", async ({ page }) => {
    await signIn(page, coordinatorEmail);
    await board(page);
    await page.getByTestId("suggest-all").click();
    await expect(page.getByTestId("board-message")).toContainText("4 nya förslag");
    await expect(page.getByTestId("proposal")).toHaveCount(4);
    await expect(card(page, "Bilal Hassan").getByRole("heading", { level: 3 })).toHaveText("Bilal Hassan med Lars Nyström");

    // Everyone left without a mentor is flagged with the reason.
    const waiting = page.getByTestId("waiting-mentee");
    await expect(waiting.filter({ hasText: "Elif Demir" }).getByTestId("waiting-hindrance")).toHaveText(
      "Kan inte matchas: profilen är inte ifylld, inga språk är angivna.",
    );
    await expect(waiting.filter({ hasText: "Farid Karimi" }).getByTestId("waiting-hindrance")).toHaveText(
      "Kan inte matchas: ingen mentor i omgången har samma utbildningsbakgrund.",
    );
    await expect(waiting.filter({ hasText: "Goran Petrov" }).getByTestId("waiting-hindrance")).toHaveText(
      "Kan inte matchas: ingen mentor talar något av adeptens språk.",
    );

    // Both fluent in English is a full match; the shared field counts.
    const bilal = card(page, "Bilal Hassan");
    await bilal.getByText("Varför det här paret?").click();
    await expect(bilal.getByTestId("criterion-language")).toContainText("Språk (stämmer)");
    // The shared field counts, with points, rather than "not counted, 0 points".
    await expect(bilal.getByTestId("criterion-field")).toContainText(/^Utbildningsbakgrund \(stämmer\)\s*[1-9]\d* poäng/);
    // One word for the professional field, as everywhere else.
    expect((await page.locator("main").innerText()).toLowerCase()).not.toContain("yrkesområde");
    await expectAccessible(page);

    // With one field shown, the publish button says it publishes every pair of the cohort.
    await page.locator('select[name="field"]').selectOption("law");
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await expect(page).toHaveURL(/field=law/);
    await expect(page.getByTestId("publish")).toHaveText("Publicera alla 4 par i omgången, inte bara de som visas");
  });

  test("the focus stays on the card acted on, or moves to the one that took its place", async ({ page }) => {
    await signIn(page, coordinatorEmail);
    await board(page);
    const aisha = card(page, "Aisha Rahimi");
    await aisha.getByRole("button", { name: "Godkänn" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("board-message")).toHaveText("Förslaget är godkänt och behålls när du föreslår igen.");
    await expect(aisha.getByRole("heading", { level: 3 })).toBeFocused();

    // Dina's card is the last one: once it is gone, the one before it takes the focus.
    await card(page, "Dina Nyberg").getByRole("button", { name: "Avvisa" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("board-message")).toHaveText("Förslaget är avvisat och föreslås inte igen.");
    await expect(page.getByTestId("proposal")).toHaveCount(3);
    await expect(card(page, "Chiara Rossi").getByRole("heading", { level: 3 })).toBeFocused();
    await expect(page.getByTestId("board-message")).not.toBeFocused();
    await expectAccessible(page);
  });

  test("a swap shows both new pairs with their scores and why before it is made", async ({ page }) => {
    await signIn(page, coordinatorEmail);
    await board(page);
    const aisha = card(page, "Aisha Rahimi");
    const chiaraMentor = (await card(page, "Chiara Rossi").getByRole("heading", { level: 3 }).innerText()).replace("Chiara Rossi med ", "");
    await aisha.getByLabel("Byt mentor med").selectOption({ label: `Chiara Rossi och ${chiaraMentor}` });
    await aisha.getByRole("button", { name: "Visa bytet" }).click();
    const preview = page.getByTestId("swap-preview");
    await expect(preview).toBeFocused();
    await expect(preview.getByTestId("swap-scores")).toHaveText(/^Nu: \d+ \+ \d+ poäng\. Efter bytet: \d+ \+ \d+ poäng\.$/);
    await expect(preview.getByTestId("swap-pair")).toHaveCount(2);
    await expect(preview.getByTestId("swap-pair").first()).toContainText(`Aisha Rahimi med ${chiaraMentor}`);
    await expect(preview.getByTestId("pair-explanation")).toHaveCount(2);
    await expectAccessible(page);
    // Nothing has changed yet.
    await expect(aisha.getByRole("heading", { level: 3 })).not.toContainText(chiaraMentor);

    await preview.getByRole("button", { name: "Byt mentorerna" }).click();
    await expect(page.getByTestId("board-message")).toHaveText("Mentorerna är bytta.");
    await expect(page.getByTestId("swap-preview")).toHaveCount(0);
    await expect(card(page, "Aisha Rahimi").getByRole("heading", { level: 3 })).toHaveText(`Aisha Rahimi med ${chiaraMentor}`);
    await expect(card(page, "Aisha Rahimi").getByRole("heading", { level: 3 })).toBeFocused();
  });

  test("a pair against a rule is made only after a question naming it, is marked, and is counted when publishing", async ({ page }) => {
    await signIn(page, coordinatorEmail);
    await board(page);
    await card(page, "Chiara Rossi").getByRole("button", { name: "Ta isär" }).click();
    await expect(page.getByTestId("board-message")).toHaveText("Paret är isärtaget.");
    await page.getByRole("link", { name: "Välj mentor för Chiara Rossi" }).click();

    const choices = page.getByTestId("mentor-choice");
    // Nils is excluded for Chiara: not offered at all.
    await expect(choices.filter({ hasText: "Nils Ek" })).toHaveCount(0);
    const maria = choices.filter({ hasText: "Maria Lund" });
    await expect(maria).toContainText("Bryter mot: olika arbetsgivare");
    await maria.getByRole("button", { name: "Para ihop med Maria Lund" }).click();
    await expect(page.getByTestId("pair-confirm-question")).toHaveText(
      "Paret med Maria Lund bryter mot: olika arbetsgivare. Para ihop ändå?",
    );
    await expect(page.getByTestId("pair-confirm-question")).toBeFocused();
    await expectAccessible(page);
    await page.getByTestId("pair-confirm-yes").click();
    await expect(page.getByTestId("mentee-settled")).toHaveText("Chiara Rossi har förslaget Maria Lund.");

    await board(page);
    await expect(card(page, "Chiara Rossi").getByTestId("breaks-rules")).toHaveText("Bryter mot: olika arbetsgivare");
    await page.getByTestId("publish").click();
    await expect(page.getByTestId("publish-question")).toContainText("Publicera 3 par?");
    await expect(page.getByTestId("publish-question")).toContainText("1 av paren bryter mot en regel i omgången");
    await page.getByTestId("publish-yes").click();
    await expect(page.getByTestId("board-message")).toHaveText("3 par är publicerade. Båda i varje par har fått e-post.");
    await expect(page.getByTestId("proposal")).toHaveCount(0);
  });

  test("published pairs stay on the board until the start: one is taken back, another gets a new mentor", async ({ page }) => {
    await signIn(page, coordinatorEmail);
    await board(page);
    const published = page.getByTestId("published-pair");
    await expect(published).toHaveCount(3);
    await expectAccessible(page);

    const bilal = published.filter({ hasText: "Bilal Hassan med Lars Nyström" });
    await bilal.getByRole("button", { name: "Ta tillbaka paret Bilal Hassan och Lars Nyström" }).click();
    await expect(page.getByTestId("unpublish-question")).toContainText("Båda får e-post om att paret inte gäller längre");
    await page.getByTestId("unpublish-yes").click();
    await expect(page.getByTestId("board-message")).toHaveText("Paret är tillbakataget och är ett förslag igen. Båda har fått e-post.");
    await expect(published).toHaveCount(2);
    await expect(card(page, "Bilal Hassan")).toHaveCount(1);
    expect(await focusedText(page)).toMatch(/^(Aisha Rahimi|Chiara Rossi) med /);
    const [withdrawn] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxEmail" o JOIN "User" u ON u.id = o."userId" WHERE o.template = 'pairWithdrawn' AND u.name IN ('Bilal Hassan', 'Lars Nyström')`,
    );
    expect(withdrawn!.n).toBe(2);

    // Aisha gets another mentor, published at once.
    const aishaHeading = await published.filter({ hasText: "Aisha Rahimi med" }).getByRole("heading", { level: 3 }).innerText();
    const oldMentor = aishaHeading.replace("Aisha Rahimi med ", "");
    await page.getByRole("link", { name: "Byt mentor för Aisha Rahimi" }).click();
    await expect(page.getByTestId("replacing")).toContainText(`Aisha Rahimi har det publicerade paret med ${oldMentor}.`);
    const choices = page.getByTestId("mentor-choice");
    await expect(choices.filter({ hasText: oldMentor })).toHaveCount(0);
    await expectAccessible(page);
    const next = (await choices.first().getByRole("heading", { level: 2 }).innerText()).replace(/\s*\(.*\)$/, "");
    await choices
      .first()
      .getByRole("button", { name: `Välj ${next} och publicera` })
      .click();
    await expect(page.getByTestId("mentee-settled")).toHaveText(`Aisha Rahimi har mentorn ${next}.`);
    await board(page);
    await expect(published.filter({ hasText: `Aisha Rahimi med ${next}` })).toHaveCount(1);
  });
});
