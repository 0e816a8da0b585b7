import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { idleState } from "@/lib/actions/action-state";
import { readReminderOffToken, reminderOffToken } from "@/lib/auth/reminder-off-tokens";
import { now, setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { saveReminderSettingsAction, turnOffRemindersAction } from "@/lib/reminders/reminder-actions";
import { getReminderOffLink, getReminderSettings } from "@/lib/reminders/reminder-queries";
import { sendDueReminders } from "@/lib/reminders/reminder-runs";
import { getViewer } from "@/lib/auth/session";
import { at, createReminderWorld } from "@/tests/factories/reminder-world";
import { createUser } from "@/tests/factories/users";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { testMailbox } from "@/tests/setup/mailbox";
import { linkIn } from "@/tests/setup/smtp-capture";

const mailbox = testMailbox();

const form = (fields: Record<string, string[]>) => {
  const data = new FormData();
  for (const [name, values] of Object.entries(fields)) for (const value of values) data.append(name, value);
  return data;
};

/** The token with one character of its signature changed. */
const tampered = (token: string) => token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");

describe("turning reminders off on the account page", () => {
  it("keeps the ticked kinds on and turns the others off, until they are ticked again", async () => {
    const world = await createReminderWorld(db);
    const { user } = world.first.mentor;
    actAs(user);
    const viewer = (await getViewer())!;
    expect(await getReminderSettings(viewer)).toEqual({ on: ["LOG_MEETING", "CONFIRM_MEETING", "JOINT_SESSION"] });

    useLocale("en");
    expect(await saveReminderSettingsAction(idleState, form({ on: ["CONFIRM_MEETING"] }))).toEqual({
      ok: true,
      message: "Your reminders are saved.",
    });
    expect(await getReminderSettings(viewer)).toEqual({ on: ["CONFIRM_MEETING"] });
    setClock(at("2031-04-09"));
    // Both mentees; both mentors have turned this kind off.
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(2);
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(world.active.length - 1);

    expect(await saveReminderSettingsAction(idleState, form({ on: ["LOG_MEETING", "CONFIRM_MEETING", "JOINT_SESSION"] }))).toMatchObject({
      ok: true,
    });
    expect(await getReminderSettings(viewer)).toEqual({ on: ["LOG_MEETING", "CONFIRM_MEETING", "JOINT_SESSION"] });
    // On again: the first mentor's reminder of this period follows.
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "reminders.choose", subjectUserId: user.id } })).toBe(2);
  });

  it("refuses a kind that does not exist, next to the field, and changes nothing", async () => {
    const world = await createReminderWorld(db);
    actAs(world.first.mentor.user);
    const answer = await saveReminderSettingsAction(idleState, form({ on: ["LOG_MEETING", "EVERYTHING"] }));
    expect(answer).toMatchObject({ ok: false, fieldErrors: { on: [expect.any(String)] } });
    expect(await db.reminderOptOut.count({ where: { userId: world.first.mentor.user.id } })).toBe(0);
  });
});

describe("the link in a reminder", () => {
  it("turns that kind off for its recipient with one press, without signing in", async () => {
    const world = await createReminderWorld(db);
    const { user } = world.first.mentee;
    setClock(at("2031-04-09"));
    await sendDueReminders(db, "JOINT_SESSION", now());
    await mailbox.deliver();
    const mail = mailbox.received().find((one) => one.to.includes(user.email!))!;
    const token = linkIn(mail.text, "reminders/off")!.split("/").pop()!;

    // Opening the page changes nothing: mail programs open links to check them.
    expect(await getReminderOffLink(null, token)).toEqual({ kind: "JOINT_SESSION" });
    expect(await db.reminderOptOut.count()).toBe(1); // the second mentor's, from the world

    actAs(null);
    useLocale("en");
    expect(await turnOffRemindersAction(token, idleState, new FormData())).toEqual({
      ok: true,
      message: "Done. You get no more reminders of joint sessions. You can turn them on again on your account page.",
    });
    expect(await db.reminderOptOut.findMany({ where: { userId: user.id }, select: { kind: true } })).toEqual([{ kind: "JOINT_SESSION" }]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "reminders.turn_off" } });
    expect(entry).toMatchObject({ actorId: user.id, subjectUserId: user.id, details: { kind: "JOINT_SESSION" } });

    // Pressed again (a second tab): still off, still fine.
    expect(await turnOffRemindersAction(token, idleState, new FormData())).toMatchObject({ ok: true });

    // The next session's reminder leaves them out; their other kinds stay on.
    await db.jointSession.update({ where: { id: world.session.id }, data: { startsAt: at("2031-04-10", "18:00") } });
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(world.active.length - 1);
    expect(await getReminderSettings((await viewerOf(user.id))!)).toEqual({ on: ["LOG_MEETING", "CONFIRM_MEETING"] });
  });

  it("refuses a forged or altered token, and changes nothing", async () => {
    const user = await createUser(db);
    const token = reminderOffToken(user.id, "LOG_MEETING");
    expect(readReminderOffToken(token)).toEqual({ userId: user.id, kind: "LOG_MEETING" });

    // Someone who knows a person's id and the format, but not the server's secret.
    const id = Buffer.from(user.id.replace(/-/g, ""), "hex");
    const guessedMac = createHmac("sha256", "not the server's secret").update(`${user.id}:LOG_MEETING`).digest().subarray(0, 16);
    const forged = Buffer.concat([id, Buffer.from([1]), guessedMac]).toString("base64url");
    // The signature of one kind does not turn another off.
    const otherKind = Buffer.from(token, "base64url");
    otherKind[16] = 3;

    useLocale("en");
    for (const bad of [tampered(token), forged, otherKind.toString("base64url"), "not-a-token", `${token}A`]) {
      expect(await getReminderOffLink(null, bad)).toBeNull();
      expect(await turnOffRemindersAction(bad, idleState, new FormData())).toMatchObject({
        ok: false,
        message: "This link does not work. Copy the whole link from the email, or turn reminders off on your account page.",
      });
    }
    expect(await db.reminderOptOut.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("does not work once the account is gone", async () => {
    const user = await createUser(db);
    const token = reminderOffToken(user.id, "CONFIRM_MEETING");
    await db.user.delete({ where: { id: user.id } });
    expect(await getReminderOffLink(null, token)).toBeNull();
    expect(await turnOffRemindersAction(token, idleState, new FormData())).toMatchObject({ ok: false });
  });
});

async function viewerOf(userId: string) {
  actAs({ id: userId });
  return getViewer();
}
