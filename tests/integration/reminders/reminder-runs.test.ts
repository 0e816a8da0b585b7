import { describe, expect, it } from "vitest";
import { now, setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { sendDueReminders } from "@/lib/reminders/reminder-runs";
import { createMeeting } from "@/tests/factories/meetings";
import { at, createReminderWorld } from "@/tests/factories/reminder-world";

// The reminder runs against the clock: nothing is due until time passes the threshold, then each
// person gets one email per period in their own language, and those who turned the kind off none.

const emailsOf = (template: string) =>
  db.outboxEmail.findMany({
    where: { template },
    orderBy: { toEmail: "asc" },
    select: { toEmail: true, subject: true, bodyText: true, dedupeKey: true, userId: true, locale: true },
  });

describe("the reminder to log a meeting", () => {
  it("comes four weeks after publishing, to both sides in their own language, once per four weeks", async () => {
    const world = await createReminderWorld(db);
    const { first, second } = world;

    setClock(at("2031-03-30", "23:30"));
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(0);

    setClock(at("2031-03-31", "00:30"));
    // Pair 1: both sides. Pair 2: only the mentee, the mentor has turned this kind off.
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(3);
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(0);

    const emails = await emailsOf("reminderLogMeeting");
    expect(emails.map((email) => email.userId).sort()).toEqual([first.mentor.user.id, first.mentee.user.id, second.mentee.user.id].sort());
    const english = emails.find((email) => email.userId === first.mentor.user.id)!;
    expect(english).toMatchObject({ locale: "en", subject: "Have you met your mentee?" });
    expect(english.bodyText).toContain("No meeting is logged in your pair yet. Have you met Reminded Mentee 1?");
    expect(english.bodyText).toContain(`/mentor/pairs/${first.pair.id}`);
    expect(english.bodyText).toContain("{{reminder-off:LOG_MEETING}}");
    expect(english.dedupeKey).toBe(`logMeeting:${first.mentor.user.id}:${first.pair.id}/2031-03-31`);
    const swedish = emails.find((email) => email.userId === first.mentee.user.id)!;
    expect(swedish).toMatchObject({ locale: "sv", subject: "Har du träffat din mentor?" });
    expect(swedish.bodyText).toContain("Hej Reminded Mentee 1!");

    // Four weeks more without a meeting: the next period.
    setClock(at("2031-04-27", "09:00"));
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(0);
    setClock(at("2031-04-28", "09:00"));
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(3);
  });

  it("counts from the last meeting, so a pair that meets is not reminded", async () => {
    const world = await createReminderWorld(db);
    await createMeeting(db, { pair: world.first.pair, heldOn: new Date("2031-03-20") });

    setClock(at("2031-04-16", "12:00"));
    // Only pair 2's mentee: pair 1 met on 20 March.
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(1);
    setClock(at("2031-04-17", "08:00"));
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(2);
    const email = (await emailsOf("reminderLogMeeting")).find((one) => one.userId === world.first.mentor.user.id)!;
    expect(email.bodyText).toContain(
      "The last meeting logged in your pair was on 20 March 2031. Have you met Reminded Mentee 1 since then?",
    );
  });

  it("does not count a meeting the partner says did not happen, and counts one still waiting for its confirmation", async () => {
    const world = await createReminderWorld(db);
    const disputed = await createMeeting(db, { pair: world.first.pair, heldOn: new Date("2031-03-20"), confirmed: false });
    await db.meeting.update({
      where: { id: disputed.id },
      data: { disputedAt: at("2031-03-21"), disputedById: world.first.mentee.user.id, disputeNote: "We never met." },
    });
    await createMeeting(db, { pair: world.second.pair, heldOn: new Date("2031-03-20"), confirmed: false });

    // Four weeks after publishing: pair 1 has held no meeting (its only one is disputed), so both
    // of its people are reminded; pair 2's unconfirmed meeting of 20 March counts.
    setClock(at("2031-03-31", "00:30"));
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(2);
    const emails = await emailsOf("reminderLogMeeting");
    expect(emails.map((email) => email.userId).sort()).toEqual([world.first.mentor.user.id, world.first.mentee.user.id].sort());
    expect(emails[0]!.bodyText).toContain("No meeting is logged in your pair yet.");
  });

  it("stops when the cohort closes or the pair ends", async () => {
    const world = await createReminderWorld(db);
    await db.pair.update({ where: { id: world.first.pair.id }, data: { status: "ENDED", endedAt: world.publishedAt } });
    setClock(at("2031-04-01"));
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(1);
    await db.cohort.update({ where: { id: world.cohort.id }, data: { status: "CLOSED" } });
    setClock(at("2031-05-01"));
    expect(await sendDueReminders(db, "LOG_MEETING", now())).toBe(0);
  });
});

describe("the reminder to confirm a meeting", () => {
  it("goes to the partner of whoever logged it, three days later, once", async () => {
    const world = await createReminderWorld(db);
    const { first } = world;
    const meeting = await createMeeting(db, {
      pair: first.pair,
      heldOn: new Date("2031-03-10"),
      loggedById: first.mentee.user.id,
      confirmed: false,
    });
    await db.meeting.update({ where: { id: meeting.id }, data: { createdAt: at("2031-03-11", "10:00") } });
    const confirmed = await createMeeting(db, { pair: world.second.pair, heldOn: new Date("2031-03-10") });
    await db.meeting.update({ where: { id: confirmed.id }, data: { createdAt: at("2031-03-11", "10:00") } });

    setClock(at("2031-03-14", "09:59"));
    expect(await sendDueReminders(db, "CONFIRM_MEETING", now())).toBe(0);
    setClock(at("2031-03-14", "10:01"));
    expect(await sendDueReminders(db, "CONFIRM_MEETING", now())).toBe(1);
    setClock(at("2031-03-20", "10:01"));
    expect(await sendDueReminders(db, "CONFIRM_MEETING", now())).toBe(0);

    const [email] = await emailsOf("reminderConfirmMeeting");
    expect(email).toMatchObject({
      userId: first.mentor.user.id,
      locale: "en",
      subject: "Confirm your meeting with Reminded Mentee 1",
      dedupeKey: `confirmMeeting:${first.mentor.user.id}:${meeting.id}`,
    });
    expect(email!.bodyText).toContain("has logged a meeting with you on 10 March 2031");
  });

  it("is not sent to someone who turned it off, nor for a meeting confirmed meanwhile", async () => {
    const world = await createReminderWorld(db);
    const { first, second } = world;
    const byMentee = await createMeeting(db, {
      pair: first.pair,
      heldOn: new Date("2031-03-10"),
      loggedById: first.mentee.user.id,
      confirmed: false,
    });
    const byMentor = await createMeeting(db, {
      pair: second.pair,
      heldOn: new Date("2031-03-10"),
      loggedById: second.mentor.user.id,
      confirmed: false,
    });
    for (const id of [byMentee.id, byMentor.id]) await db.meeting.update({ where: { id }, data: { createdAt: at("2031-03-11") } });
    await db.reminderOptOut.create({ data: { userId: first.mentor.user.id, kind: "CONFIRM_MEETING" } });
    await db.meeting.update({ where: { id: byMentor.id }, data: { confirmedAt: at("2031-03-12"), confirmedById: second.mentee.user.id } });

    setClock(at("2031-03-15"));
    expect(await sendDueReminders(db, "CONFIRM_MEETING", now())).toBe(0);
  });

  it("is not sent for a meeting the partner said did not happen, and is again once the author changes its date", async () => {
    const world = await createReminderWorld(db);
    const { first } = world;
    const meeting = await createMeeting(db, {
      pair: first.pair,
      heldOn: new Date("2031-03-10"),
      loggedById: first.mentee.user.id,
      confirmed: false,
    });
    await db.meeting.update({
      where: { id: meeting.id },
      data: { createdAt: at("2031-03-11"), disputedAt: at("2031-03-12"), disputedById: first.mentor.user.id },
    });

    setClock(at("2031-03-15"));
    expect(await sendDueReminders(db, "CONFIRM_MEETING", now())).toBe(0);

    // The dispute cleared (as an edit of the date does): the partner is asked to confirm.
    await db.meeting.update({ where: { id: meeting.id }, data: { disputedAt: null, disputedById: null } });
    expect(await sendDueReminders(db, "CONFIRM_MEETING", now())).toBe(1);
  });
});

describe("the reminder of a joint session", () => {
  it("goes to every active participant of the cohort two days before, in their language, once", async () => {
    const world = await createReminderWorld(db);

    setClock(at("2031-04-08", "16:59"));
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(0);
    setClock(at("2031-04-08", "17:01"));
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(world.active.length);
    setClock(at("2031-04-09", "12:00"));
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(0);

    const emails = await emailsOf("reminderJointSession");
    expect(emails.map((email) => email.userId).sort()).toEqual(world.active.map((user) => user.id).sort());
    expect(emails.map((email) => email.userId)).not.toContain(world.withdrawn.user.id);
    const english = emails.find((email) => email.userId === world.first.mentor.user.id)!;
    expect(english.subject).toBe("Joint session on 10 April 2031: Halftime session");
    expect(english.bodyText).toContain("Thursday, 10 April 2031 at 17:00\nFolkets hus, Stockholm");
    const swedish = emails.find((email) => email.userId === world.first.mentee.user.id)!;
    expect(swedish.subject).toBe("Gemensam träff 10 april 2031: Halftime session");
    expect(swedish.bodyText).toContain("torsdag 10 april 2031 klockan 17:00");

    // Moved to a later day: announced again, two days before its new time.
    await db.jointSession.update({
      where: { id: world.session.id },
      data: { startsAt: at("2031-04-11", "17:00"), endsAt: at("2031-04-11", "19:00") },
    });
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(0);
    setClock(at("2031-04-09", "17:01"));
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(world.active.length);
  });

  it("leaves out those who turned it off", async () => {
    const world = await createReminderWorld(db);
    await db.reminderOptOut.create({ data: { userId: world.first.mentee.user.id, kind: "JOINT_SESSION" } });
    setClock(at("2031-04-09"));
    expect(await sendDueReminders(db, "JOINT_SESSION", now())).toBe(world.active.length - 1);
  });
});
