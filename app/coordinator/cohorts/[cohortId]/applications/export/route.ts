import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getApplicationExport } from "@/lib/applications/application-export-queries";
import { applicationFiltersSchema } from "@/lib/applications/application-schemas";
import { exportFormat, spreadsheetDownload } from "@/lib/spreadsheet/spreadsheet-files";

/** The cohort's applications with the table's filters, as CSV or XLSX; only for the coordinators of its programme. */
export async function GET(request: Request, { params }: RouteContext<"/coordinator/cohorts/[cohortId]/applications/export">) {
  const { cohortId } = await params;
  const search = new URL(request.url).searchParams;
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  const format = exportFormat(search.get("format"));
  const filters = applicationFiltersSchema.parse(Object.fromEntries(search));
  const file = await getApplicationExport(await requireViewer(), cohortId, filters, { locale, format });
  if (!file) notFound();
  const t = await getTranslations({ locale, namespace: "exports.applications" });
  return spreadsheetDownload(file.table, { format, locale, sheetName: t("sheet"), fileName: `${t("file")}-${file.cohortName}` });
}
