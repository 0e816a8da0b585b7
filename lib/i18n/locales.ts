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

/**
 * The language for a first visit, from the browser's Accept-Language header: the first of its
 * languages, by preference, that Tandem has (any region: en-GB, sv-FI); Swedish when none is.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale {
  const wanted = (header ?? "")
    .split(",")
    .slice(0, 50)
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
      return { language: tag.trim().toLowerCase().split("-")[0], weight: q === undefined ? 1 : Number(q.slice(2) || "x"), index };
    })
    .filter((entry) => entry.weight > 0 && !Number.isNaN(entry.weight))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return wanted.map((entry) => entry.language).find(isLocale) ?? defaultLocale;
}
