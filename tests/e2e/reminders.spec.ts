import { expect, expectAccessible, linkSentTo, query, signIn, test } from "./support";

// Email reminders, as a person turns them off: on their account page, and from the link at the end
// of a reminder, which works without signing in and changes nothing until its button is pressed.

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** An account with the demo password and no cohort: its home is the account page. */
async function freshAccount(): Promise<{ id: string; email: string }> {
  const email = `paminnelser-${stamp()}@example.test`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, locale, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), $1, 'Samir Haddad', 'sv', "passwordHash", now() FROM "User" WHERE email = 'mentee@demo.tandem.se'
     RETURNING id`,
    [email],
  );
  return { id: row!.id, email };
}

const turnedOff = async (userId: string) =>
  (await query<{ kind: string }>(`SELECT kind::text FROM "ReminderOptOut" WHERE "userId" = $1 ORDER BY kind`, [userId])).map(
    (row) => row.kind,
  );

test("a person turns a kind of reminder off on the account page, and on again", async ({ page }) => {
  const { id, email } = await freshAccount();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/account$/);
  const section = page.getByTestId("reminder-settings");
  await expect(page.getByRole("heading", { level: 2, name: "Påminnelser via e-post" })).toBeVisible();
  const logMeeting = section.getByLabel("om att registrera en träff, när vårt par inte har registrerat någon på fyra veckor");
  await expect(logMeeting).toBeChecked();
  await expect(section.getByRole("checkbox")).toHaveCount(3);

  await logMeeting.uncheck();
  await section.getByRole("button", { name: "Spara påminnelser" }).click();
  await expect(section.getByTestId("form-success")).toHaveText("Dina påminnelser är sparade.");
  expect(await turnedOff(id)).toEqual(["LOG_MEETING"]);

  await page.reload();
  await expect(logMeeting).not.toBeChecked();
  await expect(section.getByLabel("om en gemensam träff två dagar innan")).toBeChecked();
  await expectAccessible(page);

  await logMeeting.check();
  await section.getByRole("button", { name: "Spara påminnelser" }).click();
  await expect(section.getByTestId("form-success")).toBeVisible();
  expect(await turnedOff(id)).toEqual([]);
});

test("the link at the end of a reminder turns its kind off without signing in, with one press", async ({ page }) => {
  const { id, email } = await freshAccount();
  // A reminder as a reminder job queues it; the app's worker delivers it and makes its link.
  await query(
    `INSERT INTO "OutboxEmail" (id, "toEmail", "userId", locale, template, subject, "bodyText")
     VALUES (gen_random_uuid(), $1, $2, 'sv', 'reminderJointSession', 'Gemensam träff snart', $3)`,
    [
      email,
      id,
      "Hej Samir!\n\nSnart är det dags för nästa gemensamma träff.\n\nHälsningar\nTandem\n\nStäng av dem med den här länken:\n{{reminder-off:JOINT_SESSION}}\n",
    ],
  );
  const link = await linkSentTo(email, "reminders/off");

  // Opening the link turns nothing off: mail programs open links to check them.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Stäng av påminnelser" })).toBeVisible();
  await expect(page.locator("main")).toContainText("påminnelser via e-post om gemensamma träffar");
  await expectAccessible(page);
  expect(await turnedOff(id)).toEqual([]);

  await page.getByRole("button", { name: "Stäng av de här påminnelserna" }).click();
  await expect(page.getByTestId("reminders-off")).toHaveText(
    "Klart. Du får inga fler påminnelser om gemensamma träffar. Du kan slå på dem igen på sidan för ditt konto.",
  );
  await expect(page.getByTestId("reminders-off")).toBeFocused();
  expect(await turnedOff(id)).toEqual(["JOINT_SESSION"]);
  await expectAccessible(page);

  // A link with its signature changed turns nothing off.
  const forged = link.slice(0, -1) + (link.endsWith("A") ? "B" : "A");
  await page.goto(forged);
  await expect(page.getByTestId("link-invalid")).toContainText("Länken fungerar inte.");
  await expect(page.getByRole("button", { name: "Stäng av de här påminnelserna" })).toHaveCount(0);
});
