import { describe, expect, it } from "vitest";
import { localText, optionalEnglish, textIn } from "@/lib/i18n/bilingual";

describe("a programme's own texts in the reader's language", () => {
  it("gives English readers the English text when it is written", () => {
    expect(localText("en", "Hösten 2026", "Autumn 2026")).toEqual({ text: "Autumn 2026", lang: "en", fallback: false });
  });

  it("gives English readers the Swedish text, marked as a fallback, when no English one is written", () => {
    expect(localText("en", "Hösten 2026", null)).toEqual({ text: "Hösten 2026", lang: "sv", fallback: true });
    expect(localText("en", "Hösten 2026", "   ")).toEqual({ text: "Hösten 2026", lang: "sv", fallback: true });
  });

  it("gives Swedish readers the Swedish text, never a fallback", () => {
    expect(localText("sv", "Hösten 2026", "Autumn 2026")).toEqual({ text: "Hösten 2026", lang: "sv", fallback: false });
    expect(textIn("sv", "Hösten 2026", "Autumn 2026")).toBe("Hösten 2026");
    expect(textIn("en", "Hösten 2026", undefined)).toBe("Hösten 2026");
  });

  it("reads an empty English field as no text", () => {
    expect(optionalEnglish("  ")).toBeNull();
    expect(optionalEnglish(" Autumn ")).toBe("Autumn");
  });
});
