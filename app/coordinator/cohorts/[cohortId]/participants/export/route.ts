import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getParticipantExport } from "@/lib/participants/participant-export-queries";
import { participantFiltersSchema } from "@/lib/participants/participant-admin-schemas";
import { exportFormat, spreadsheetDownload } from "@/lib/spreadsheet/spreadsheet-files";

/** The cohort's participants with the list's filters, as CSV or XLSX; only for the coordinators of its programme. */
export async function GET(request: Request, { params }: RouteContext<"/coordinator/cohorts/[cohortId]/participants/export">) {
  const { cohortId } = await params;
  const search = new URL(request.url).searchParams;
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  const format = exportFormat(search.get("format"));
  const filters = participantFiltersSchema.parse(Object.fromEntries(search));
  const file = await getParticipantExport(await requireViewer(), cohortId, filters, { locale, format });
  if (!file) notFound();
  const t = await getTranslations({ locale, namespace: "exports.participants" });
  return spreadsheetDownload(file.table, { format, locale, sheetName: t("sheet"), fileName: `${t("file")}-${file.cohortName}` });
}
