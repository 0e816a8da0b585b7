import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { isId } from "@/lib/ids";
import { smtpSettingsFromEnv } from "@/lib/email/delivery";
import { splitAtLinks } from "@/lib/email/email-templates";

export const outboxPageSize = 50;

/** Emails about the programmes the viewer runs, newest first. */
export async function listOutbox(viewer: Viewer, page: number) {
  const where = { programmeId: { in: viewer.programmeIds } };
  const [total, emails] = await Promise.all([
    db.outboxEmail.count({ where }),
    db.outboxEmail.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * outboxPageSize,
      take: outboxPageSize,
      select: { id: true, toEmail: true, subject: true, status: true, createdAt: true, sentAt: true, template: true },
    }),
  ]);
  return { total, emails, smtpConfigured: smtpSettingsFromEnv() !== null };
}

/**
 * One email, if it is about a programme the viewer runs. Its body comes in parts: between two
 * parts stood a link (`links`: a one-time link, or one that turns a reminder off), which only the
 * recipient gets and nobody reads here.
 */
export async function getOutboxEmail(viewer: Viewer, emailId: string) {
  if (!isId(emailId)) return null;
  const email = await db.outboxEmail.findUnique({
    where: { id: emailId },
    select: {
      id: true,
      toEmail: true,
      subject: true,
      bodyText: true,
      status: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
      programmeId: true,
      locale: true,
    },
  });
  if (!email?.programmeId || !viewer.programmeIds.includes(email.programmeId)) return null;
  const { bodyText, ...rest } = email;
  const { parts, links } = splitAtLinks(bodyText);
  return { ...rest, bodyParts: parts, links };
}
