import Papa from "papaparse";
import { IMPORT_HEADERS, TEMPLATE_COLUMNS } from "@/lib/participants/import-columns";

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
