import "server-only";
import { createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { defaultLocale, formattingLocales, isLocale } from "@/lib/i18n/locales";

// The one place pages format dates, times and numbers: in the reader's language, English in
// British conventions (lib/i18n/locales.ts), Stockholm's time.

export const timeZone = "Europe/Stockholm";

/** A formatter (dateTime, dateTimeRange, number …) for the reader's language. */
export async function getFormat() {
  const locale = await getLocale();
  return createFormatter({ locale: formattingLocales[isLocale(locale) ? locale : defaultLocale], timeZone });
}
