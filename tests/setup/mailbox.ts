import { afterEach, beforeEach } from "vitest";
import { db } from "@/lib/db";
import { createTransport, deliverPendingEmails } from "@/lib/email/delivery";
import { linkIn, startSmtpCapture, type CapturedMail, type LinkKind, type SmtpCapture } from "@/tests/setup/smtp-capture";

const from = "Tandem <tandem@example.test>";

/**
 * A mailbox for the tests of a file: a real SMTP server for each test, and the outbox delivered to
 * it, so a test reads an email (and its one-time link) as the person would, from their inbox.
 */
export function testMailbox() {
  let smtp: SmtpCapture;
  beforeEach(async () => {
    smtp = await startSmtpCapture();
  });
  afterEach(async () => {
    await smtp.close();
  });
  const transport = () => createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, from });
  return {
    transport,
    from,
    /** What arrived so far. */
    received: (): CapturedMail[] => smtp.received,
    /** Delivers what the outbox holds; returns everything that has arrived. */
    deliver: async (): Promise<CapturedMail[]> => {
      await deliverPendingEmails(db, transport(), from);
      return smtp.received;
    },
    /** The newest link of a kind that reached the address, after delivering what is due. */
    linkTo: async (email: string, kind: LinkKind = "set-password"): Promise<string | null> => {
      await deliverPendingEmails(db, transport(), from);
      const mails = smtp.received.filter((mail) => mail.to.includes(email));
      return mails.map((mail) => linkIn(mail.text, kind)).findLast((link) => link !== null) ?? null;
    },
    /** Stops the server (a mail server that is down). */
    close: () => smtp.close(),
    restart: async () => {
      smtp = await startSmtpCapture();
    },
  };
}

export type TestMailbox = ReturnType<typeof testMailbox>;
