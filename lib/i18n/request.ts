import { cookies, headers } from "next/headers";
import type { AbstractIntlMessages } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { isLocale, localeCookie, localeFromAcceptLanguage } from "@/lib/i18n/locales";

// Tandem keeps the language in a cookie rather than in the URL: links people receive by email
// stay the same in both languages, and the choice is remembered across visits. A first visit
// (no cookie yet) follows the browser's languages; signing in applies the account's language.
export default getRequestConfig(async () => {
  const store = await cookies();
  const chosen = store.get(localeCookie)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get("accept-language"));
  const { default: messages } = (await import(`../../messages/${locale}.json`)) as { default: AbstractIntlMessages };
  return {
    locale,
    messages,
    timeZone: "Europe/Stockholm",
    // A missing message shows its key rather than breaking the page; the message-parity test
    // keeps this from ever reaching a user.
    onError(error) {
      if (process.env.NODE_ENV !== "production") console.error(error.message);
    },
    getMessageFallback({ namespace, key }) {
      return [namespace, key].filter(Boolean).join(".");
    },
  };
});
