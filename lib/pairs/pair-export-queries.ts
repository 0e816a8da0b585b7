import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { exportCohortTable, exportDay } from "@/lib/cohorts/cohort-export";
import type { PairFilters } from "@/lib/pairs/pair-schemas";
import { exportRowLimit, type ExportFormat, type SheetTable } from "@/lib/spreadsheet/spreadsheet-files";

// A cohort's pairs as a file: proposals, running and ended pairs, in the board's order (the
// mentee's field, then name). The columns are described in docs/exports.md.

const COLUMNS = ["mentee", "menteeEmail", "mentor", "mentorEmail", "field", "status", "score", "source", "published", "ended"] as const;

const personSelect = { user: { select: { name: true, email: true, erasedAt: true } } } as const;

/**
 * The cohort's pairs as a table for a file, for a coordinator of its programme; null for anyone
 * else. Every export is written to the audit log: personal data leaves Tandem with it.
 */
export async function getPairExport(
  viewer: Viewer,
  cohortId: unknown,
  filters: PairFilters,
  { locale, format }: { locale: "sv" | "en"; format: ExportFormat },
): Promise<{ table: SheetTable; cohortName: string } | null> {
  return exportCohortTable(viewer, cohortId, { locale, format, audit: { action: "pair.export", filters } }, async (cohort, t) => {
    const rows = await db.pair.findMany({
      where: {
        cohortId: cohort.id,
        ...(filters.status && { status: filters.status }),
        ...(filters.field && { mentee: { professionalField: { key: filters.field } } }),
      },
      orderBy: [{ mentee: { professionalField: { sortOrder: "asc" } } }, { mentee: { user: { name: "asc" } } }, { id: "asc" }],
      take: exportRowLimit,
      select: {
        status: true,
        score: true,
        source: true,
        publishedAt: true,
        endedAt: true,
        mentee: { select: { ...personSelect, professionalField: { select: { nameSv: true, nameEn: true } } } },
        mentor: { select: personSelect },
      },
    });
    const person = (side: { user: { name: string; email: string | null; erasedAt: Date | null } | null }) =>
      side.user && !side.user.erasedAt ? [side.user.name, side.user.email] : [t("erased"), null];
    return {
      headers: COLUMNS.map((column) => t(`pairs.${column}`)),
      rows: rows.map((row) => [
        ...person(row.mentee),
        ...person(row.mentor),
        locale === "en" ? row.mentee.professionalField.nameEn : row.mentee.professionalField.nameSv,
        t(`pairStatus.${row.status}`),
        row.score,
        t(`pairSource.${row.source}`),
        exportDay(row.publishedAt),
        exportDay(row.endedAt),
      ]),
    };
  });
}
