import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CohortSummary } from "@/lib/programmes/programme-queries";
import type { CohortPipeline } from "@/lib/programmes/pipeline";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";

const APPLICATION_STATUSES = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "DECLINED"] as const;

/**
 * One cohort on its way to matching: its applications by status, and per professional field the
 * mentees against the places mentors offer, with what is missing said in words.
 */
export async function CohortPipelineSection({ cohort, pipeline }: { cohort: CohortSummary; pipeline: CohortPipeline }) {
  const t = await getTranslations("coordinator.pipeline");
  const format = await getFormatter();
  const locale = await getLocale();
  const headingId = `pipeline-${cohort.id}`;
  const base = `/coordinator/cohorts/${cohort.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-stone-200 p-4" data-testid="cohort-pipeline">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h4 id={headingId} className="text-base font-semibold">
          <Link href={base} className="text-accent-700 underline underline-offset-2">
            {cohort.name}
          </Link>
        </h4>
        <CohortStatusBadge status={cohort.status} />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <div>
          <p className="font-medium">{t("applications")}</p>
          <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-4">
            {APPLICATION_STATUSES.map((status) => (
              <div key={status} className="contents">
                <dt>{t(`applicationStatus.${status}`)}</dt>
                <dd className="text-right tabular-nums" data-testid={`applications-${status}`}>
                  {format.number(cohort.applications[status])}
                </dd>
              </div>
            ))}
          </dl>
          <Link href={`${base}/applications`} className="mt-2 inline-flex min-h-11 items-center text-accent-700 underline">
            {t("reviewApplications")}
          </Link>
          {cohort.status === "MATCHING" && (
            <Link href={`${base}/matching`} className="flex min-h-11 items-center text-accent-700 underline">
              {t("openMatching")}
            </Link>
          )}
        </div>
        <div>
          <p className="font-medium">{t("pool")}</p>
          {pipeline.fields.length === 0 ? (
            <p className="mt-1 text-stone-700">{t("nobodyYet")}</p>
          ) : (
            <>
              <div className="overflow-x-auto">
                <table className="mt-1 w-full min-w-[32rem] border-collapse text-left">
                  <caption className="sr-only">{t("poolCaption", { cohort: cohort.name })}</caption>
                  <thead>
                    <tr className="border-b border-stone-300">
                      <th scope="col" className="py-2 pr-4">
                        {t("columns.field")}
                      </th>
                      <th scope="col" className="py-2 pr-4 text-right">
                        {t("columns.mentees")}
                      </th>
                      <th scope="col" className="py-2 pr-4 text-right">
                        {t("columns.mentors")}
                      </th>
                      <th scope="col" className="py-2 pr-4 text-right">
                        {t("columns.places")}
                      </th>
                      <th scope="col" className="py-2">
                        {t("columns.missing")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {pipeline.fields.map((field) => (
                      <tr key={field.id} className="border-b border-stone-200" data-testid="pipeline-field-row">
                        <th scope="row" className="py-2 pr-4 font-medium">
                          {locale === "en" ? field.nameEn : field.nameSv}
                        </th>
                        <td className="py-2 pr-4 text-right tabular-nums">{format.number(field.mentees)}</td>
                        <td className="py-2 pr-4 text-right tabular-nums">{format.number(field.mentors)}</td>
                        <td className="py-2 pr-4 text-right tabular-nums">{format.number(field.mentorPlaces)}</td>
                        <td className={`py-2 ${field.missingPlaces > 0 ? "font-medium text-amber-900" : ""}`}>
                          {field.missingPlaces > 0
                            ? t("missing", { count: field.missingPlaces })
                            : field.mentees === 0
                              ? t("noMentees")
                              : t("enough")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="mt-2" data-testid="pipeline-summary">
                {pipeline.missingPlaces > 0
                  ? t("summaryMissing", { mentees: pipeline.mentees, mentors: pipeline.mentors, count: pipeline.missingPlaces })
                  : t("summaryEnough", { mentees: pipeline.mentees, mentors: pipeline.mentors })}
              </p>
            </>
          )}
          <Link href={`${base}/participants`} className="mt-2 inline-flex min-h-11 items-center text-accent-700 underline">
            {t("participants")}
          </Link>
        </div>
      </div>
    </section>
  );
}
