import "server-only";
import { getTranslations } from "next-intl/server";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/audit";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import { textIn } from "@/lib/i18n/bilingual";
import type { ExportFormat, SheetTable } from "@/lib/spreadsheet/spreadsheet-files";

// What every export of a cohort's table shares (applications, participants, pairs): only a
// coordinator of the cohort's programme gets one, the headers are in the language asked for, and
// every export is written to the audit log, since personal data leaves Tandem with it.

export type ExportTranslator = Awaited<ReturnType<typeof getTranslations<"exports">>>;

export type CohortExport = {
  locale: "sv" | "en";
  format: ExportFormat;
  /** The audit entry's action, e.g. "pair.export", and the filters the table was made with. */
  audit: { action: string; filters: object };
};

/** The cohort's table for a file, built by `build`; null for anyone who may not run the cohort. */
export async function exportCohortTable(
  viewer: Viewer,
  cohortId: unknown,
  { locale, format, audit }: CohortExport,
  build: (cohort: { id: string; programmeId: string }, t: ExportTranslator) => Promise<SheetTable>,
): Promise<{ table: SheetTable; cohortName: string } | null> {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  const [t, names] = await Promise.all([
    getTranslations({ locale, namespace: "exports" }),
    db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { name: true, nameEn: true } }),
  ]);
  const table = await build(cohort, t);
  await recordAudit({
    actorId: viewer.id,
    action: audit.action,
    entityType: "Cohort",
    entityId: cohort.id,
    programmeId: cohort.programmeId,
    details: { format, rows: table.rows.length, filters: audit.filters },
  });
  return { table, cohortName: textIn(locale, names.name, names.nameEn) };
}

/** A day as a file shows it: the date in Stockholm, YYYY-MM-DD. */
export function exportDay(instant: Date | null): string | null {
  return instant ? toStockholmParts(instant).date : null;
}
