import type { Db } from "@/lib/db/client";
import type { Prisma, ReminderKind } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/locales";
import { oneTimeLinkMarker, renderEmail, type EmailParams } from "@/lib/email/email-templates";

type Client = Db | Prisma.TransactionClient;

export type EmailRequest = {
  to: string;
  locale: AppLocale;
  template: string;
  params?: EmailParams;
  userId?: string | null;
  programmeId?: string | null;
  /**
   * Makes the email unique: a second request with the same key is ignored. Reminders use
   * "<kind>:<who>:<period>" so each goes out once per period, however many instances run.
   */
  dedupeKey?: string;
  /**
   * The one-time link (issueOneTimeToken) the email carries as its `link`. The stored email keeps a
   * placeholder; the link is made and put in only when the email is delivered.
   */
  oneTimeTokenId?: string;
  /** The same for the link that confirms a kept-aside change of an application. */
  applicationChangeId?: string;
  /**
   * A reminder of this kind: it ends with the link that turns the kind off for `userId`, made at
   * delivery (lib/auth/reminder-off-tokens.ts).
   */
  reminderOff?: ReminderKind;
};

/** The outbox row of one email, rendered in its recipient's language. */
export function outboxRow(request: EmailRequest): Prisma.OutboxEmailCreateManyInput {
  const carriesLink = Boolean(request.oneTimeTokenId ?? request.applicationChangeId);
  const params = carriesLink ? { ...request.params, link: oneTimeLinkMarker } : request.params;
  const { subject, bodyText } = renderEmail(request.template, request.locale, params, { reminderOff: request.reminderOff });
  return {
    toEmail: request.to,
    locale: request.locale,
    template: request.template,
    subject,
    bodyText,
    userId: request.userId ?? null,
    programmeId: request.programmeId ?? null,
    dedupeKey: request.dedupeKey ?? null,
    oneTimeTokenId: request.oneTimeTokenId ?? null,
    applicationChangeId: request.applicationChangeId ?? null,
  };
}

/**
 * Queues an email in the outbox, in the same transaction as the change it reports when given one,
 * so an email is never sent for a change that was rolled back, and never lost for one that was
 * saved. Returns false when the dedupe key was already used.
 */
export async function enqueueEmail(client: Client, request: EmailRequest): Promise<boolean> {
  const rows = await client.outboxEmail.createMany({ data: [outboxRow(request)], skipDuplicates: true });
  return rows.count === 1;
}
