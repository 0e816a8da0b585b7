import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { csvFile, exportFormat, languagesCell, xlsxFile } from "@/lib/spreadsheet/spreadsheet-files";

const table = {
  headers: ["namn", "ort", "poäng"],
  rows: [
    ['=HYPERLINK("http://x")', "+46 70", 42],
    ['Åsa Öberg; "Kalle"', "@Malmö", -3],
    ["\tTab", null, null],
  ],
};

describe("the files lists are exported as", () => {
  it("write CSV as Excel opens it: a byte order mark, CRLF, semicolons in Swedish and commas in English", () => {
    const sv = csvFile(table, "sv");
    expect(sv.startsWith("\uFEFFnamn;ort;poäng\r\n")).toBe(true);
    expect(sv.endsWith("\r\n")).toBe(true);
    expect(csvFile(table, "en").startsWith("\uFEFFnamn,ort,poäng\r\n")).toBe(true);
  });

  it("neutralise every text cell a spreadsheet would read as a formula, and keep numbers as numbers", () => {
    const lines = csvFile(table, "sv").slice(1).split("\r\n");
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")";'+46 70;42`);
    expect(lines[2]).toBe(`"Åsa Öberg; ""Kalle""";'@Malmö;-3`);
    expect(lines[3]).toBe(`'\tTab;;`);
  });

  it("write XLSX with the same cells, numbers as numbers and formulas as plain text", async () => {
    const files = unzipSync(new Uint8Array(await xlsxFile(table, "Ansökningar")));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array()) + sheet;
    expect(strings).toContain("'=HYPERLINK");
    expect(strings).toContain("'@Malmö");
    expect(strings).not.toMatch(/<f>/);
    expect(sheet).toMatch(/<v>-3<\/v>/);
    expect(strFromU8(files["xl/workbook.xml"]!)).toContain('name="Ansökningar"');
  });

  it("read the format from the URL, CSV unless XLSX is asked for", () => {
    expect(exportFormat("xlsx")).toBe("xlsx");
    expect(exportFormat("pdf")).toBe("csv");
    expect(exportFormat(null)).toBe("csv");
  });

  it("write languages as the participant import reads them", () => {
    expect(
      languagesCell([
        { code: "sv", level: "fluent" },
        { code: "ar", level: "good" },
      ]),
    ).toBe("sv:fluent ar:good");
  });
});
