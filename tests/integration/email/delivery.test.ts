import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendPasswordLink } from "@/lib/accounts/password-links";
import { getPasswordLinkOwner } from "@/lib/accounts/password-queries";
import { deliverOutbox, deliverPendingEmails, logTransport, maxAttempts } from "@/lib/email/delivery";
import { enqueueEmail } from "@/lib/email/outbox";
import { getOutboxEmail, listOutbox } from "@/lib/email/outbox-queries";
import { readReminderOffToken } from "@/lib/auth/reminder-off-tokens";
import { getViewer } from "@/lib/auth/session";
import { actAs } from "@/tests/setup/acting";
import { testMailbox } from "@/tests/setup/mailbox";
import { linkIn } from "@/tests/setup/smtp-capture";
import { appointCoordinator, createProgramme } from "@/tests/factories/programmes";
import { createUser } from "@/tests/factories/users";
import { createWorld } from "@/tests/factories/world";

const mailbox = testMailbox();

describe("email delivery through SMTP", () => {
  it("sends each queued email exactly once, even with two senders at the same time", async () => {
    for (let i = 0; i < 6; i++) {
      await enqueueEmail(db, {
        to: `person${i}@example.test`,
        locale: i % 2 ? "en" : "sv",
        template: "setPassword",
        params: { name: `P${i}`, programme: "Prog", days: 7, link: "http://x/y" },
      });
    }
    const [first, second] = await Promise.all([
      deliverPendingEmails(db, mailbox.transport(), mailbox.from, 4),
      deliverPendingEmails(db, mailbox.transport(), mailbox.from, 4),
    ]);
    await deliverPendingEmails(db, mailbox.transport(), mailbox.from, 4);
    expect(first.sent + second.sent).toBeGreaterThan(0);
    const received = mailbox.received();
    expect(received).toHaveLength(6);
    expect(new Set(received.flatMap((mail) => mail.to)).size).toBe(6);
    expect(await db.outboxEmail.count({ where: { status: "SENT" } })).toBe(6);
    const english = received.find((mail) => mail.to[0] === "person1@example.test")!;
    expect(english.subject).toBe("Choose a password for Tandem");
    const swedish = received.find((mail) => mail.to[0] === "person0@example.test")!;
    expect(swedish.subject).toBe("Välj ett lösenord till Tandem");
    expect(swedish.text).toContain("Hej P0!");
  });

  it("keeps an email for a later try when the mail server is down, and gives up after the last attempt", async () => {
    await enqueueEmail(db, {
      to: "someone@example.test",
      locale: "sv",
      template: "setPassword",
      params: { name: "A", programme: "P", days: 7 },
    });
    await mailbox.close();
    expect(await deliverPendingEmails(db, mailbox.transport(), mailbox.from)).toEqual({ sent: 0, failed: 1, cancelled: 0 });
    const waiting = await db.outboxEmail.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await db.outboxEmail.update({ where: { id: waiting.id }, data: { attempts: maxAttempts - 1, nextAttemptAt: new Date(0) } });
    await deliverPendingEmails(db, mailbox.transport(), mailbox.from);
    expect((await db.outboxEmail.findFirstOrThrow()).status).toBe("FAILED");
    await mailbox.restart();
  });

  it("delivers batch after batch until the outbox is empty, or its time is up", async () => {
    const request = (i: number) => ({
      to: `p${i}@example.test`,
      locale: "en" as const,
      template: "setPassword",
      params: { name: "P", programme: "P", days: 7 },
    });
    for (let i = 0; i < 25; i++) await enqueueEmail(db, request(i));
    expect(await deliverOutbox(db, mailbox.transport(), mailbox.from, { batchSize: 10, forMs: 0 })).toEqual({
      sent: 10,
      failed: 0,
      cancelled: 0,
    });
    expect(await deliverOutbox(db, mailbox.transport(), mailbox.from, { batchSize: 10 })).toEqual({ sent: 15, failed: 0, cancelled: 0 });
    expect(mailbox.received()).toHaveLength(25);
  });

  it("queues an email with a dedupe key only once", async () => {
    const request = {
      to: "a@example.test",
      locale: "sv" as const,
      template: "setPassword",
      params: { name: "A", programme: "P", days: 7 },
      dedupeKey: "reminder:a:2026-11",
    };
    expect(await enqueueEmail(db, request)).toBe(true);
    expect(await enqueueEmail(db, request)).toBe(false);
    expect(await db.outboxEmail.count()).toBe(1);
  });
});

