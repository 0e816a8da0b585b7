import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { updateCohortAction } from "@/lib/cohorts/cohort-actions";
import { archiveCohortAction } from "@/lib/cohorts/cohort-archive-actions";
import { getArchivability } from "@/lib/programmes/archive-queries";
import { requireViewer } from "@/lib/auth/session";
import { getCohortOverview } from "@/lib/cohorts/cohort-queries";
import { now } from "@/lib/clock";
import { paths } from "@/lib/paths";
import { acceptsApplications } from "@/lib/cohorts/cohort-status";
import { formatCalendarDate, toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CohortForm } from "@/components/cohorts/cohort-form";
import { CohortStatusPanel } from "@/components/cohorts/cohort-status-panel";
import { PublicLinkField } from "@/components/cohorts/public-link-field";
import { ArchiveCard } from "@/components/archive/archive-card";

export async function generateMetadata({ params }: PageProps<"/coordinator/cohorts/[cohortId]">): Promise<Metadata> {
  const { cohortId } = await params;
  const cohort = await getCohortOverview(await requireViewer(), cohortId);
  const t = await getTranslations("cohorts.overview");
  return { title: t("documentTitle", { cohort: cohort.name }) };
}

export default async function CohortOverviewPage({ params }: PageProps<"/coordinator/cohorts/[cohortId]">) {
  const { cohortId } = await params;
  const viewer = await requireViewer();
  const cohort = await getCohortOverview(viewer, cohortId);
  const t = await getTranslations("cohorts.overview");
  const format = await getFormat();
  const open = acceptsApplications(cohort, now());
  const day = (instant: Date) => format.dateTime(instant, { dateStyle: "long" });
  const windowText =
    cohort.applicationOpensAt && cohort.applicationClosesAt
      ? t("window.between", { opens: day(cohort.applicationOpensAt), closes: day(cohort.applicationClosesAt) })
      : cohort.applicationOpensAt
        ? t("window.from", { opens: day(cohort.applicationOpensAt) })
        : cohort.applicationClosesAt
          ? t("window.until", { closes: day(cohort.applicationClosesAt) })
          : t("window.none");
  const facts: Array<{ label: string; value: ReactNode }> = [
    { label: t("facts.period"), value: format.dateTimeRange(cohort.startDate, cohort.endDate, { dateStyle: "long", timeZone: "UTC" }) },
    { label: t("facts.window"), value: windowText },
    { label: t("facts.capacity"), value: format.number(cohort.defaultMentorCapacity) },
    {
      label: t("facts.minScore"),
      value: (
        <Link href={paths.matching(cohort.id)} className="text-accent-700 underline">
          {t("facts.minScoreValue", { score: cohort.minMatchScore })}
        </Link>
      ),
    },
    { label: t("facts.wishes"), value: cohort.menteeWishesEnabled ? t("facts.yes") : t("facts.no") },
    {
      label: t("facts.applications"),
      value: (
        <Link href={paths.cohortApplications(cohort.id)} className="text-accent-700 underline">
          {t("facts.applicationsValue", { count: cohort.counts.applications, submitted: cohort.counts.submitted })}
        </Link>
      ),
    },
    {
      label: t("facts.participants"),
      value: (
        <Link href={paths.cohortParticipants(cohort.id)} className="text-accent-700 underline">
          {t("facts.participantsValue", { mentees: cohort.counts.mentees, mentors: cohort.counts.mentors })}
        </Link>
      ),
    },
    {
      label: t("facts.sessions"),
      value: (
        <Link href={paths.cohortSessions(cohort.id)} className="text-accent-700 underline">
          {t("facts.sessionsValue", { count: cohort.counts.sessions })}
        </Link>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="space-y-6">
        <CohortStatusPanel
          cohortId={cohort.id}
          status={cohort.status}
          closed={{ at: cohort.closedAt, pairsRanCourse: cohort.counts.pairsRanCourse, pairsEndedEarly: cohort.counts.pairsEndedEarly }}
        />

        <Card title={t("link.title")}>
          <PublicLinkField
            link={cohort.publicLink}
            label={t("link.label")}
            hint={t("link.hint")}
            copyLabel={t("link.copy")}
            copiedLabel={t("link.copied")}
            previewLabel={t("link.preview")}
          />
          <p className="mt-2 font-medium" data-testid="accepting">
            {open ? t("link.open") : cohort.status === "RECRUITING" ? t("link.outsideWindow") : t("link.closed")}
          </p>
        </Card>

        <Card title={t("facts.title")}>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
            {facts.map((fact) => (
              <div key={fact.label} className="contents">
                <dt className="font-medium">{fact.label}</dt>
                <dd className="mb-2 sm:mb-0">{fact.value}</dd>
              </div>
            ))}
          </dl>
        </Card>

        {cohort.status !== "CLOSED" && (
          <Card title={t("settings")}>
            <CohortForm
              action={updateCohortAction.bind(null, cohort.id)}
              defaultMonths={cohort.programme.defaultCohortMonths}
              defaults={{
                name: cohort.name,
                nameEn: cohort.nameEn ?? "",
                startDate: formatCalendarDate(cohort.startDate),
                endDate: formatCalendarDate(cohort.endDate),
                applicationOpensAt: cohort.applicationOpensAt ? toStockholmParts(cohort.applicationOpensAt).date : "",
                applicationClosesAt: cohort.applicationClosesAt ? toStockholmParts(cohort.applicationClosesAt).date : "",
                defaultMentorCapacity: String(cohort.defaultMentorCapacity),
                menteeWishesEnabled: cohort.menteeWishesEnabled ? "on" : "",
              }}
              submitLabel={t("save")}
            />
          </Card>
        )}

        <ArchiveCard
          kind="cohort"
          blockers={await getArchivability(viewer, [cohort.id])}
          action={archiveCohortAction.bind(null, cohort.id)}
        />
      </div>
    </>
  );
}
