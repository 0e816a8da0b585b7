import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { decideApplicationsAction } from "@/lib/applications/application-actions";
import { listCohortApplications, type CohortApplications as CohortApplicationList } from "@/lib/applications/application-queries";
import {
  applicationFiltersSchema,
  sortDirection,
  type ApplicationFilters,
  type ApplicationSort,
} from "@/lib/applications/application-schemas";
import { Pagination } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { PublicLinkField } from "@/components/cohorts/public-link-field";
import { ApplicationFiltersForm } from "@/components/applications/application-filters";
import { ApplicationTable, type ApplicationTableRow, type SortLink } from "@/components/applications/application-table";
import { applicationsHref } from "@/components/applications/applications-href";
import { languageNamer } from "@/components/applications/language-names";
import { ExportLinks } from "@/components/exports/export-links";

type Props = { cohortId: string; searchParams: Record<string, string | string[] | undefined> };

/** The page's applications with every value formatted in the viewer's language. */
async function tableRows(data: CohortApplicationList): Promise<ApplicationTableRow[]> {
  const [t, format, locale] = await Promise.all([getTranslations("applications"), getFormat(), getLocale()]);
  const language = locale === "en" ? "en" : "sv";
  const fieldNames = new Map(data.fields.map((field) => [field.id, language === "en" ? field.nameEn : field.nameSv]));
  const languageName = languageNamer(language);
  return data.rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: t(`roles.${row.role}`),
    field: fieldNames.get(row.professionalFieldId) ?? "",
    city: row.city ?? "",
    languages: row.languageCodes.map(languageName).join(", "),
    status: row.status,
    statusLabel: t(`status.${row.status}`),
    submitted: format.dateTime(row.createdAt, { dateStyle: "medium" }),
  }));
}

/** Where a click on a column header leads: sorted by it, the other way round if it already is. */
function sortBy(cohortId: string, filters: ApplicationFilters, sort: ApplicationSort): Omit<SortLink, "label"> {
  const active = filters.sort === sort;
  const direction = sortDirection(filters);
  const dir = active ? (direction === "asc" ? "desc" : "asc") : undefined;
  return { href: applicationsHref(cohortId, { ...filters, sort, dir, page: 1 }), direction: active ? direction : undefined };
}

/** A cohort without applications: the link to share so that people apply. */
async function NoApplicationsYet({ publicLink }: { publicLink: string }) {
  const t = await getTranslations("applications.empty");
  return (
    <EmptyState title={t("title")}>
      <div className="mx-auto max-w-xl text-left">
        <PublicLinkField
          link={publicLink}
          label={t("linkLabel")}
          hint={t("share")}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
          previewLabel={t("preview")}
        />
      </div>
    </EmptyState>
  );
}

/**
 * A cohort's applications: filters, count, the table with bulk decisions, and pages of 50.
 * Coordinators of another programme get "not found".
 */
export async function CohortApplications({ cohortId, searchParams }: Props) {
  const viewer = await requireViewer();
  const filters = applicationFiltersSchema.parse(searchParams);
  const data = await listCohortApplications(viewer, cohortId, filters);
  if (!data) notFound();

  const [t, locale, rows] = await Promise.all([getTranslations("applications"), getLocale(), tableRows(data)]);
  const language = locale === "en" ? "en" : "sv";
  const current = { ...filters, page: data.page };
  const sortLink = (sort: ApplicationSort, label: string) => ({ label, ...sortBy(data.cohort.id, filters, sort) });

  const filtered = Boolean(filters.role || filters.field || filters.status || filters.city || filters.language || filters.q);
  return (
    <>
      <PageHeader title={t("title")} />
      {(data.total > 0 || filtered) && (
        <ApplicationFiltersForm cohortId={data.cohort.id} filters={filters} fields={data.fields} cities={data.cities} locale={language} />
      )}
      <ApplicationTable
        // A new filter, sort or page starts with nothing selected and no old result showing.
        key={applicationsHref(data.cohort.id, current)}
        rows={rows}
        caption={t("table.caption", { cohort: data.cohort.name })}
        count={t("count", { count: data.total })}
        empty={
          filtered ? (
            <EmptyState title={t("empty.filteredTitle")}>
              <TextLink href={applicationsHref(data.cohort.id, {})}>{t("filters.clear")}</TextLink>
            </EmptyState>
          ) : (
            <NoApplicationsYet publicLink={data.cohort.publicLink} />
          )
        }
        sortLinks={{
          name: sortLink("name", t("columns.name")),
          field: sortLink("field", t("columns.field")),
          status: sortLink("status", t("columns.status")),
          submitted: sortLink("submitted", t("columns.submitted")),
        }}
        action={decideApplicationsAction.bind(null, data.cohort.id)}
      />
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(page) => applicationsHref(data.cohort.id, { ...current, page })} />
      {data.total > 0 && (
        <ExportLinks
          testId="application-export"
          href={(format) => paths.applicationsExport(data.cohort.id, { ...filters, page: undefined, format })}
        />
      )}
    </>
  );
}
