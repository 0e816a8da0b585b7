import { getLocale, getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { paths } from "@/lib/paths";
import type { CohortSummary } from "@/lib/programmes/programme-queries";
import type { CohortPipeline, FieldPipeline } from "@/lib/programmes/pipeline";
import { DataTable, type Column } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";

const APPLICATION_STATUSES = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "DECLINED"] as const;

/** The pool table's columns: per professional field, mentees against mentors and their places. */
async function poolColumns(): Promise<Column<FieldPipeline>[]> {
  const [t, format, locale] = await Promise.all([getTranslations("coordinator.pipeline"), getFormat(), getLocale()]);
  const count = (key: "mentees" | "mentors" | "mentorPlaces", header: string): Column<FieldPipeline> => ({
    key,
    header,
    numeric: true,
    cell: (field) => format.number(field[key]),
  });
  return [
    { key: "field", header: t("columns.field"), rowHeader: true, cell: (field) => (locale === "en" ? field.nameEn : field.nameSv) },
    count("mentees", t("columns.mentees")),
    count("mentors", t("columns.mentors")),
    count("mentorPlaces", t("columns.places")),
    {
      key: "missing",
      header: t("columns.missing"),
      cell: (field) =>
        field.missingPlaces > 0 ? (
          <span className="font-medium text-amber-900">{t("missing", { count: field.missingPlaces })}</span>
        ) : field.mentees === 0 ? (
          t("noMentees")
        ) : (
          t("enough")
        ),
    },
  ];
}

/** The cohort's applications by status, and the ways to review them and to match. */
async function ApplicationCounts({ cohort }: { cohort: CohortSummary }) {
  const [t, format] = await Promise.all([getTranslations("coordinator.pipeline"), getFormat()]);
  return (
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
      <div className="mt-2 flex flex-col items-start">
        <TextLink href={paths.cohortApplications(cohort.id)}>{t("reviewApplications")}</TextLink>
        {cohort.status === "MATCHING" && <TextLink href={paths.matching(cohort.id)}>{t("openMatching")}</TextLink>}
      </div>
    </div>
  );
}

/**
 * One cohort on its way to matching: its applications by status, and per professional field the
 * mentees against the places mentors offer, with what is missing said in words.
 */
export async function CohortPipelineSection({ cohort, pipeline }: { cohort: CohortSummary; pipeline: CohortPipeline }) {
  const [t, columns] = await Promise.all([getTranslations("coordinator.pipeline"), poolColumns()]);
  const headingId = `pipeline-${cohort.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-stone-200 p-4" data-testid="cohort-pipeline">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h4 id={headingId} className="text-base font-semibold">
          <TextLink href={paths.cohort(cohort.id)}>{cohort.name}</TextLink>
        </h4>
        <CohortStatusBadge status={cohort.status} />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <ApplicationCounts cohort={cohort} />
        <div>
          <p className="mb-1 font-medium">{t("pool")}</p>
          <DataTable
            caption={t("poolCaption", { cohort: cohort.name })}
            columns={columns}
            rows={pipeline.fields}
            rowKey={(field) => field.id}
            rowTestId="pipeline-field-row"
            empty={<p className="text-stone-700">{t("nobodyYet")}</p>}
            minWidth="min-w-[32rem]"
          />
          {pipeline.fields.length > 0 && (
            <p className="mt-2" data-testid="pipeline-summary">
              {pipeline.missingPlaces > 0
                ? t("summaryMissing", { mentees: pipeline.mentees, mentors: pipeline.mentors, count: pipeline.missingPlaces })
                : t("summaryEnough", { mentees: pipeline.mentees, mentors: pipeline.mentors })}
            </p>
          )}
          <TextLink href={paths.cohortParticipants(cohort.id)} className="mt-2">
            {t("participants")}
          </TextLink>
        </div>
      </div>
    </section>
  );
}
