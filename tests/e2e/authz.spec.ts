import { test as plainTest, type APIRequestContext, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";
import { createDoorWorld, type DoorWorld } from "@/tests/factories/door-world";
import { appRoutes, builtRoutes, clientFor, expectationOf, expectVisit, routeTableFile } from "./route-doors";
import { notDoors, routeTable, type Account, type Visitor } from "./route-table";
import { expect, expectAccessible, query, signIn, test } from "./support";

async function expectNotFound(page: Page, path: string, hiddenName?: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  // Its own title, never the title of the page asked for ("Ert par · Tandem").
  await expect(page).toHaveTitle("Sidan finns inte · Tandem");
  if (hiddenName) {
    await expect(page).not.toHaveTitle(new RegExp(hiddenName));
    await expect(page.locator("main")).not.toContainText(hiddenName);
  }
}

test("a mentee gets not found for coordinator pages, another pair, and a malformed id", async ({ page }) => {
  const [other] = await query<{ id: string; mentor: string }>(
    `SELECT p.id, mu.name AS mentor FROM "Pair" p
       JOIN "Participation" me ON me.id = p."menteeParticipationId" JOIN "User" meu ON meu.id = me."userId"
       JOIN "Participation" mo ON mo.id = p."mentorParticipationId" JOIN "User" mu ON mu.id = mo."userId"
     WHERE p.status = 'ACTIVE' AND meu.email <> 'mentee@demo.tandem.se' LIMIT 1`,
  );
  const [own] = await query<{ id: string }>(
    `SELECT p.id FROM "Pair" p JOIN "Participation" me ON me.id = p."menteeParticipationId" JOIN "User" u ON u.id = me."userId"
     WHERE u.email = 'mentee@demo.tandem.se' AND p.status = 'ACTIVE'`,
  );
  await signIn(page, "mentee@demo.tandem.se");
  await expectNotFound(page, "/coordinator");
  await expectAccessible(page);
  await expectNotFound(page, `/mentee/pairs/${other!.id}`, other!.mentor);
  await expectNotFound(page, `/mentor/pairs/${other!.id}`, other!.mentor);
  // Their own pair, but through the mentor's address: they are not its mentor.
  await expectNotFound(page, `/mentor/pairs/${own!.id}`);
  await expectNotFound(page, "/mentee/pairs/not-a-valid-id");
  await expectNotFound(page, "/mentor");
});

test("a mentor gets not found for another pair, and a visitor is sent to sign in", async ({ page }) => {
  const [other] = await query<{ id: string }>(
    `SELECT p.id FROM "Pair" p JOIN "Participation" mo ON mo.id = p."mentorParticipationId" JOIN "User" u ON u.id = mo."userId"
     WHERE p.status = 'ACTIVE' AND u.email NOT IN ('mentor@demo.tandem.se', 'returning@demo.tandem.se') LIMIT 1`,
  );
  await page.goto(`/mentor/pairs/${other!.id}`);
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, "mentor@demo.tandem.se");
  await expectNotFound(page, `/mentor/pairs/${other!.id}`);
});

// The authorization matrix of the routes: every page.tsx and route.ts of app/ (and of the build
// under test), each opened by someone signed out, a participant of another pair, a coordinator of
// another programme and the rightful person, on a door world of its own. Over HTTP, without
// following redirects, so the status is the server's own: not found is a 404 that shows nothing
// of what the rightful person sees; someone signed out is sent to sign in. The table is
// tests/e2e/route-table.ts; a route without an entry fails here, named.
// Plain Playwright tests: they open no page, so there is no page to check for accessibility at the end.
plainTest.describe("every route", () => {
  plainTest.describe.configure({ mode: "default", timeout: 120_000 });
  let world: DoorWorld;
  let disconnect: () => Promise<void>;
  const clients = new Map<string, Promise<APIRequestContext>>();

  plainTest.beforeAll(async () => {
    const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
    disconnect = () => db.$disconnect();
    world = await createDoorWorld(db);
  });

  plainTest.afterAll(async () => {
    for (const client of clients.values()) await (await client).dispose();
    await disconnect();
  });

  plainTest("every route of app/ and of the build has an entry, and every entry a route", () => {
    const found = appRoutes();
    const built = builtRoutes().filter((route) => !notDoors.includes(route));
    expect(found.length).toBeGreaterThan(25);
    expect(built, "the build serves the routes found in app/").toEqual(found);
    const missing = found.filter((route) => !(route in routeTable));
    const stale = Object.keys(routeTable).filter((route) => !found.includes(route));
    expect(missing, `routes without an entry in ${routeTableFile}`).toEqual([]);
    expect(stale, `entries in ${routeTableFile} for routes that no longer exist`).toEqual([]);
  });

  for (const route of Object.keys(routeTable)) {
    plainTest(`${route}: only its rightful person gets in`, async ({ playwright, baseURL }) => {
      const entry = routeTable[route]!;
      const client = (account: Account | null) => {
        const email = account?.email ?? null;
        if (!clients.has(email ?? "")) clients.set(email ?? "", clientFor(playwright.request, baseURL!, email));
        return clients.get(email ?? "")!;
      };
      const rightful = typeof entry.rightful === "function" ? entry.rightful(world) : world.coordinatorA;
      const visitors: Array<[Visitor, Account | null]> = [
        ["anonymous", null],
        ["otherParticipant", entry.otherParticipant?.(world) ?? world.a.pairs[1]!.mentorUser],
        ["otherCoordinator", world.coordinatorB],
        ["rightful", rightful],
      ];
      const url = entry.path(world);
      for (const [visitor, account] of visitors) {
        await expectVisit(await client(account), url, expectationOf(entry, visitor), entry, entry.shows(world), `${visitor} at ${url}`);
      }
    });
  }
});
