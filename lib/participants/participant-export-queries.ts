import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/audit";
import { textIn } from "@/lib/i18n/bilingual";
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
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  const fields = await db.professionalField.findMany({
    where: { programmeId: cohort.programmeId },
    select: { id: true, key: true, nameSv: true, nameEn: true },
  });
  const [t, rows, names] = await Promise.all([
    getTranslations({ locale, namespace: "exports" }),
    db.participation.findMany({
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
    }),
    db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { name: true, nameEn: true } }),
  ]);
  const fieldName = new Map(fields.map((field) => [field.id, locale === "en" ? field.nameEn : field.nameSv]));
  const table: SheetTable = {
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
  await recordAudit({
    actorId: viewer.id,
    action: "participant.export",
    entityType: "Cohort",
    entityId: cohort.id,
    programmeId: cohort.programmeId,
    details: { format, rows: rows.length, filters: { ...filters, page: undefined } },
  });
  return { table, cohortName: textIn(locale, names.name, names.nameEn) };
}
