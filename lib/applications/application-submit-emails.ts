import "server-only";
import { createHash } from "node:crypto";
import { countApplicantEmail, mayEmailApplicant } from "@/lib/applications/application-submit-limits";
import { applicationChangeHours } from "@/lib/applications/application-submit-save";
import { enqueueEmail, type EmailRequest } from "@/lib/email/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { textIn } from "@/lib/i18n/bilingual";
import type { AppLocale } from "@/lib/i18n/locales";

// The emails the public form sends to the address it was given: the receipt of an application,
// or the link that confirms a change of one. Both are queued in the action's transaction and
// count against the address's daily limit; past it, nothing is sent and the form answers the same.

export type ApplyEmail = {
  to: string;
  locale: AppLocale;
  name: string;
  role: string;
  cohort: { name: string; nameEn: string | null; programme: { id: string; name: string; nameEn: string | null } };
};

/** Queues the email unless the address has had its emails for today; true when it is queued now or was before. */
async function sendLimited(tx: Prisma.TransactionClient, request: EmailRequest): Promise<boolean> {
  if (!(await mayEmailApplicant(request.to))) return false;
  if (await enqueueEmail(tx, request)) await countApplicantEmail(request.to);
  return true;
}

const params = (email: ApplyEmail) => ({
  name: email.name,
  programme: textIn(email.locale, email.cohort.programme.name, email.cohort.programme.nameEn),
  cohort: textIn(email.locale, email.cohort.name, email.cohort.nameEn),
  role: email.role,
});

/**
 * The receipt of an application. One per application, content and day: a double click or a
 * reload sends one email, a changed application confirms the change, and applying again another
 * day confirms again.
 */
export async function sendReceipt(tx: Prisma.TransactionClient, email: ApplyEmail, applicationId: string, content: unknown) {
  const digest = createHash("sha256")
    .update(JSON.stringify({ content, day: new Date().toISOString().slice(0, 10) }))
    .digest("hex")
    .slice(0, 24);
  await sendLimited(tx, {
    to: email.to,
    locale: email.locale,
    template: "applicationReceived",
    params: params(email),
    programmeId: email.cohort.programme.id,
    dedupeKey: `application-received:${applicationId}:${digest}`,
  });
}

/**
 * The one-time link that confirms a change kept aside, to the address of the stored application;
 * false when not sent. The link is made when the email is delivered (lib/email/delivery.ts).
 */
export async function sendChangeLink(tx: Prisma.TransactionClient, email: ApplyEmail, changeId: string): Promise<boolean> {
  return sendLimited(tx, {
    to: email.to,
    locale: email.locale,
    template: "applicationChange",
    params: { ...params(email), hours: applicationChangeHours },
    applicationChangeId: changeId,
    // Filed under no programme: the email concerns the applicant, not yet the programme.
    programmeId: null,
  });
}
