import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, query, signIn, test } from "./support";

// A pair's meetings from a phone: the mentee logs one (a mistake in the form answered next to its
// field, nothing typed lost), the mentor confirms it; a meeting the other says did not happen. The
// private note reaches nobody but its author: the partner's and the coordinator's pages, and the
// server payloads behind them, are searched for it.

const PHONE = { width: 390, height: 844 };
/** A page as HTML, and as the server payload (RSC) the app navigates with. */
const AS_HTML_AND_PAYLOAD: Array<Record<string, string>> = [{}, { RSC: "1" }];
const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

const MENTEE = "mentee@demo.tandem.se";
const MENTOR = "mentor@demo.tandem.se";
const COORDINATOR = "coordinator@demo.tandem.se";

async function demoPair() {
  const [pair] = await query<{ id: string; menteeUserId: string; menteeParticipationId: string; cohortId: string }>(
    `SELECT p.id, u.id AS "menteeUserId", me.id AS "menteeParticipationId", p."cohortId" FROM "Pair" p
       JOIN "Participation" me ON me.id = p."menteeParticipationId" JOIN "User" u ON u.id = me."userId"
     WHERE u.email = $1 AND p.status = 'ACTIVE'`,
    [MENTEE],
  );
  return pair!;
}

/** Today and tomorrow in Stockholm, as the date field takes them. */
function stockholmDays() {
  const day = (at: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(at);
  return { today: day(new Date()), tomorrow: day(new Date(Date.now() + 86_400_000)) };
}

async function phoneAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: "sv-SE" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const meetingWith = (page: Page, text: string) => page.getByTestId("timeline-meeting").filter({ hasText: text });

test("a mentee logs a meeting on a phone with the keyboard, a mistake is shown by its field, and the mentor confirms it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const pair = await demoPair();
  const shared = `Gick igenom cv:t ${stamp()}`;
  const secret = `Privat: verkade nervös ${stamp()}`;
  const { today, tomorrow } = stockholmDays();

  await page.setViewportSize(PHONE);
  await signIn(page, MENTEE);
  await page.goto(`/mentee/pairs/${pair.id}`);
  await expectAccessible(page);
  const logLink = page.getByRole("link", { name: "Logga ett möte" });
  await logLink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/mentee/pairs/${pair.id}/meetings/new$`));
  await expect(page.getByRole("heading", { level: 1, name: "Logga ett möte" })).toBeVisible();
  await expect(page.getByLabel("Datum")).toHaveValue(today);
  await expectAccessible(page);

  // Filled in with the keyboard only: a day in the future by mistake.
  await page.getByLabel("Datum").focus();
  await page.keyboard.press("Control+a");
  await page.getByLabel("Datum").fill(tomorrow);
  await page.getByLabel("Längd i minuter").focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("45");
  await page.getByRole("radio", { name: "Video" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("checkbox", { name: "Intervjuträning" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("checkbox", { name: "Karriärplan" }).focus();
  await page.keyboard.press("Space");
  await page.getByLabel("Anteckningar för er båda (valfritt)").focus();
  await page.keyboard.type(shared);
  await page.getByLabel("En privat anteckning (valfritt)").focus();
  await page.keyboard.type(secret);
  await page.getByRole("button", { name: "Spara mötet" }).focus();
  await page.keyboard.press("Enter");

  const date = page.getByLabel("Datum");
  await expect(page.locator("#heldOn-error")).toHaveText("Datumet kan inte vara i framtiden. Skriv dagen ni träffades.");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("error-summary")).toBeVisible();
  // Nothing typed is lost.
  await expect(date).toHaveValue(tomorrow);
  await expect(page.getByLabel("Längd i minuter")).toHaveValue("45");
  await expect(page.getByRole("radio", { name: "Video" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Intervjuträning" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Karriärplan" })).toBeChecked();
  await expect(page.getByLabel("Anteckningar för er båda (valfritt)")).toHaveValue(shared);
  await expect(page.getByLabel("En privat anteckning (valfritt)")).toHaveValue(secret);
  await expectAccessible(page);
  expect((await page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width).toBe(true);

  await date.fill(today);
  await page.getByRole("button", { name: "Spara mötet" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/mentee/pairs/${pair.id}(#meeting-.*)?$`));
  const mine = meetingWith(page, shared);
  await expect(mine).toContainText("Väntar på att din partner bekräftar");
  await expect(mine).toContainText("Video");
  await expect(mine).toContainText("Intervjuträning · Karriärplan");
  await expect(mine.getByTestId("private-note")).toHaveText(secret);
  await expectAccessible(page);

  // The mentor, on a phone of their own: sees the meeting, never the mentee's private note.
  const mentor = await phoneAs(browser, MENTOR);
  const pairPage = `/mentor/pairs/${pair.id}`;
  await mentor.goto(pairPage);
  const theirs = meetingWith(mentor, shared);
  await expect(theirs).toContainText("Blev mötet av?");
  await expect(mentor.locator("body")).not.toContainText(secret);
  await expectAccessible(mentor);
  await theirs.getByRole("button", { name: "Ja, vi träffades" }).click();
  await expect(theirs.getByText("Bekräftat", { exact: true })).toBeVisible();
  await expect(theirs.getByRole("button", { name: "Ja, vi träffades" })).toHaveCount(0);
  await expectAccessible(mentor);

  // The page as HTML and as the server payload the app navigates with: the note is in neither.
  for (const headers of AS_HTML_AND_PAYLOAD) {
    const answer = await mentor.request.get(pairPage, { headers });
    expect(answer.status()).toBe(200);
    const body = await answer.text();
    expect(body).toContain(shared);
    expect(body).not.toContain(secret);
  }
  await mentor.context().close();

  // The coordinator: every page about the pair's people and cohort, as HTML and payload.
  const coordinator = await phoneAs(browser, COORDINATOR);
  const coordinatorPages = [
    `/coordinator/people/${pair.menteeUserId}`,
    `/coordinator/participants/${pair.menteeParticipationId}`,
    `/coordinator/cohorts/${pair.cohortId}`,
    `/coordinator/cohorts/${pair.cohortId}/participants`,
    `/coordinator/cohorts/${pair.cohortId}/pairs/export?format=csv`,
    `/mentor/pairs/${pair.id}`,
    `/mentee/pairs/${pair.id}`,
  ];
  for (const address of coordinatorPages) {
    for (const headers of AS_HTML_AND_PAYLOAD) {
      const body = await (await coordinator.request.get(address, { headers })).text();
      expect(body, address).not.toContain(secret);
    }
  }
  await coordinator.goto(`/coordinator/people/${pair.menteeUserId}`);
  await expectAccessible(coordinator);
  await coordinator.context().close();

  // The mentee sees it confirmed.
  await page.reload();
  await expect(meetingWith(page, shared).getByText("Bekräftat", { exact: true })).toBeVisible();
});

