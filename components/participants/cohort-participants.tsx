import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { listCohortParticipants } from "@/lib/participants/participant-admin-queries";
import { participantFiltersSchema } from "@/lib/participants/participant-admin-schemas";
import { buttonClass } from "@/components/ui/button";
import { Pagination, TableCount } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ParticipantFiltersForm } from "@/components/participants/participant-filters";
import { ParticipantStatusBadge } from "@/components/participants/participant-status-badge";
import { participantsHref } from "@/components/participants/participants-href";

type Props = { cohortId: string; searchParams: Record<string, string | string[] | undefined> };

/**
 * A cohort's participants: filters, count, the table (50 a page), and the ways to add people.
 * Coordinators of another programme get "not found".
 */
export async function CohortParticipants({ cohortId, searchParams }: Props) {
  const viewer = await requireViewer();
  const filters = participantFiltersSchema.parse(searchParams);
  const data = await listCohortParticipants(viewer, cohortId, filters);
  if (!data) notFound();

  const [t, locale] = await Promise.all([getTranslations("participants"), getLocale()]);
  const language = locale === "en" ? "en" : "sv";
  const fieldNames = new Map(data.fields.map((field) => [field.id, language === "en" ? field.nameEn : field.nameSv]));
  const base = `/coordinator/cohorts/${data.cohort.id}/participants`;
  const open = data.cohort.status !== "CLOSED";
  const filtered = Boolean(filters.role || filters.field || filters.status);
  const current = { ...filters, page: data.page };

  return (
    <>
      <PageHeader title={t("title")} lead={open ? t("lead") : t("leadClosed")} />
      {open && (
        <div className="mb-6 flex flex-wrap gap-3">
          <Link href={`${base}/invite`} className={buttonClass("primary")}>
            {t("actions.invite")}
          </Link>
          <Link href={`${base}/import`} className={buttonClass("secondary")}>
            {t("actions.import")}
          </Link>
        </div>
      )}
      <ParticipantFiltersForm cohortId={data.cohort.id} filters={filters} fields={data.fields} locale={language} />
      {data.total === 0 ? (
        filtered ? (
          <EmptyState title={t("empty.filteredTitle")}>
            <Link href={participantsHref(data.cohort.id, {})} className="inline-flex min-h-11 items-center text-accent-700 underline">
              {t("filters.clear")}
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title={t("empty.title")}>{open ? t("empty.hint") : null}</EmptyState>
        )
      ) : (
        <>
          <TableCount>{t("count", { count: data.total })}</TableCount>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full min-w-[44rem] border-collapse text-left">
              <caption className="sr-only">{t("table.caption", { cohort: data.cohort.name })}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  {(["name", "role", "field", "city", "status", "password"] as const).map((column) => (
                    <th key={column} scope="col" className="px-3 py-2">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.id} className="border-b border-stone-200 align-top" data-testid="participant-row">
                    <th scope="row" className="px-3 py-1 font-medium">
                      {row.name === null ? (
                        <span className="inline-flex min-h-11 items-center text-stone-600">{t("erased")}</span>
                      ) : (
                        <Link
                          href={`/coordinator/participants/${row.id}`}
                          className="inline-flex min-h-11 items-center text-accent-700 underline"
                        >
                          {row.name}
                        </Link>
                      )}
                    </th>
                    <td className="px-3 py-3">{t(`roles.${row.role}`)}</td>
                    <td className="px-3 py-3">{fieldNames.get(row.professionalFieldId) ?? ""}</td>
                    <td className="px-3 py-3">{row.city ?? ""}</td>
                    <td className="px-3 py-3">
                      <ParticipantStatusBadge status={row.status} label={t(`status.${row.status}`)} />
                    </td>
                    <td className="px-3 py-3">{row.hasPassword ? t("yes") : t("no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={data.page}
            pageCount={data.pageCount}
            hrefFor={(page) => participantsHref(data.cohort.id, { ...current, page })}
            labels={{
              nav: t("pagination.nav"),
              previous: t("pagination.previous"),
              next: t("pagination.next"),
              position: t("pagination.position", { page: data.page, pageCount: data.pageCount }),
            }}
          />
        </>
      )}
    </>
  );
}