describe("an email with a one-time link", () => {
  async function linkEmail() {
    const programme = await createProgramme(db, { name: "Mentorskap" });
    const user = await createUser(db, { password: null, email: "nadia@example.test", name: "Nadia Karimi", locale: "en" });
    await sendPasswordLink(db, { id: user.id, name: user.name, email: "nadia@example.test", locale: "en" }, programme);
    return { programme, user };
  }

  it("is stored with a placeholder: the link is made at delivery and exists only in the sent message", async () => {
    const { user } = await linkEmail();
    const stored = await db.outboxEmail.findFirstOrThrow();
    expect(stored.bodyText).toContain("{{one-time-link}}");
    expect(stored.bodyText).not.toMatch(/set-password/);
    const token = await db.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(token.tokenHash).toBeNull();
    expect(stored.oneTimeTokenId).toBe(token.id);

    const [mail] = await mailbox.deliver();
    const link = linkIn(mail!.text, "set-password")!;
    expect(mail!.text).toContain(`http://localhost:3000${link}`);
    expect(mail!.text).not.toContain("{{one-time-link}}");
    expect(await getPasswordLinkOwner(null, link.split("/").pop()!)).toEqual({
      name: "Nadia Karimi",
      email: "nadia@example.test",
      hasPassword: false,
    });

    // After delivery, the stored email and the database still hold no usable token.
    const sent = await db.outboxEmail.findFirstOrThrow();
    expect(sent.status).toBe("SENT");
    expect(sent.bodyText).toBe(stored.bodyText);
    const row = await db.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(link.split("/").pop());
  });

  it("is not sent when a newer link replaced its link before delivery", async () => {
    const { programme, user } = await linkEmail();
    await sendPasswordLink(db, { id: user.id, name: user.name, email: "nadia@example.test", locale: "en" }, programme);
    expect(await deliverPendingEmails(db, mailbox.transport(), mailbox.from)).toEqual({ sent: 1, failed: 0, cancelled: 1 });
    const statuses = await db.outboxEmail.findMany({ orderBy: { createdAt: "asc" }, select: { status: true } });
    expect(statuses.map((email) => email.status).sort()).toEqual(["CANCELLED", "SENT"]);
    expect(mailbox.received()).toHaveLength(1);
  });

  it("gets a fresh token when its delivery is tried again", async () => {
    await linkEmail();
    await mailbox.close();
    await deliverPendingEmails(db, mailbox.transport(), mailbox.from);
    await mailbox.restart();
    await db.outboxEmail.updateMany({ data: { nextAttemptAt: new Date(0) } });
    const link = await mailbox.linkTo("nadia@example.test");
    expect(await getPasswordLinkOwner(null, link!.split("/").pop()!)).toMatchObject({ email: "nadia@example.test" });
  });

  it("without a mail server, goes to the server's own output, link included, and the database keeps none", async () => {
    await linkEmail();
    const output: string[] = [];
    expect(
      await deliverPendingEmails(
        db,
        logTransport((text) => output.push(text)),
        "x@example.test",
      ),
    ).toMatchObject({ sent: 1 });
    expect(output.join("")).toContain("To: nadia@example.test");
    const link = linkIn(output.join(""), "set-password")!;
    expect(await getPasswordLinkOwner(null, link.split("/").pop()!)).toMatchObject({ email: "nadia@example.test" });
    const stored = await db.outboxEmail.findFirstOrThrow();
    expect(stored.bodyText).not.toContain(link);
  });
});

