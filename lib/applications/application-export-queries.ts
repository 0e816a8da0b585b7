import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { applicationOrder, applicationWhere } from "@/lib/applications/application-list";
import { readApplicationProfile } from "@/lib/applications/application-profile";
import type { ApplicationFilters } from "@/lib/applications/application-schemas";
import { exportCohortTable, exportDay } from "@/lib/cohorts/cohort-export";
import { exportRowLimit, languagesCell, type ExportFormat, type SheetTable } from "@/lib/spreadsheet/spreadsheet-files";

// The applications table of a cohort as a file: every application the filters let through, in the
// table's order, not only the page shown. The columns are described in docs/exports.md.

const COLUMNS = ["name", "email", "phone", "role", "status", "field", "city", "languages", "submitted", "decided"] as const;

/**
 * The cohort's applications as a table for a file, for a coordinator of its programme; null for
 * anyone else. Personal data leaves Tandem with it, so every export is written to the audit log.
 */
export async function getApplicationExport(
  viewer: Viewer,
  cohortId: unknown,
  filters: ApplicationFilters,
  { locale, format }: { locale: "sv" | "en"; format: ExportFormat },
): Promise<{ table: SheetTable; cohortName: string } | null> {
  const audit = { action: "application.export", filters: { ...filters, page: undefined } };
  return exportCohortTable(viewer, cohortId, { locale, format, audit }, async (cohort, t) => {
    const rows = await db.application.findMany({
      where: applicationWhere(cohort.id, filters),
      orderBy: applicationOrder(filters),
      take: exportRowLimit,
      select: {
        name: true,
        email: true,
        role: true,
        status: true,
        city: true,
        profile: true,
        createdAt: true,
        decidedAt: true,
        professionalField: { select: { key: true, nameSv: true, nameEn: true } },
      },
    });
    return {
      headers: COLUMNS.map((column) => t(`applications.${column}`)),
      rows: rows.map((row) => {
        const profile = readApplicationProfile(row.profile, { name: row.name, fieldKey: row.professionalField.key });
        return [
          row.name,
          row.email ?? t("erased"),
          profile.phone ?? null,
          t(`roles.${row.role}`),
          t(`applicationStatus.${row.status}`),
          locale === "en" ? row.professionalField.nameEn : row.professionalField.nameSv,
          row.city,
          languagesCell(profile.languages),
          exportDay(row.createdAt),
          exportDay(row.decidedAt),
        ];
      }),
    };
  });
}
