import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/coordinator/cohorts/[cohortId]/participants/template.csv/route";
import { readImportCsv } from "@/lib/participants/import-csv";
import { actAs } from "@/tests/setup/acting";
import { useLocale } from "@/tests/setup/integration";
import { createWorld } from "@/tests/factories/world";

function download(cohortId: string) {
  return GET(new Request(`http://localhost/coordinator/cohorts/${cohortId}/participants/template.csv`), {
    params: Promise.resolve({ cohortId }),
  });
}

describe("the CSV template", () => {
  it("gives the coordinator a header and two example rows that the import reads without problems", async () => {
    const world = await createWorld(db);
    actAs(world.coordinatorA);
    const response = await download(world.a.cohort.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("roll;namn;e-post;utbildningsbakgrund;telefon;ort;språk;arbetsgivare");

    const parsed = readImportCsv(text, { fields: world.programmeA.fields, defaultMentorCapacity: 1 });
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.rows.map((row) => row.problems)).toEqual([[], []]);
    expect(parsed.rows.map((row) => row.person?.role)).toEqual(["MENTOR", "MENTEE"]);
  });

  it("uses English column names and commas for an English reader", async () => {
    const world = await createWorld(db);
    useLocale("en");
    actAs(world.adminA);
    const text = await (await download(world.a.cohort.id)).text();
    expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("role,name,email,field,phone,city,languages,employer");
  });

  it("is not found for a coordinator of another programme, a participant or a malformed id, and sends anonymous to sign in", async () => {
    const world = await createWorld(db);
    for (const who of [world.coordinatorB, world.a.pairs[0]!.mentorUser]) {
      actAs(who);
      await expect(download(world.a.cohort.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    actAs(world.coordinatorA);
    await expect(download("template")).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    actAs(null);
    await expect(download(world.a.cohort.id)).rejects.toThrow("NEXT_REDIRECT");
  });
});
