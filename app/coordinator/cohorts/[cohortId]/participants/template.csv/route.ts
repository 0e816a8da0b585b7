import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getImportTemplate } from "@/lib/participants/import-queries";

/** The CSV template of the import page; like the page, only for the coordinators of the cohort's programme. */
export async function GET(_request: Request, { params }: RouteContext<"/coordinator/cohorts/[cohortId]/participants/template.csv">) {
  const { cohortId } = await params;
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  const template = await getImportTemplate(await requireViewer(), cohortId, locale);
  if (!template) notFound();
  return new Response(template.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${template.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
