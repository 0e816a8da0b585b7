import Form from "next/form";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { peopleSearchLimit, peopleSearchSchema } from "@/lib/people/people-schemas";
import { searchPeople, type FoundApplicant, type FoundPerson } from "@/lib/people/people-queries";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

type Props = { searchParams: Record<string, string | string[] | undefined> };

/** Finds people by name or email in every cohort of the programmes the viewer runs. */
export async function FindPeople({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!isStaff(viewer)) notFound();
  const search = peopleSearchSchema.parse(searchParams);
  const typed = typeof searchParams.q === "string" ? searchParams.q.trim() : "";
  const [t, tRoles, found] = await Promise.all([getTranslations("people"), getTranslations("exports.roles"), searchPeople(viewer, search)]);
  const tStatus = await getTranslations("exports.applicationStatus");

  const personColumns: Column<FoundPerson>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (person) => <TextLink href={paths.person(person.id)}>{person.name}</TextLink>,
    },
    { key: "email", header: t("columns.email"), cell: (person) => <span className="break-all">{person.email ?? ""}</span> },
    {
      key: "cohorts",
      header: t("columns.cohorts"),
      cell: (person) =>
        person.cohorts.length === 0
          ? t("appliedOnly")
          : person.cohorts.map((cohort) => t("cohortRole", { cohort: cohort.name, role: tRoles(cohort.role) })).join(", "),
    },
  ];
  const applicantColumns: Column<FoundApplicant>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (applicant) => <TextLink href={paths.application(applicant.applicationId)}>{applicant.name}</TextLink>,
    },
    { key: "email", header: t("columns.email"), cell: (applicant) => <span className="break-all">{applicant.email ?? ""}</span> },
    {
      key: "application",
      header: t("columns.application"),
      cell: (applicant) => t("applied", { cohort: applicant.cohort.name, role: tRoles(applicant.role), status: tStatus(applicant.status) }),
    },
  ];
  const nothing = search.q && found.people.length === 0 && found.applicants.length === 0;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Form
        action={paths.people()}
        role="search"
        aria-label={t("title")}
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <TextField
          name="q"
          type="search"
          label={t("searchLabel")}
          hint={t("searchHint")}
          defaultValue={typed}
          className="min-w-64 flex-1"
        />
        <Button type="submit">{t("search")}</Button>
      </Form>
      {typed && !search.q && (
        <p className="mb-4" data-testid="search-too-short">
          {t("tooShort")}
        </p>
      )}
      {nothing && <EmptyState title={t("none", { q: search.q! })}>{t("noneHint")}</EmptyState>}
      {found.more && (
        <p className="mb-4 font-medium" data-testid="search-more">
          {t("more", { count: peopleSearchLimit })}
        </p>
      )}
      {found.people.length > 0 && (
        <DataTable
          caption={t("peopleCaption", { q: search.q! })}
          columns={personColumns}
          rows={found.people}
          rowKey={(person) => person.id}
          rowTestId="person-row"
          count={t("peopleCount", { count: found.people.length })}
          minWidth="min-w-[36rem]"
          framed
        />
      )}
      {found.applicants.length > 0 && (
        <div className="mt-6">
          <DataTable
            caption={t("applicantsCaption", { q: search.q! })}
            columns={applicantColumns}
            rows={found.applicants}
            rowKey={(applicant) => applicant.applicationId}
            rowTestId="applicant-row"
            count={t("applicantsCount", { count: found.applicants.length })}
            minWidth="min-w-[36rem]"
            framed
          />
        </div>
      )}
    </>
  );
}
