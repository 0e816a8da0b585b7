import Papa from "papaparse";
import writeXlsxFile from "write-excel-file/node";
import { spreadsheetSafe } from "@/lib/spreadsheet/spreadsheet-cells";

// The files Tandem's lists are exported as: CSV and XLSX, with the same header row and cells.
// Every text cell passes through spreadsheetSafe() here, on its way into the file, and nowhere
// else (see spreadsheet-cells.ts). The columns of each export are described in docs/exports.md.

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A format asked for in a URL; anything else is CSV. */
export function exportFormat(value: string | null | undefined): ExportFormat {
  return value === "xlsx" ? "xlsx" : "csv";
}

export type SheetCell = string | number | null;

/** More rows than any cohort has: an export stays of a size a spreadsheet opens. */
export const exportRowLimit = 50_000;

/** Languages in one cell as the participant import reads them: "sv:fluent en:good". */
export function languagesCell(languages: Array<{ code: string; level: string }>): string {
  return languages.map((language) => `${language.code}:${language.level}`).join(" ");
}

/** A list as a table: one header per column, each row one cell per column. */
export type SheetTable = { headers: string[]; rows: SheetCell[][] };

/** Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return): an XLSX file with one is broken. */
const notInXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

/**
 * CSV as Excel opens it without asking: UTF-8 with a byte order mark, rows ended by CRLF, cells
 * separated by semicolons for Swedish readers (Excel in Swedish expects them) and commas for
 * English ones, as the import template is. Numbers are written as numbers.
 */
export function csvFile(table: SheetTable, locale: "sv" | "en"): string {
  const csv = Papa.unparse(
    { fields: table.headers.map(spreadsheetSafe), data: table.rows.map((row) => row.map(spreadsheetSafe)) },
    { delimiter: locale === "sv" ? ";" : ",", newline: "\r\n", escapeFormulae: false },
  );
  return `\uFEFF${csv}\r\n`;
}

/** One sheet with a bold header row that stays in view; numbers as numbers, the rest as text. */
export async function xlsxFile(table: SheetTable, sheetName: string): Promise<Buffer> {
  const text = (value: string) => ({ type: String, value: spreadsheetSafe(value).replace(notInXml, "") });
  const header = table.headers.map((value) => ({ ...text(value), fontWeight: "bold" as const }));
  const rows = table.rows.map((row) =>
    row.map((cell) =>
      cell === null ? null : typeof cell === "number" ? (Number.isFinite(cell) ? { type: Number, value: cell } : null) : text(cell),
    ),
  );
  const widths = table.headers.map((heading, index) => ({
    width: Math.min(60, Math.max(heading.length, ...table.rows.slice(0, 200).map((row) => String(row[index] ?? "").length)) + 2),
  }));
  return writeXlsxFile([header, ...rows], { sheet: sheetName.slice(0, 31), columns: widths, stickyRowsCount: 1 }).toBuffer();
}

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A file name safe in a header: letters, digits, dots and dashes, ASCII only. */
function safeFileName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9.-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100) || "export"
  );
}

/** The answer of an export route: the file as a download, never kept by a cache. */
export async function spreadsheetDownload(
  table: SheetTable,
  { format, fileName, sheetName, locale }: { format: ExportFormat; fileName: string; sheetName: string; locale: "sv" | "en" },
): Promise<Response> {
  const body = format === "xlsx" ? new Uint8Array(await xlsxFile(table, sheetName)) : csvFile(table, locale);
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${safeFileName(fileName)}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
