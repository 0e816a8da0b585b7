import "server-only";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { importTemplateCsv } from "@/lib/participants/import-template";

// Reads for the CSV import page and its template. Both need the right to run the cohort's
// programme: anyone else, and a malformed id, get null ("not found" on the page).

async function activeFields(programmeId: string) {
  return db.professionalField.findMany({
    where: { programmeId, active: true },
    orderBy: { sortOrder: "asc" },
    select: { key: true, nameSv: true, nameEn: true },
  });
}

/** The cohort and the field values the file may use, for the page's instructions. */
export async function getImportPage(viewer: Viewer, cohortId: unknown) {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  return { cohort: { id: cohort.id, name: cohort.name, status: cohort.status }, fields: await activeFields(cohort.programmeId) };
}

/** The template file for this cohort's programme, with its field keys in the examples. */
export async function getImportTemplate(viewer: Viewer, cohortId: unknown, locale: "sv" | "en") {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  const fields = await activeFields(cohort.programmeId);
  return {
    fileName: locale === "sv" ? "tandem-deltagare.csv" : "tandem-participants.csv",
    csv: importTemplateCsv(
      locale,
      fields.map((field) => field.key),
    ),
  };
}
