import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammeOverview } from "@/lib/programmes/programme-queries";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";

export async function ProgrammeOverviewCard({ programme }: { programme: ProgrammeOverview }) {
  const t = await getTranslations("coordinator");
  const format = await getFormatter();
  return (
    <Card title={programme.name}>
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
                    {cohort.name}
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
    </Card>
  );
}
