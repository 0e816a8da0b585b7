import { getTranslations } from "next-intl/server";
import { paths } from "@/lib/paths";
import { ExportLinks } from "@/components/exports/export-links";

/** The cohort's pairs as a file, of the professional field the board shows (or all of them). */
export async function PairExportLinks({ cohortId, fieldKey }: { cohortId: string; fieldKey: string | null }) {
  const t = await getTranslations("exports.links");
  return (
    <ExportLinks
      testId="pair-export"
      hint={t("pairsHint")}
      href={(format) => paths.pairsExport(cohortId, { field: fieldKey ?? undefined, format })}
    />
  );
}
