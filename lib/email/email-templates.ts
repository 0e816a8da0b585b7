import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";
import { formattingLocales, type AppLocale } from "@/lib/i18n/locales";

// An email is a template name plus parameters. Its subject and body are messages under
// emails.<template> (subject, body), rendered in the recipient's language when the email is queued,
// so the outbox shows what was sent. Bodies are plain text; a `link` parameter, when given, is
// printed on a line of its own after the body. A one-time link is the exception: the stored body
// holds oneTimeLinkMarker in its place, and the link is put in only at delivery.

export type EmailParams = Record<string, string | number | Date>;
export type RenderedEmail = { subject: string; bodyText: string };

const catalogues = { sv, en } as const;

/** Stands for a one-time link in a stored email; only the delivered message carries the link. */
export const oneTimeLinkMarker = "{{one-time-link}}";

export function renderEmail(template: string, locale: AppLocale, params: EmailParams = {}): RenderedEmail {
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
  return { subject, bodyText: `${body}${link}\n\n${signature}\n` };
}