test("the mentee says a meeting the mentor logged did not happen; the mentor sees it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const pair = await demoPair();
  const shared = `Nätverksträff ${stamp()}`;

  const mentor = await phoneAs(browser, MENTOR);
  await mentor.goto(`/mentor/pairs/${pair.id}/meetings/new`);
  await mentor.getByLabel("Längd i minuter").fill("30");
  await mentor.getByRole("radio", { name: "Telefon" }).check();
  await mentor.getByLabel("Anteckningar för er båda (valfritt)").fill(shared);
  await mentor.getByRole("button", { name: "Spara mötet" }).click();
  await expect(meetingWith(mentor, shared)).toContainText("Väntar på att din partner bekräftar");

  await page.setViewportSize(PHONE);
  await signIn(page, MENTEE);
  await page.goto(`/mentee/pairs/${pair.id}`);
  const meeting = meetingWith(page, shared);
  await meeting.getByText("Vi träffades inte").click();
  await meeting.getByLabel("Vad hände? (valfritt)").fill("Jag var sjuk den dagen.");
  await expectAccessible(page);
  await meeting.getByRole("button", { name: "Säg att det inte blev av" }).click();
  await expect(meeting).toContainText("Du har sagt att det inte blev av");
  await expect(meeting).toContainText("Din anteckning: Jag var sjuk den dagen.");
  // Changing one's mind: confirming withdraws the dispute.
  await expect(meeting.getByRole("button", { name: "Ja, vi träffades" })).toBeVisible();
  await expectAccessible(page);

  await mentor.reload();
  const logged = meetingWith(mentor, shared);
  await expect(logged).toContainText("Din partner säger att det inte blev av");
  await expect(logged).toContainText("Deras anteckning: Jag var sjuk den dagen.");
  await expectAccessible(mentor);

  // The mentor deletes it, after the question.
  await logged.getByRole("button", { name: "Ta bort" }).click();
  await expect(logged.getByTestId("confirm-step")).toContainText("Ta bort mötet den");
  await logged.getByRole("button", { name: "Ja, ta bort mötet" }).click();
  await expect(meetingWith(mentor, shared)).toHaveCount(0);
  await mentor.context().close();
});
