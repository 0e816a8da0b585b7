import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

describe("the language of a first visit", () => {
  it("is the browser's first language that Tandem has, in any region", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("sv-FI")).toBe("sv");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8,sv;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.5, sv;q=0.8")).toBe("sv");
  });

  it("is Swedish when the browser names neither, or nothing readable", () => {
    expect(localeFromAcceptLanguage(null)).toBe("sv");
    expect(localeFromAcceptLanguage("")).toBe("sv");
    expect(localeFromAcceptLanguage("de,fr;q=0.5")).toBe("sv");
    expect(localeFromAcceptLanguage("en;q=0, *")).toBe("sv");
    expect(localeFromAcceptLanguage(";;;,q=,en;q=abc")).toBe("sv");
  });
});
