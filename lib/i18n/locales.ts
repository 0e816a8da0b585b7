export const locales = ["sv", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "sv";
/** The cookie that remembers the chosen language (also read by next-intl's conventions). */
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The conventions dates, times and numbers are written in, per language: English follows British
 * usage ("23 Nov 2026, 18:00"), not American.
 */
export const formattingLocales: Record<AppLocale, string> = { sv: "sv", en: "en-GB" };
