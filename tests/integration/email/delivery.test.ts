import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTransport, deliverPendingEmails, maxAttempts } from "@/lib/email/delivery";
import { enqueueEmail } from "@/lib/email/outbox";
import { getOutboxEmail, listOutbox } from "@/lib/email/outbox-queries";
import { getViewer } from "@/lib/auth/session";
import { actAs } from "@/tests/setup/acting";
import { createWorld } from "@/tests/factories/world";

type Received = { to: string[]; raw: string };

// A real SMTP server on a free local port; it keeps what it receives.
async function startSmtp(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("email delivery through SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeEach(async () => {
    smtp = await startSmtp();
  });
  afterEach(async () => {
    await smtp.close();
  });

  const transport = () => createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, from: "Tandem <tandem@example.test>" });

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
      deliverPendingEmails(db, transport(), "tandem@example.test", 4),
      deliverPendingEmails(db, transport(), "tandem@example.test", 4),
    ]);
    await deliverPendingEmails(db, transport(), "tandem@example.test", 4);
    expect(first.sent + second.sent).toBeGreaterThan(0);
    expect(smtp.received).toHaveLength(6);
    expect(new Set(smtp.received.flatMap((mail) => mail.to)).size).toBe(6);
    expect(await db.outboxEmail.count({ where: { status: "SENT" } })).toBe(6);
    const english = smtp.received.find((mail) => mail.to[0] === "person1@example.test")!;
    expect(english.raw).toContain("Choose a password for Tandem");
  });

  it("keeps an email for a later try when the mail server is down, and gives up after the last attempt", async () => {
    await enqueueEmail(db, {
      to: "someone@example.test",
      locale: "sv",
      template: "setPassword",
      params: { name: "A", programme: "P", days: 7 },
    });
    await smtp.close();
    const down = createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, from: "x@example.test" });
    expect(await deliverPendingEmails(db, down, "x@example.test")).toEqual({ sent: 0, failed: 1 });
    const waiting = await db.outboxEmail.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await db.outboxEmail.update({ where: { id: waiting.id }, data: { attempts: maxAttempts - 1, nextAttemptAt: new Date(0) } });
    await deliverPendingEmails(db, down, "x@example.test");
    expect((await db.outboxEmail.findFirstOrThrow()).status).toBe("FAILED");
    smtp = await startSmtp();
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
});
