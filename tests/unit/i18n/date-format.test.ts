import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { renderEmail } from "@/lib/email/email-templates";
import { getFormat } from "@/lib/i18n/format";
import { sourceFiles } from "@/tests/integration/architecture/source-files";

const locale = vi.hoisted(() => ({ current: "en" }));
vi.mock("next-intl/server", () => ({ getLocale: async () => locale.current }));

// 18:00 in Stockholm on 23 November 2026 (winter time, UTC+1).
const evening = new Date("2026-11-23T17:00:00Z");

describe("dates and times", () => {
  it("are written in British conventions in English and Swedish ones in Swedish", async () => {
    locale.current = "en";
    const en = await getFormat();
    expect(en.dateTime(evening, { dateStyle: "medium", timeStyle: "short" })).toBe("23 Nov 2026, 18:00");
    expect(en.dateTime(evening, { dateStyle: "long" })).toBe("23 November 2026");
    locale.current = "sv";
    const sv = await getFormat();
    expect(sv.dateTime(evening, { dateStyle: "long", timeStyle: "short" })).toBe("23 november 2026 kl. 18:00");
  });

  it("are written the same way in emails", () => {
    const { bodyText } = renderEmail("pairPublished", "en", {
      name: "Ada",
      partnerRole: "MENTOR",
      cohort: "Spring",
      programme: "Tandem",
      partnerName: "Bo",
      contact: "bo@example.test",
      hasSession: "yes",
      sessionTitle: "Kick-off",
      sessionAt: evening,
    });
    expect(bodyText).toContain("23 November 2026 at 18:00");
  });

  it("are formatted through lib/i18n/format.ts only", () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const elsewhere = sourceFiles(root, ["app", "components", "lib"]).filter((file) =>
      /\b(getFormatter|useFormatter)\b/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(elsewhere).toEqual([]);
  });
});
