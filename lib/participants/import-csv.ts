import Papa from "papaparse";
import type { z } from "zod";
import { emailSchema } from "@/lib/participants/profile-schemas";
import { addedProfileSchema, type NewParticipant } from "@/lib/participants/participant-admin-schemas";
import { LANGUAGE_CODES, type LanguageCode, type LanguageLevel } from "@/lib/participants/vocabulary";

// Reading a participant list from a CSV file, as spreadsheets write it: UTF-8 (with or without a
// byte order mark; Windows-1252 from older Excel is read too), separated by commas, or by
// semicolons as Swedish Excel writes it. Pure: every row is checked against the programme's fields
// and the profile schema here; what needs the database (accounts, people already in the cohort)
// is checked in import-run.ts.

export const IMPORT_COLUMNS = [
  "role",
  "name",
  "email",
  "field",
  "phone",
  "city",
  "region",
  "languages",
  "employer",
  "education_degree",
  "education_country",
  "education_year",
  "years_experience",
  "meeting_preference",
  "mentor_capacity",
  "email_language",
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_IMPORT_COLUMNS = ["role", "name", "email", "field"] as const satisfies readonly ImportColumn[];

/** The columns of the downloadable template; the others are optional and described on the page. */
export const TEMPLATE_COLUMNS = [
  "role",
  "name",
  "email",
  "field",
  "phone",
  "city",
  "languages",
  "employer",
] as const satisfies readonly ImportColumn[];

/** Column names as the template writes them in each language. Either language's names are read. */
export const IMPORT_HEADERS: Record<"sv" | "en", Record<ImportColumn, string>> = {
  en: Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, column])) as Record<ImportColumn, string>,
  sv: {
    role: "roll",
    name: "namn",
    email: "e-post",
    field: "utbildningsbakgrund",
    phone: "telefon",
    city: "ort",
    region: "län",
    languages: "språk",
    employer: "arbetsgivare",
    education_degree: "examen",
    education_country: "examensland",
    education_year: "examensår",
    years_experience: "års_erfarenhet",
    meeting_preference: "mötesform",
    mentor_capacity: "antal_adepter",
    email_language: "e-postspråk",
  },
};

/** Other ways people write the same column names. */
const EXTRA_ALIASES: Partial<Record<ImportColumn, string[]>> = {
  role: ["roll"],
  name: ["fullname", "namn", "fulltnamn"],
  email: ["mail", "emailaddress", "epostadress", "mejl"],
  field: ["professionalfield", "fieldkey", "yrkesområde", "område"],
  phone: ["telephone", "mobile", "telefonnummer", "mobil"],
  city: ["town", "stad", "kommun"],
  region: ["county", "lan"],
  languages: ["language"],
  education_year: ["graduationyear"],
  years_experience: ["experience", "erfarenhet"],
  mentor_capacity: ["capacity", "kapacitet"],
  email_language: ["locale"],
};

/** Header text without case, spaces, hyphens or underscores: "E-post" and "e_post" are one column. */
function normaliseHeader(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const headerAliases = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [column, IMPORT_HEADERS.sv[column], ...(EXTRA_ALIASES[column] ?? [])]) {
    headerAliases.set(normaliseHeader(name), column);
  }
}

export const maxImportRows = 5_000;
/** Below the server's 1 MB limit for a form post, with room for the rest of the form. */
export const maxImportBytes = 900_000;

export type ImportProblem = { column: ImportColumn | null; key: string; values?: Record<string, string | number> };

export type ImportField = { id: string; key: string; nameSv: string; nameEn: string };

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
};

export type ParsedImport = {
  /** The header text as written in the file, per column found. */
  headers: Partial<Record<ImportColumn, string>>;
  fileProblems: ImportProblem[];
  rows: ImportRow[];
};

/**
 * The text of an uploaded file. Spreadsheets write UTF-8 today, but older Swedish Excel saves
 * "CSV (semicolon separated)" in Windows-1252; bytes that are not valid UTF-8 are read as that,
 * so å, ä and ö survive either way. A byte order mark is dropped.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator the header line uses most: semicolon, comma or tab. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const counts = [";", ",", "\t"].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ",";
}

const LEVEL_WORDS: Record<string, LanguageLevel> = {
  fluent: "fluent",
  native: "fluent",
  flytande: "fluent",
  modersmål: "fluent",
  good: "good",
  god: "good",
  goda: "good",
  bra: "good",
  basic: "basic",
  grundläggande: "basic",
  grund: "basic",
};

const languageCodes: ReadonlySet<string> = new Set(LANGUAGE_CODES);

/**
 * Languages written as `code:level` pairs separated by spaces, e.g. "sv:fluent en:good" (commas
 * or semicolons between the pairs are read too). Levels are fluent, good or basic, or the Swedish
 * flytande, god/bra, grundläggande. Returns the pairs that read and the ones that do not.
 */
export function parseLanguages(text: string): { languages: Array<{ code: LanguageCode; level: LanguageLevel }>; invalid: string[] } {
  const languages: Array<{ code: LanguageCode; level: LanguageLevel }> = [];
  const invalid: string[] = [];
  const tokens = text
    .replace(/\s*:\s*/g, ":")
    .split(/[\s,;/|]+/)
    .filter(Boolean);
  for (const token of tokens) {
    const [code = "", level = "", ...rest] = token.toLowerCase().split(":");
    const known = LEVEL_WORDS[level];
    if (rest.length === 0 && languageCodes.has(code) && known) languages.push({ code: code as LanguageCode, level: known });
    else invalid.push(token);
  }
  return { languages, invalid };
}

function parseRole(text: string): NewParticipant["role"] | null {
  const word = text.toLowerCase();
  if (word === "mentor") return "MENTOR";
  if (word === "mentee" || word === "adept") return "MENTEE";
  return null;
}

