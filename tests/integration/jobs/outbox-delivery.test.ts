import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { outboxDelivery } from "@/lib/jobs/job-list";
import { testMailbox } from "@/tests/setup/mailbox";
import { eventually, testWorkers } from "@/tests/setup/workers";

const mailbox = testMailbox();
const workers = testWorkers();

const email = (to: string) => ({
  to,
  locale: "en" as const,
  template: "setPassword",
  params: { name: "Pat", programme: "Programme", days: 7, link: "http://x/y" },
});

describe("the outbox on the job queue", () => {
  it("delivers an email soon after its transaction commits, without waiting for the schedule", async () => {
    await workers.start({ mail: { transport: mailbox.transport(), from: mailbox.from } });
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, email("soon@example.test"));
      // Not committed yet: nobody may send it.
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(mailbox.received()).toHaveLength(0);
    });
    const received = await eventually(() => mailbox.received().length === 1 && mailbox.received(), { what: "the email" });
    expect(received[0]!.to).toEqual(["soon@example.test"]);
    const sent = await eventually(() => db.outboxEmail.findFirst({ where: { status: "SENT" } }), { what: "the email marked sent" });
    expect(sent.attempts).toBe(1);
  });

  it("sends nothing for a change that was rolled back", async () => {
    await workers.start({ mail: { transport: mailbox.transport(), from: mailbox.from } });
    await db
      .$transaction(async (tx) => {
        await enqueueEmail(tx, email("never@example.test"));
        throw new Error("the change fails");
      })
      .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await db.outboxEmail.count()).toBe(0);
    expect(mailbox.received()).toHaveLength(0);
  });

  it("keeps a schedule for the delivery, and one waiting run however often it is asked for", async () => {
    const worker = await workers.start({ mail: { transport: mailbox.transport(), from: mailbox.from }, jobs: [outboxDelivery] });
    const schedules = await worker.boss.getSchedules();
    expect(schedules.find((schedule) => schedule.name === outboxDelivery.name)).toMatchObject({ cron: "* * * * *" });

    // The worker asks for a run when it starts listening; once that one is done, runs asked for an
    // hour ahead stay waiting, and only the first of them is kept.
    await eventually(async () => (await worker.boss.getQueueSize(outboxDelivery.name, { before: "completed" })) === 0, {
      what: "the first delivery run",
    });
    const asked = await Promise.all([1, 2, 3].map(() => worker.runSoon(outboxDelivery.name, { startAfter: 3600 })));
    expect(asked.filter((id) => id !== null)).toHaveLength(1);
    expect(await worker.boss.getQueueSize(outboxDelivery.name)).toBe(1);
  });
});
