import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammeOverview } from "@/lib/programmes/programme-queries";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { CohortPipelineSection } from "@/components/programmes/cohort-pipeline";
import { buttonClass } from "@/components/ui/button";

export async function ProgrammeOverviewCard({ programme }: { programme: ProgrammeOverview }) {
  const t = await getTranslations("coordinator");
  const format = await getFormatter();
  const toMatch = programme.cohorts.filter((cohort) => cohort.pipeline !== null);
  const actions = (
    <div className="flex flex-wrap gap-2">
      <Link href={`/coordinator/programmes/${programme.id}`} className={buttonClass("secondary")}>
        {t("programmeSettings")}
        <span className="sr-only"> {programme.name}</span>
      </Link>
      <Link href={`/coordinator/programmes/${programme.id}/cohorts/new`} className={buttonClass("primary")}>
        {t("newCohort")}
        <span className="sr-only"> {t("inProgramme", { programme: programme.name })}</span>
      </Link>
    </div>
  );
  return (
    <Card title={programme.name} actions={actions}>
      {programme.description && <p className="mb-4 max-w-prose text-stone-700">{programme.description}</p>}
      {programme.cohorts.length === 0 ? (
        <EmptyState title={t("noCohorts")} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <caption className="sr-only">{t("cohortsCaption", { programme: programme.name })}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-4">
                  {t("columns.cohort")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.status")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.period")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t("columns.mentees")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t("columns.mentors")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t("columns.pairs")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("columns.meetings")}
                </th>
              </tr>
            </thead>
            <tbody>
              {programme.cohorts.map((cohort) => (
                <tr key={cohort.id} className="border-b border-stone-200" data-testid="cohort-row">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link
                      href={`/coordinator/cohorts/${cohort.id}`}
                      className="inline-flex min-h-11 items-center text-accent-700 underline"
                    >
                      {cohort.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    <CohortStatusBadge status={cohort.status} />
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {format.dateTimeRange(cohort.startDate, cohort.endDate, { dateStyle: "medium", timeZone: "UTC" })}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{format.number(cohort.mentees)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{format.number(cohort.mentors)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{format.number(cohort.pairs)}</td>
                  <td className="py-2 text-right tabular-nums">{format.number(cohort.meetings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
