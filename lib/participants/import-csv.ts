import Papa from "papaparse";
import type { z } from "zod";
import { issueMessage } from "@/lib/actions/action-state";
import { hasControlCharacter } from "@/lib/actions/control-characters";
import { addedProfileSchema, type AddedProfile, type NewParticipant } from "@/lib/participants/participant-admin-schemas";
import { findField, MEETING_WORDS, parseLanguages, parseLocale, parseRole, type ImportField } from "@/lib/participants/import-cells";
import {
  columnOfProfileField,
  headerAliases,
  normaliseHeader,
  REQUIRED_IMPORT_COLUMNS,
  type ImportColumn,
} from "@/lib/participants/import-columns";
import { emailSchema } from "@/lib/profiles/profile-schemas";

// Reading a participant list from a CSV file, as spreadsheets write it: UTF-8 (with or without a
// byte order mark; UTF-16 from Excel's "Unicode text" and Windows-1252 from older Excel are read
// too), separated by commas, by semicolons as Swedish Excel writes it, or by tabs. Pure: every row is checked against the programme's fields
// and the profile schema here; what needs the database (accounts, people already in the cohort)
// is checked in import-run.ts. The columns are described in import-columns.ts, the words in a
// cell are read in import-cells.ts.

export const maxImportRows = 5_000;
/** The largest file taken; the server accepts larger forms (next.config.ts), so a larger file is told so. */
export const maxImportBytes = 900_000;

export type ImportProblem = { column: ImportColumn | null; key: string; values?: Record<string, string | number> };

export type ImportContext = {
  /** The programme's professional fields that take new participants. */
  fields: ImportField[];
  /** What a mentor's capacity is when the file leaves it empty. */
  defaultMentorCapacity: number;
};

export type ImportRow = {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  line: number;
  /** What the row says, for the preview. */
  shown: { role: string; name: string; email: string; field: string; city: string };
  problems: ImportProblem[];
  /** Set when the row has no problem of its own. */
  person: NewParticipant | null;
  /** The profile's parts the row filled in; a returning person's others come from their earlier profile. */
  filledIn: Set<keyof AddedProfile>;
};

export type ParsedImport = {
  /** The header text as written in the file, per column found. */
  headers: Partial<Record<ImportColumn, string>>;
  fileProblems: ImportProblem[];
  rows: ImportRow[];
};

/** UTF-16 without a byte order mark: plain text has a zero byte in every other place. */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  let even = 0;
  let odd = 0;
  sample.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  const pairs = sample.length / 2;
  if (odd > pairs / 4 && even < odd / 10) return "utf-16le";
  if (even > pairs / 4 && odd < even / 10) return "utf-16be";
  return null;
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return utf16WithoutMark(bytes) ?? "utf-8";
}

/**
 * The text of an uploaded file, or null when it is not text (a spreadsheet's own format, say).
 * Spreadsheets write UTF-8 today; Excel's "Unicode text" writes UTF-16, and older Swedish Excel
 * saves "CSV (semicolon separated)" in Windows-1252: bytes that are not valid UTF-8 are read as
 * that, so å, ä and ö survive either way. A byte order mark is dropped.
 */
export function decodeCsvBytes(bytes: Uint8Array): string | null {
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== "utf-8") return null;
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // Text has no NUL byte; a file that still has one after decoding is not text.
  return text.includes("\u0000") ? null : text.replace(/^\uFEFF/, "");
}

/** The separator the header line uses most: semicolon, comma or tab. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const counts = [";", ",", "\t"].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ",";
}

type Cell = (column: ImportColumn) => string;

/** The row's profile, checked with the schema of someone a coordinator adds; one problem per column. */
function readProfile(
  get: Cell,
  known: { fieldKey?: string; languages: NewParticipant["profile"]["languages"]; meetingPreference?: string },
  context: ImportContext,
) {
  return addedProfileSchema.safeParse(
    {
      name: get("name"),
      phone: get("phone"),
      city: get("city"),
      region: get("region"),
      fieldKey: known.fieldKey ?? "-",
      educationDegree: get("education_degree"),
      educationCountry: get("education_country").toUpperCase(),
      educationYear: get("education_year"),
      yearsExperience: get("years_experience"),
      languages: known.languages,
      meetingPreference: known.meetingPreference ?? "BOTH",
      mentorCapacity: get("mentor_capacity") || String(context.defaultMentorCapacity),
      employer: get("employer"),
    },
    { reportInput: true },
  );
}