const MEETING_WORDS: Record<string, "IN_PERSON" | "REMOTE" | "BOTH"> = {
  inperson: "IN_PERSON",
  fysiskt: "IN_PERSON",
  påplats: "IN_PERSON",
  remote: "REMOTE",
  distans: "REMOTE",
  digitalt: "REMOTE",
  both: "BOTH",
  båda: "BOTH",
  either: "BOTH",
};

function parseLocale(text: string): "sv" | "en" | null {
  const word = normaliseHeader(text);
  if (word === "" || word === "sv" || word === "svenska" || word === "swedish") return "sv";
  if (word === "en" || word === "engelska" || word === "english") return "en";
  return null;
}

/** The programme's field a cell names: by its key or by its Swedish or English name. */
function findField(fields: ImportField[], text: string): ImportField | undefined {
  const wanted = text.trim().toLocaleLowerCase("sv");
  return fields.find(
    (field) =>
      field.key.toLowerCase() === wanted ||
      field.nameSv.toLocaleLowerCase("sv") === wanted ||
      field.nameEn.toLocaleLowerCase("en") === wanted,
  );
}

/** Where the profile schema's fields come from in the file. */
const columnOfProfileField: Record<string, ImportColumn> = {
  name: "name",
  phone: "phone",
  city: "city",
  region: "region",
  fieldKey: "field",
  educationDegree: "education_degree",
  educationCountry: "education_country",
  educationYear: "education_year",
  yearsExperience: "years_experience",
  languages: "languages",
  meetingPreference: "meeting_preference",
  mentorCapacity: "mentor_capacity",
  employer: "employer",
};

/** Our zod messages are keys; anything else (a library default) becomes the generic one. */
function issueKey(issue: z.core.$ZodIssue): string {
  return /^[a-zA-Z]+(\.[A-Za-z_]+)+$/.test(issue.message) ? issue.message : "validation.invalid";
}

function readRow(cells: string[], line: number, index: Map<ImportColumn, number>, context: ImportContext, width: number): ImportRow {
  const get = (column: ImportColumn) => {
    const position = index.get(column);
    return position === undefined ? "" : (cells[position] ?? "").trim();
  };
  const problems: ImportProblem[] = [];
  const problem = (column: ImportColumn | null, key: string, values?: ImportProblem["values"]) => problems.push({ column, key, values });

  if (cells.slice(width).some((cell) => cell.trim() !== "")) problem(null, "import.problems.tooManyCells", { count: width });

  const roleText = get("role");
  const role = parseRole(roleText);
  if (!roleText) problem("role", "import.problems.roleMissing");
  else if (!role) problem("role", "import.problems.roleUnknown", { value: roleText });

  const email = emailSchema.safeParse(get("email"));
  if (!email.success) problem("email", issueKey(email.error.issues[0]!));

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

  const profile = addedProfileSchema.safeParse({
    name: get("name"),
    phone: get("phone"),
    city: get("city"),
    region: get("region"),
    fieldKey: field?.key ?? "-",
    educationDegree: get("education_degree"),
    educationCountry: get("education_country").toUpperCase(),
    educationYear: get("education_year"),
    yearsExperience: get("years_experience"),
    languages: languages.languages,
    meetingPreference: meetingPreference ?? "BOTH",
    mentorCapacity: get("mentor_capacity") || String(context.defaultMentorCapacity),
    employer: get("employer"),
  });
  if (!profile.success) {
    for (const issue of profile.error.issues) {
      const column = columnOfProfileField[String(issue.path[0])] ?? null;
      // One problem per column is enough (an unknown field already said so, for instance).
      if (!problems.some((known) => known.column === column)) problem(column, issueKey(issue));
    }
  }

  const shown = { role: roleText, name: get("name"), email: get("email"), field: fieldText, city: get("city") };
  const person =
    problems.length === 0 && role && field && locale && email.success && profile.success
      ? { email: email.data, name: profile.data.name, locale, role, professionalFieldId: field.id, profile: profile.data }
      : null;
  return { line, shown, problems, person };
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

/**
 * The template: a header row and two example rows, in the reader's language. Swedish Excel
 * expects semicolons, English Excel commas; the byte order mark makes Excel read it as UTF-8.
 */
export function importTemplateCsv(locale: "sv" | "en", fieldKeys: string[]): string {
  const headers = IMPORT_HEADERS[locale];
  const mentorField = fieldKeys.includes("law") ? "law" : (fieldKeys[0] ?? "");
  const menteeField = fieldKeys.includes("economics") ? "economics" : (fieldKeys[1] ?? mentorField);
  const examples =
    locale === "sv"
      ? [
          [
            "mentor",
            "Anna Exempel",
            "anna.exempel@example.com",
            mentorField,
            "070-123 45 67",
            "Stockholm",
            "sv:fluent en:good",
            "Exempelbyrån AB",
          ],
          ["adept", "Samir Exempel", "samir.exempel@example.com", menteeField, "", "Uppsala", "ar:fluent sv:good en:good", ""],
        ]
      : [
          [
            "mentor",
            "Anna Example",
            "anna.example@example.com",
            mentorField,
            "+46 70 123 45 67",
            "Stockholm",
            "sv:fluent en:good",
            "Example Law Firm",
          ],
          ["mentee", "Samir Example", "samir.example@example.com", menteeField, "", "Uppsala", "ar:fluent sv:good en:good", ""],
        ];
  const csv = Papa.unparse(
    { fields: TEMPLATE_COLUMNS.map((column) => headers[column]), data: examples },
    { delimiter: locale === "sv" ? ";" : ",", newline: "\r\n" },
  );
  return `\uFEFF${csv}\r\n`;
}
