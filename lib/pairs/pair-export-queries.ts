import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/audit";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { textIn } from "@/lib/i18n/bilingual";
import type { PairFilters } from "@/lib/pairs/pair-schemas";
import { exportRowLimit, type ExportFormat, type SheetTable } from "@/lib/spreadsheet/spreadsheet-files";

// A cohort's pairs as a file: proposals, running and ended pairs, in the board's order (the
// mentee's field, then name). The columns are described in docs/exports.md.

const COLUMNS = ["mentee", "menteeEmail", "mentor", "mentorEmail", "field", "status", "score", "source", "published", "ended"] as const;

const dayCell = (instant: Date | null) => (instant ? toStockholmParts(instant).date : null);

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
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  const [t, rows, names] = await Promise.all([
    getTranslations({ locale, namespace: "exports" }),
    db.pair.findMany({
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
    }),
    db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { name: true, nameEn: true } }),
  ]);
  const person = (side: { user: { name: string; email: string | null; erasedAt: Date | null } | null }) =>
    side.user && !side.user.erasedAt ? [side.user.name, side.user.email] : [t("erased"), null];
  const table: SheetTable = {
    headers: COLUMNS.map((column) => t(`pairs.${column}`)),
    rows: rows.map((row) => [
      ...person(row.mentee),
      ...person(row.mentor),
      locale === "en" ? row.mentee.professionalField.nameEn : row.mentee.professionalField.nameSv,
      t(`pairStatus.${row.status}`),
      row.score,
      t(`pairSource.${row.source}`),
      dayCell(row.publishedAt),
      dayCell(row.endedAt),
    ]),
  };
  await recordAudit({
    actorId: viewer.id,
    action: "pair.export",
    entityType: "Cohort",
    entityId: cohort.id,
    programmeId: cohort.programmeId,
    details: { format, rows: rows.length, filters },
  });
  return { table, cohortName: textIn(locale, names.name, names.nameEn) };
}
