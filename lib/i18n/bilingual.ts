import type { AppLocale } from "@/lib/i18n/locales";

// Texts a programme writes itself (its name and description, a cohort's name) are kept in Swedish,
// which every programme has, and optionally in English. Pure, safe on the client.

/** One of those texts as a reader gets it: in their language when written, else in Swedish. */
export type LocalText = {
  text: string;
  /** The language the text is in (for the `lang` attribute). */
  lang: AppLocale;
  /** True when the reader asked for English and gets the Swedish text instead. */
  fallback: boolean;
};

/** The text for a reader of `locale`: the English one when asked for and written, otherwise the Swedish one. */
export function localText(locale: string, sv: string, en: string | null | undefined): LocalText {
  const english = en?.trim();
  if (locale === "en" && english) return { text: english, lang: "en", fallback: false };
  return { text: sv, lang: "sv", fallback: locale === "en" };
}

/** For emails and other plain text: the text alone, in the reader's language when written. */
export function textIn(locale: string, sv: string, en: string | null | undefined): string {
  return localText(locale, sv, en).text;
}

/** An optional English text from a form: empty or missing is "not written" (null). */
export function optionalEnglish(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
