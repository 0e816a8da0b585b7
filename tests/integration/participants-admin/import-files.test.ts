import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importParticipantsAction } from "@/lib/participants/import-actions";
import { maxImportBytes } from "@/lib/participants/import-csv";
import { importStartState, type ImportState } from "@/lib/participants/import-state";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createWorld } from "@/tests/factories/world";

// Files as spreadsheet programs save them, and files that are not what the page asks for: each is
// read, or answered with a message in the coordinator's language that says what to do.

function upload(bytes: Uint8Array<ArrayBuffer> | string): FormData {
  const form = new FormData();
  form.set("intent", "preview");
  form.set("file", new File([bytes], "people.csv", { type: "text/csv" }));
  return form;
}

function utf16(text: string, order: "le" | "be", mark: boolean): Uint8Array<ArrayBuffer> {
  const units = [...(mark ? "\uFEFF" : ""), ...text].flatMap((character) => {
    const code = character.charCodeAt(0);
    return order === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return Uint8Array.from(units);
}

// Excel's "Unicode text": UTF-16 with tabs between the cells.
const unicodeText =
  "roll\tnamn\te-post\tutbildningsbakgrund\r\nadept\tÅsa Öberg\tasa@example.org\tlaw\r\nmentor\tPer Ek\tper@example.org\teconomics\r\n";

async function previewOf(form: FormData): Promise<ImportState> {
  const world = await createWorld(db);
  actAs(world.coordinatorA);
  return importParticipantsAction(world.a.cohort.id, importStartState, form);
}

describe("the CSV import reads the file", () => {
  it.each([
    ["UTF-16 with a byte order mark, little-endian", utf16(unicodeText, "le", true)],
    ["UTF-16 with a byte order mark, big-endian", utf16(unicodeText, "be", true)],
    ["UTF-16 without a byte order mark", utf16(unicodeText, "le", false)],
  ])("saved as %s", async (_name, bytes) => {
    const state = await previewOf(upload(bytes));
    expect(state).toMatchObject({ stage: "preview", ready: true, fileProblems: [] });
    if (state.stage !== "preview") return;
    expect(state.rows.map((row) => row.name)).toEqual(["Åsa Öberg", "Per Ek"]);
    expect(state.csv).not.toContain("\u0000");
    expect(state.csv.startsWith("roll")).toBe(true);
  });

  it("and says a file that is not text must be saved as CSV (UTF-8)", async () => {
    // The start of a spreadsheet's own format (a zip archive): zero bytes among the rest.
    const workbook = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee]);
    expect(await previewOf(upload(workbook))).toEqual({
      stage: "start",
      message: "Filen gick inte att läsa som text. Spara den från kalkylprogrammet som CSV (UTF-8) och ladda upp den igen.",
    });
    useLocale("en");
    expect(await previewOf(upload("role,name\u0000,email,field\n"))).toEqual({
      stage: "start",
      message: "The file could not be read as text. Save it from the spreadsheet program as CSV (UTF-8) and upload it again.",
    });
  });

  it("and names the row that holds a control character, saving nothing", async () => {
    const state = await previewOf(upload("role,name,email,field\nmentee,Omar\u0007 Said,omar@example.org,law\n"));
    expect(state).toMatchObject({ stage: "preview", ready: false, problemRows: 1 });
    if (state.stage !== "preview") return;
    expect(state.rows[0]!.problems).toContain("Raden innehåller ett osynligt tecken som inte kan sparas. Ta bort det i kalkylprogrammet.");
  });

  it("but not a file over the limit, which gets the import's own message", async () => {
    const row = "mentee,Omar Said,omar@example.org,law\n";
    const large = "role,name,email,field\n" + row.repeat(Math.ceil((maxImportBytes + 1) / row.length));
    expect(await previewOf(upload(large))).toEqual({ stage: "start", message: "Filen är för stor. Den får vara högst 900 kB." });
  });
});
