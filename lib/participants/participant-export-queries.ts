import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { exportCohortTable } from "@/lib/cohorts/cohort-export";
import type { ParticipantFilters } from "@/lib/participants/participant-admin-schemas";
import { participantWhere } from "@/lib/participants/participant-list";
import { exportRowLimit, languagesCell, type ExportFormat, type SheetTable } from "@/lib/spreadsheet/spreadsheet-files";

// A cohort's participant list as a file: everyone the filters let through, A to Z, not only the
// page shown. The columns are described in docs/exports.md.

const COLUMNS = ["name", "email", "phone", "role", "status", "field", "city", "region", "languages", "employer", "mentorCapacity"] as const;

/**
 * The cohort's participants as a table for a file, for a coordinator of its programme; null for
 * anyone else. A person whose data was erased keeps a row without it. Every export is written to
 * the audit log: personal data leaves Tandem with it.
 */
export async function getParticipantExport(
  viewer: Viewer,
  cohortId: unknown,
  filters: ParticipantFilters,
  { locale, format }: { locale: "sv" | "en"; format: ExportFormat },
): Promise<{ table: SheetTable; cohortName: string } | null> {
  const audit = { action: "participant.export", filters: { ...filters, page: undefined } };
  return exportCohortTable(viewer, cohortId, { locale, format, audit }, async (cohort, t) => {
    const fields = await db.professionalField.findMany({
      where: { programmeId: cohort.programmeId },
      select: { id: true, key: true, nameSv: true, nameEn: true },
    });
    const rows = await db.participation.findMany({
      where: participantWhere(cohort.id, fields, filters),
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      take: exportRowLimit,
      select: {
        role: true,
        status: true,
        professionalFieldId: true,
        phone: true,
        city: true,
        region: true,
        languages: true,
        employer: true,
        mentorCapacity: true,
        user: { select: { name: true, email: true, erasedAt: true } },
      },
    });
    const fieldName = new Map(fields.map((field) => [field.id, locale === "en" ? field.nameEn : field.nameSv]));
    return {
      headers: COLUMNS.map((column) => t(`participants.${column}`)),
      rows: rows.map((row) => {
        const person = row.user && !row.user.erasedAt ? row.user : null;
        return [
          person?.name ?? t("erased"),
          person?.email ?? null,
          person ? row.phone : null,
          t(`roles.${row.role}`),
          t(`participationStatus.${row.status}`),
          fieldName.get(row.professionalFieldId) ?? null,
          person ? row.city : null,
          person ? row.region : null,
          languagesCell(Array.isArray(row.languages) ? (row.languages as Array<{ code: string; level: string }>) : []),
          person ? row.employer : null,
          row.role === "MENTOR" ? row.mentorCapacity : null,
        ];
      }),
    };
  });
}
