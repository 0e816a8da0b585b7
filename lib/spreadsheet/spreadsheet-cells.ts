// Cells of the files Tandem writes for spreadsheets (CSV and the like). Pure, safe on the client.
//
// What people type is stored as they typed it, a name or an answer starting with "=" included:
// the database and the pages show it as text. A spreadsheet, though, reads a cell that starts
// with "=", "+", "-" or "@" as a formula, and a formula can fetch addresses or start programs on
// the computer that opens the file (CSV injection). So every export passes each text cell through
// spreadsheetSafe() on its way out, and only there; imports keep the text as it came.

/** A cell a spreadsheet would read as a formula: one of its signs first, after any blanks or control characters. */
const formulaStart = /^[\s\u0000-\u001f]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

/** Tab, carriage return and line feed first: some programs skip them and read what follows. */
const controlStart = /^[\t\r\n]/;

/**
 * The value as a spreadsheet shows it as plain text: a text that a spreadsheet would read as a
 * formula gets an apostrophe in front (spreadsheets' own mark for "this is text"); everything
 * else is unchanged. Numbers are written as numbers (a negative one stays a number); an empty
 * value is an empty cell.
 */
export function spreadsheetSafe(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return formulaStart.test(value) || controlStart.test(value) ? `'${value}` : value;
}
