// The columns of a participant CSV file: their names in either language, the other ways people
// write them, and which profile field each one fills. Pure, safe to import on the client (the
// import page lists them).

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
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

export const headerAliases = new Map<string, ImportColumn>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [column, IMPORT_HEADERS.sv[column], ...(EXTRA_ALIASES[column] ?? [])]) {
    headerAliases.set(normaliseHeader(name), column);
  }
}

/** Where the profile schema's fields come from in the file. */
export const columnOfProfileField: Record<string, ImportColumn> = {
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