function readRow(cells: string[], line: number, index: Map<ImportColumn, number>, context: ImportContext, width: number): ImportRow {
  const get: Cell = (column) => {
    const position = index.get(column);
    return position === undefined ? "" : (cells[position] ?? "").trim();
  };
  const problems: ImportProblem[] = [];
  const problem = (column: ImportColumn | null, key: string, values?: ImportProblem["values"]) => problems.push({ column, key, values });
  const problemOf = (column: ImportColumn | null, issue: z.core.$ZodIssue) => {
    const { key, values } = issueMessage(issue);
    problem(column, key, values);
  };

  if (cells.slice(width).some((cell) => cell.trim() !== "")) problem(null, "import.problems.tooManyCells", { count: width });
  if (cells.some(hasControlCharacter)) problem(null, "import.problems.controlCharacter");

  const roleText = get("role");
  const role = parseRole(roleText);
  if (!roleText) problem("role", "import.problems.roleMissing");
  else if (!role) problem("role", "import.problems.roleUnknown", { value: roleText });

  const email = emailSchema.safeParse(get("email"), { reportInput: true });
  if (!email.success) problemOf("email", email.error.issues[0]!);

  const fieldText = get("field");
  const field = fieldText ? findField(context.fields, fieldText) : undefined;
  if (!fieldText) problem("field", "profile.errors.fieldMissing");
  else if (!field) problem("field", "import.problems.fieldUnknown", { value: fieldText });

  const languages = parseLanguages(get("languages"));
  for (const value of languages.invalid) problem("languages", "import.problems.language", { value });

  const meetingText = get("meeting_preference");
  const meetingPreference = meetingText ? MEETING_WORDS[normaliseHeader(meetingText)] : "BOTH";
  if (!meetingPreference) problem("meeting_preference", "import.problems.meetingPreference", { value: meetingText });

  const localeText = get("email_language");
  const locale = parseLocale(localeText);
  if (!locale) problem("email_language", "import.problems.emailLanguage", { value: localeText });

  const profile = readProfile(get, { fieldKey: field?.key, languages: languages.languages, meetingPreference }, context);
  if (!profile.success) {
    for (const issue of profile.error.issues) {
      const column = columnOfProfileField[String(issue.path[0])] ?? null;
      // One problem per column is enough (an unknown field already said so, for instance).
      if (!problems.some((known) => known.column === column)) problemOf(column, issue);
    }
  }

  const shown = { role: roleText, name: get("name"), email: get("email"), field: fieldText, city: get("city") };
  const person =
    problems.length === 0 && role && field && locale && email.success && profile.success
      ? { email: email.data, name: profile.data.name, locale, role, professionalFieldId: field.id, profile: profile.data }
      : null;
  const filledIn = new Set(
    Object.entries(columnOfProfileField)
      .filter(([, column]) => get(column) !== "")
      .map(([key]) => key as keyof AddedProfile),
  );
  return { line, shown, problems, person, filledIn };
}

/** Every row of the file with its problems, plus the problems of the file as a whole. */
export function readImportCsv(input: string, context: ImportContext): ParsedImport {
  const text = input.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const lines = parsed.data;
  const fileProblems: ImportProblem[] = [];

  const headerIndex = lines.findIndex((cells) => cells.some((cell) => cell.trim() !== ""));
  if (headerIndex < 0) return { headers: {}, fileProblems: [{ column: null, key: "import.problems.empty" }], rows: [] };

  const headerCells = lines[headerIndex]!;
  const index = new Map<ImportColumn, number>();
  const headers: Partial<Record<ImportColumn, string>> = {};
  headerCells.forEach((cell, position) => {
    const header = cell.trim();
    if (header === "") return;
    const column = headerAliases.get(normaliseHeader(header));
    if (!column) fileProblems.push({ column: null, key: "import.problems.unknownColumn", values: { header } });
    else if (index.has(column)) fileProblems.push({ column, key: "import.problems.columnTwice", values: { header } });
    else {
      index.set(column, position);
      headers[column] = header;
    }
  });
  for (const column of REQUIRED_IMPORT_COLUMNS) {
    if (!index.has(column)) fileProblems.push({ column, key: "import.problems.missingColumn", values: { header: column } });
  }

  // Papaparse reports broken quoting by row; it is shown on that row.
  const brokenRows = new Set(parsed.errors.map((error) => error.row).filter((row): row is number => typeof row === "number"));

  const rows: ImportRow[] = [];
  for (let position = headerIndex + 1; position < lines.length; position += 1) {
    const cells = lines[position]!;
    if (cells.every((cell) => cell.trim() === "")) continue;
    const row = readRow(cells, position + 1, index, context, headerCells.length);
    if (brokenRows.has(position)) {
      row.problems.unshift({ column: null, key: "import.problems.malformed" });
      row.person = null;
    }
    rows.push(row);
  }

  if (rows.length === 0) fileProblems.push({ column: null, key: "import.problems.noRows" });
  if (rows.length > maxImportRows) fileProblems.push({ column: null, key: "import.problems.tooManyRows", values: { max: maxImportRows } });

  markDuplicateEmails(rows);
  return { headers, fileProblems, rows };
}

/** Two rows with the same address would be one person twice: each says which other rows have it. */
function markDuplicateEmails(rows: ImportRow[]): void {
  const byEmail = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const email = row.shown.email.trim().toLowerCase();
    if (email) byEmail.set(email, [...(byEmail.get(email) ?? []), row]);
  }
  for (const group of byEmail.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = group.filter((other) => other !== row).map((other) => other.line);
      row.problems.push({ column: "email", key: "import.problems.duplicateEmail", values: { rows: others.join(", ") } });
      row.person = null;
    }
  }
}
