import "server-only";
import { requireCoordinatorOfCohort } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { importTemplateCsv } from "@/lib/participants/import-csv";

// Reads for the CSV import page and its template. Both need the right to run the cohort's
// programme: anyone else gets "not found", as for every cohort page.

async function activeFields(programmeId: string) {
  return db.professionalField.findMany({
    where: { programmeId, active: true },
    orderBy: { sortOrder: "asc" },
    select: { key: true, nameSv: true, nameEn: true },
  });
}

/** The cohort and the field values the file may use, for the page's instructions. */
export async function getImportPage(cohortId: string) {
  const { cohort } = await requireCoordinatorOfCohort(cohortId);
  return { cohort: { id: cohort.id, name: cohort.name, status: cohort.status }, fields: await activeFields(cohort.programmeId) };
}

/** The template file for this cohort's programme, with its field keys in the examples. */
export async function getImportTemplate(cohortId: string, locale: "sv" | "en") {
  const { cohort } = await requireCoordinatorOfCohort(cohortId);
  const fields = await activeFields(cohort.programmeId);
  return {
    fileName: locale === "sv" ? "tandem-deltagare.csv" : "tandem-participants.csv",
    csv: importTemplateCsv(
      locale,
      fields.map((field) => field.key),
    ),
  };
}
