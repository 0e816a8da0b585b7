import ICAL from "ical.js";
import { readFile } from "node:fs/promises";
import { createPrismaClient } from "@/lib/db/client";
import { paths } from "@/lib/paths";
import { TEST_PASSWORD } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";
import { expect, expectAccessible, query, signIn, test } from "./support";

// Joint sessions: the coordinator marks who came for the whole cohort at once with the keyboard; a
// participant takes the next session and the cohort's feed into a calendar; a coordinator closes a
// cohort and its pages turn read-only. Each journey has a world of its own (two programmes, a running
// cohort with two pairs), so the demo data the other journeys read stays as it is.

// Each journey makes a world and runs axe on several pages: more than the default time on a busy machine.
test.describe.configure({ timeout: 120_000 });

type World = Awaited<ReturnType<typeof createWorld>>;

async function newWorld(): Promise<World> {
  const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  try {
    return await createWorld(db);
  } finally {
    await db.$disconnect();
  }
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

test("the coordinator marks attendance for the whole cohort: all present, two exceptions, with the keyboard", async ({ page }) => {
  const world = await newWorld();
  const session = world.a.cohort.sessions[0]!;
  await signIn(page, world.coordinatorA.email!, TEST_PASSWORD);
  await page.goto(paths.cohortSessions(world.a.cohort.id));
  await page.getByRole("link", { name: `Markera närvaro på ${session.title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Närvaro: ${session.title}`);
  await expect(page.getByTestId("attendance-row")).toHaveCount(6);
  await expectAccessible(page);

  // Everyone starts as present; the arrow keys move a person's choice to the next one.
  const absent = page.getByRole("group", { name: new RegExp(world.a.pairs[0]!.menteeUser.name) });
  const excused = page.getByRole("group", { name: new RegExp(world.a.pairs[1]!.mentorUser.name) });
  await expect(absent.getByRole("radio", { name: "Närvarande" })).toBeChecked();
  await absent.getByRole("radio", { name: "Närvarande" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(absent.getByRole("radio", { name: "Frånvarande" })).toBeChecked();
  await excused.getByRole("radio", { name: "Närvarande" }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(excused.getByRole("radio", { name: "Anmält förhinder" })).toBeChecked();
  // On to the button with Tab, past the other people (one stop each), and save with Enter.
  const save = page.getByRole("button", { name: "Spara närvaron för 6 personer" });
  for (let stop = 0; stop < 10 && !(await save.evaluate((button) => button === document.activeElement)); stop += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("form-success")).toHaveText("Närvaron är sparad: 4 närvarande, 1 frånvarande, 1 med förhinder.");

  const saved = await query<{ status: string; n: string }>(
    `SELECT status::text, count(*)::text AS n FROM "SessionAttendance" WHERE "sessionId" = $1 AND "markedById" = $2 GROUP BY status ORDER BY status`,
    [session.id, world.coordinatorA.id],
  );
  expect(saved).toEqual([
    { status: "ABSENT", n: "1" },
    { status: "EXCUSED", n: "1" },
    { status: "PRESENT", n: "4" },
  ]);
  // Opened again, the page shows what was saved.
  await page.reload();
  await expect(absent.getByRole("radio", { name: "Frånvarande" })).toBeChecked();
  await expect(page.getByTestId("attendance-marked")).toContainText(world.coordinatorA.name);
});

test("a participant downloads the next joint session and the cohort's feed, both read by a calendar parser", async ({
  page,
  playwright,
  baseURL,
}) => {
  const world = await newWorld();
  const next = world.a.cohort.sessions.find((session) => session.startsAt > new Date())!;
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, world.a.pairs[0]!.menteeUser.email!, TEST_PASSWORD);
  await expect(page).toHaveURL(/\/mentee$/);
  const card = page.getByTestId("next-session-card");
  await expect(card.getByRole("heading")).toHaveText(`Nästa gemensamma träff: ${next.title}`);
  await expect(card).toContainText(`Plats: ${next.location}`);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: /\.ics/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const [event] = events(await readFile(await download.path(), "utf8"));
  expect(event!.uid).toBe(`joint-session-${next.id}@tandem`);
  expect(event!.summary).toBe(next.title);
  expect(event!.startDate.toJSDate().toISOString()).toBe(next.startsAt.toISOString());

  // The feed is fetched as a calendar app does: without the session cookie.
  const address = await page.getByTestId("calendar-feed").inputValue();
  const app = await playwright.request.newContext({ baseURL });
  try {
    const answer = await app.get(new URL(address).pathname);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toContain("text/calendar");
    const feed = events(await answer.text());
    expect(feed.map((one) => one.uid).sort()).toEqual(world.a.cohort.sessions.map((one) => `joint-session-${one.id}@tandem`).sort());
    // A token one character off is not found.
    const path = new URL(address).pathname;
    const at = path.length - 20;
    const altered = `${path.slice(0, at)}${path[at] === "A" ? "B" : "A"}${path.slice(at + 1)}`;
    expect((await app.get(altered)).status()).toBe(404);
  } finally {
    await app.dispose();
  }
});

test("a coordinator closes a cohort after the question, and its pages turn read-only", async ({ page }) => {
  const world = await newWorld();
  const cohortId = world.a.cohort.id;
  await signIn(page, world.coordinatorA.email!, TEST_PASSWORD);
  await page.goto(paths.cohort(cohortId));
  const closing = page.getByTestId("close-cohort");
  await closing.getByRole("button", { name: "Avsluta omgången" }).click();
  const question = page.getByTestId("confirm-step");
  await expect(question).toContainText("2 pågående par avslutas");
  await expect(question).toContainText("Ingen får e-post.");
  await expectAccessible(page);
  await question.getByRole("button", { name: "Ja, avsluta omgången" }).click();
  await expect(page.getByTestId("cohort-closed")).toContainText("2 par höll till slutet, 0 par avslutades tidigare.");
  await expect(page.getByTestId("cohort-status")).toContainText("Avslutad");
  // The settings are shown, no longer as a form.
  await expect(page.getByRole("button", { name: "Spara omgången" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Avsluta omgången" })).toHaveCount(0);
  await expectAccessible(page);

  const pairs = await query<{ endedAs: string }>(
    `SELECT "endedAs"::text AS "endedAs" FROM "Pair" WHERE "cohortId" = $1 AND status = 'ENDED'`,
    [cohortId],
  );
  expect(pairs).toEqual([{ endedAs: "COHORT_CLOSED" }, { endedAs: "COHORT_CLOSED" }]);

  // The sessions: shown, no form to change them, and attendance only to read.
  await page.goto(paths.cohortSessions(cohortId));
  await expect(page.getByText("Omgången är avslutad, så träffarna kan inte ändras.")).toBeVisible();
  await expect(page.getByTestId("joint-session")).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Spara träffen" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: `Närvaro på ${world.a.cohort.sessions[0]!.title}` }).click();
  await expect(page.getByTestId("attendance-summary")).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expectAccessible(page);

  // The participants: listed as having completed it, with no way to invite or import.
  await page.goto(paths.cohortParticipants(cohortId));
  await expect(page.getByTestId("participant-row").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Bjud in/ })).toHaveCount(0);
  await expectAccessible(page);
});