describe("a reminder", () => {
  async function reminder() {
    const programme = await createProgramme(db, { name: "Mentorskap" });
    const user = await createUser(db, { email: "omar@example.test", name: "Omar", locale: "en" });
    await enqueueEmail(db, {
      to: "omar@example.test",
      locale: "en",
      template: "reminderConfirmMeeting",
      params: { name: "Omar", partnerName: "Eva", heldOn: new Date("2031-03-10"), link: "http://localhost:3000/mentee" },
      userId: user.id,
      programmeId: programme.id,
      reminderOff: "CONFIRM_MEETING",
    });
    return { programme, user };
  }

  it("carries a link that turns its kind off, made at delivery for its recipient and stored nowhere", async () => {
    const { programme, user } = await reminder();
    const stored = await db.outboxEmail.findFirstOrThrow();
    expect(stored.bodyText).toContain(
      "To stop reminders of this kind, open this link (no need to sign in):\n{{reminder-off:CONFIRM_MEETING}}",
    );

    const [mail] = await mailbox.deliver();
    const link = linkIn(mail!.text, "reminders/off")!;
    expect(mail!.text).toContain(`http://localhost:3000${link}`);
    expect(mail!.text).not.toContain("{{");
    expect(readReminderOffToken(link.split("/").pop()!)).toEqual({ userId: user.id, kind: "CONFIRM_MEETING" });
    expect((await db.outboxEmail.findFirstOrThrow()).bodyText).toBe(stored.bodyText);

    // The coordinators' outbox shows where the link stands, never the link.
    const coordinator = await createUser(db);
    await appointCoordinator(db, { programmeId: programme.id, userId: coordinator.id });
    actAs(coordinator);
    const shown = await getOutboxEmail((await getViewer())!, stored.id);
    expect(shown!.links).toEqual(["reminderOff"]);
    expect(shown!.bodyParts.join("")).not.toContain("{{");
  });

  it("is not sent once its recipient's account is gone", async () => {
    const { user } = await reminder();
    await db.outboxEmail.updateMany({ data: { userId: null } });
    expect(await deliverPendingEmails(db, mailbox.transport(), mailbox.from)).toEqual({ sent: 0, failed: 0, cancelled: 1 });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });
});

describe("the outbox in the app", () => {
  it("shows a coordinator only the emails of their programmes", async () => {
    const world = await createWorld(db);
    await enqueueEmail(db, {
      to: "a@example.test",
      locale: "sv",
      template: "setPassword",
      params: { name: "A", programme: "A", days: 7 },
      programmeId: world.programmeA.id,
    });
    await enqueueEmail(db, {
      to: "b@example.test",
      locale: "sv",
      template: "setPassword",
      params: { name: "B", programme: "B", days: 7 },
      programmeId: world.programmeB.id,
    });
    const emailB = await db.outboxEmail.findFirstOrThrow({ where: { programmeId: world.programmeB.id } });

    actAs(world.coordinatorA);
    const viewer = (await getViewer())!;
    const { emails, total } = await listOutbox(viewer, 1);
    expect(total).toBe(1);
    expect(emails[0]!.toEmail).toBe("a@example.test");
    expect(await getOutboxEmail(viewer, emailB.id)).toBeNull();
    expect(await getOutboxEmail(viewer, "not-an-id")).toBeNull();

    actAs(world.a.pairs[0]!.mentorUser);
    expect((await listOutbox((await getViewer())!, 1)).total).toBe(0);
  });

  it("shows that a link was sent, never the link, before and after delivery", async () => {
    const world = await createWorld(db);
    const user = await createUser(db, { password: null, email: "new@example.test" });
    await sendPasswordLink(db, { id: user.id, name: user.name, email: "new@example.test", locale: "sv" }, world.programmeA);
    const stored = await db.outboxEmail.findFirstOrThrow();
    actAs(world.coordinatorA);
    const viewer = (await getViewer())!;

    const before = await getOutboxEmail(viewer, stored.id);
    expect(before!.bodyParts).toHaveLength(2);
    const link = await mailbox.linkTo("new@example.test");
    expect(link).toMatch(/^\/set-password\//);
    const after = await getOutboxEmail(viewer, stored.id);
    expect(after!.status).toBe("SENT");
    expect(after!.bodyParts.join("")).not.toMatch(/set-password|\{\{/);
    expect(JSON.stringify(after)).not.toContain(link!.split("/").pop());
  });
});
