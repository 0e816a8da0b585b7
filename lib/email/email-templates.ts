import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";
import type { ReminderKind } from "@/lib/generated/prisma/client";
import { formattingLocales, type AppLocale } from "@/lib/i18n/locales";

// An email is a template name plus parameters. Its subject and body are messages under
// emails.<template> (subject, body), rendered in the recipient's language when the email is queued,
// so the outbox shows what was sent. Bodies are plain text; a `link` parameter, when given, is
// printed on a line of its own after the body. A one-time link is the exception: the stored body
// holds oneTimeLinkMarker in its place, and the link is put in only at delivery; so does the link
// at the end of a reminder that turns its kind off.

export type EmailParams = Record<string, string | number | Date>;
export type RenderedEmail = { subject: string; bodyText: string };

const catalogues = { sv, en } as const;

/** Stands for a one-time link in a stored email; only the delivered message carries the link. */
export const oneTimeLinkMarker = "{{one-time-link}}";

/**
 * Stands for the link that turns a kind of reminder off (lib/auth/reminder-off-tokens.ts), made at
 * delivery for the email's recipient; like a one-time link, it is never stored.
 */
export const reminderOffMarker = (kind: ReminderKind) => `{{reminder-off:${kind}}}`;
export const reminderOffMarkerPattern = /\{\{reminder-off:([A-Z_]+)\}\}/g;

/**
 * A stored body cut where its links stand: the text around them, and between each two parts the
 * kind of link that only the delivered message carries.
 */
export function splitAtLinks(bodyText: string): { parts: string[]; links: Array<"oneTime" | "reminderOff"> } {
  const pieces = bodyText.split(/(\{\{one-time-link\}\}|\{\{reminder-off:[A-Z_]+\}\})/);
  return {
    parts: pieces.filter((_, index) => index % 2 === 0),
    links: pieces.filter((_, index) => index % 2 === 1).map((marker) => (marker === oneTimeLinkMarker ? "oneTime" : "reminderOff")),
  };
}

/**
 * A reminder (`reminderOff` names its kind) ends with a line on how to turn that kind off and,
 * on a line of its own, the placeholder of the link that does it.
 */
export function renderEmail(
  template: string,
  locale: AppLocale,
  params: EmailParams = {},
  { reminderOff }: { reminderOff?: ReminderKind } = {},
): RenderedEmail {
  const t = createTranslator({
    locale: formattingLocales[locale],
    messages: catalogues[locale],
    namespace: "emails",
    timeZone: "Europe/Stockholm",
  });
  type Key = Parameters<typeof t>[0];
  const subject = t(`${template}.subject` as Key, params as never);
  const body = t(`${template}.body` as Key, params as never);
  const signature = t("signature");
  const link = typeof params.link === "string" ? `\n\n${params.link}` : "";
  const off = reminderOff ? `\n${t("reminderOff")}\n${reminderOffMarker(reminderOff)}\n` : "";
  return { subject, bodyText: `${body}${link}\n\n${signature}\n${off}` };
}
