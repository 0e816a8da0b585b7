import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { paths } from "@/lib/paths";
import type { CohortSummary, ProgrammeOverview } from "@/lib/programmes/programme-queries";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { CohortPipelineSection } from "@/components/programmes/cohort-pipeline";

/** The cohorts table's columns: each cohort with its status, period and counts. */
async function cohortColumns(): Promise<Column<CohortSummary>[]> {
  const [t, format] = await Promise.all([getTranslations("coordinator"), getFormat()]);
  const count = (key: "mentees" | "mentors" | "pairs" | "meetings"): Column<CohortSummary> => ({
    key,
    header: t(`columns.${key}`),
    numeric: true,
    cell: (cohort) => format.number(cohort[key]),
  });
  return [
    {
      key: "cohort",
      header: t("columns.cohort"),
      rowHeader: true,
      cell: (cohort) => <TextLink href={paths.cohort(cohort.id)}>{cohort.name}</TextLink>,
    },
    { key: "status", header: t("columns.status"), cell: (cohort) => <CohortStatusBadge status={cohort.status} /> },
    {
      key: "period",
      header: t("columns.period"),
      className: "whitespace-nowrap",
      cell: (cohort) => format.dateTimeRange(cohort.startDate, cohort.endDate, { dateStyle: "medium", timeZone: "UTC" }),
    },
    count("mentees"),
    count("mentors"),
    count("pairs"),
    count("meetings"),
  ];
}

/** A programme on the coordinator's home: its cohorts, and what the cohorts still to be matched need. */
export async function ProgrammeOverviewCard({ programme }: { programme: ProgrammeOverview }) {
  const [t, columns] = await Promise.all([getTranslations("coordinator"), cohortColumns()]);
  const toMatch = programme.cohorts.filter((cohort) => cohort.pipeline !== null);
  const actions = (
    <div className="flex flex-wrap gap-2">
      <Link href={paths.programme(programme.id)} className={buttonClass("secondary")}>
        {t("programmeSettings")}
        <span className="sr-only"> {programme.name}</span>
      </Link>
      <Link href={paths.newCohort(programme.id)} className={buttonClass("primary")}>
        {t("newCohort")}
        <span className="sr-only"> {t("inProgramme", { programme: programme.name })}</span>
      </Link>
    </div>
  );
  return (
    <Card title={programme.name} actions={actions}>
      {programme.description && <p className="mb-4 max-w-prose text-stone-700">{programme.description}</p>}
      <DataTable
        caption={t("cohortsCaption", { programme: programme.name })}
        columns={columns}
        rows={programme.cohorts}
        rowKey={(cohort) => cohort.id}
        rowTestId="cohort-row"
        empty={<EmptyState title={t("noCohorts")} />}
        minWidth="min-w-[40rem]"
      />
      {toMatch.length > 0 && (
        <div className="mt-6 space-y-4">
          <h3 className="text-base font-semibold">{t("pipeline.title")}</h3>
          <p className="max-w-prose text-stone-700">{t("pipeline.lead")}</p>
          {toMatch.map((cohort) => (
            <CohortPipelineSection key={cohort.id} cohort={cohort} pipeline={cohort.pipeline!} />
          ))}
        </div>
      )}
    </Card>
  );
}
