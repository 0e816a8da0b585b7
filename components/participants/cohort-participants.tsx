import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { listCohortParticipants, type ParticipantField, type ParticipantRow } from "@/lib/participants/participant-admin-queries";
import { participantFiltersSchema } from "@/lib/participants/participant-admin-schemas";
import { buttonClass } from "@/components/ui/button";
import { DataTable, Pagination, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ParticipantFiltersForm } from "@/components/participants/participant-filters";
import { ParticipantStatusBadge } from "@/components/participants/participant-status-badge";
import { participantsHref } from "@/components/participants/participants-href";
import { ExportLinks } from "@/components/exports/export-links";

type Props = { cohortId: string; searchParams: Record<string, string | string[] | undefined> };

/** The list's columns, in the viewer's language. */
async function participantColumns(fields: ParticipantField[]): Promise<Column<ParticipantRow>[]> {
  const [t, locale] = await Promise.all([getTranslations("participants"), getLocale()]);
  const fieldNames = new Map(fields.map((field) => [field.id, locale === "en" ? field.nameEn : field.nameSv]));
  return [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) =>
        row.name === null ? (
          <span className="inline-flex min-h-11 items-center text-stone-600">{t("erased")}</span>
        ) : (
          <TextLink href={paths.participant(row.id)}>{row.name}</TextLink>
        ),
    },
    { key: "role", header: t("columns.role"), cell: (row) => t(`roles.${row.role}`) },
    { key: "field", header: t("columns.field"), cell: (row) => fieldNames.get(row.professionalFieldId) ?? "" },
    { key: "city", header: t("columns.city"), cell: (row) => row.city ?? "" },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => <ParticipantStatusBadge status={row.status} label={t(`status.${row.status}`)} />,
    },
    { key: "password", header: t("columns.password"), cell: (row) => (row.hasPassword ? t("yes") : t("no")) },
  ];
}

/**
 * A cohort's participants: filters, count, the table (50 a page), and the ways to add people.
 * Coordinators of another programme get "not found".
 */
export async function CohortParticipants({ cohortId, searchParams }: Props) {
  const viewer = await requireViewer();
  const filters = participantFiltersSchema.parse(searchParams);
  const data = await listCohortParticipants(viewer, cohortId, filters);
  if (!data) notFound();

  const [t, locale, columns] = await Promise.all([getTranslations("participants"), getLocale(), participantColumns(data.fields)]);
  const language = locale === "en" ? "en" : "sv";
  const open = data.cohort.status !== "CLOSED";
  const filtered = Boolean(filters.role || filters.field || filters.status || filters.q);
  const current = { ...filters, page: data.page };

  return (
    <>
      <PageHeader title={t("title")} lead={open ? t("lead") : t("leadClosed")} />
      {open && (
        <div className="mb-6 flex flex-wrap gap-3">
          <Link href={paths.inviteParticipant(data.cohort.id)} className={buttonClass("primary")}>
            {t("actions.invite")}
          </Link>
          <Link href={paths.importParticipants(data.cohort.id)} className={buttonClass("secondary")}>
            {t("actions.import")}
          </Link>
        </div>
      )}
      <ParticipantFiltersForm cohortId={data.cohort.id} filters={filters} fields={data.fields} locale={language} />
      <DataTable
        caption={t("table.caption", { cohort: data.cohort.name })}
        columns={columns}
        rows={data.rows}
        rowKey={(row) => row.id}
        rowTestId="participant-row"
        count={t("count", { count: data.total })}
        empty={
          filtered ? (
            <EmptyState title={t("empty.filteredTitle")}>
              <TextLink href={participantsHref(data.cohort.id, {})}>{t("filters.clear")}</TextLink>
            </EmptyState>
          ) : (
            <EmptyState title={t("empty.title")}>{open ? t("empty.hint") : null}</EmptyState>
          )
        }
        minWidth="min-w-[44rem]"
        framed
      />
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(page) => participantsHref(data.cohort.id, { ...current, page })} />
      {data.total > 0 && (
        <ExportLinks
          testId="participant-export"
          href={(format) => paths.participantsExport(data.cohort.id, { ...filters, page: undefined, format })}
        />
      )}
    </>
  );
}
