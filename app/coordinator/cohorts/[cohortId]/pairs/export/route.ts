import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getPairExport } from "@/lib/pairs/pair-export-queries";
import { pairFiltersSchema } from "@/lib/pairs/pair-schemas";
import { exportFormat, spreadsheetDownload } from "@/lib/spreadsheet/spreadsheet-files";

/** The cohort's pairs, of one professional field or all, as CSV or XLSX; only for the coordinators of its programme. */
export async function GET(request: Request, { params }: RouteContext<"/coordinator/cohorts/[cohortId]/pairs/export">) {
  const { cohortId } = await params;
  const search = new URL(request.url).searchParams;
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  const format = exportFormat(search.get("format"));
  const filters = pairFiltersSchema.parse(Object.fromEntries(search));
  const file = await getPairExport(await requireViewer(), cohortId, filters, { locale, format });
  if (!file) notFound();
  const t = await getTranslations({ locale, namespace: "exports.pairs" });
  return spreadsheetDownload(file.table, { format, locale, sheetName: t("sheet"), fileName: `${t("file")}-${file.cohortName}` });
}
