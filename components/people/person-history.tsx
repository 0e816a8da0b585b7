import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { getPersonHistory } from "@/lib/people/people-queries";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { ParticipantStatusBadge } from "@/components/participants/participant-status-badge";

/**
 * One person across the cohorts of the viewer's programmes, newest first: each participation with
 * its role, field and pairs, then every application. Anyone with nothing there is not found.
 */
export async function PersonHistoryPage({ personId }: { personId: string }) {
  const viewer = await requireViewer();
  const person = await getPersonHistory(viewer, personId);
  const [t, tRoles, tApplication, tParticipation, tPair, format, locale] = await Promise.all([
    getTranslations("people.person"),
    getTranslations("exports.roles"),
    getTranslations("exports.applicationStatus"),
    getTranslations("exports.participationStatus"),
    getTranslations("exports.pairStatus"),
    getFormat(),
    getLocale(),
  ]);
  const period = (cohort: { startDate: Date; endDate: Date }) =>
    format.dateTimeRange(cohort.startDate, cohort.endDate, { dateStyle: "medium", timeZone: "UTC" });
  const day = (instant: Date) => format.dateTime(instant, { dateStyle: "medium" });
  return (
    <div className="max-w-4xl">
      <Link href={paths.people()} className="mb-2 inline-flex min-h-11 items-center text-accent-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={person.name} lead={person.email ?? undefined} />
      <div className="space-y-6">
        <Card title={t("participations")}>
          {person.participations.length === 0 ? (
            <p className="text-stone-700">{t("noParticipations")}</p>
          ) : (
            <ol className="divide-y divide-stone-200" data-testid="person-participations">
              {person.participations.map((participation) => (
                <li key={participation.id} className="py-3" data-testid="person-participation">
                  <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <TextLink href={paths.participant(participation.id)} className="font-medium">
                      {t("cohortRole", { cohort: participation.cohort.name, role: tRoles(participation.role) })}
                    </TextLink>
                    <ParticipantStatusBadge status={participation.status} label={tParticipation(participation.status)} />
                    <CohortStatusBadge status={participation.cohort.status} />
                  </p>
                  <p className="text-stone-700">
                    {participation.cohort.programmeName} · {period(participation.cohort)} ·{" "}
                    {locale === "en" ? participation.field.nameEn : participation.field.nameSv}
                  </p>
                  {participation.pairs.length === 0 ? (
                    <p className="text-stone-700">{t("noPairs")}</p>
                  ) : (
                    <ul className="mt-1 list-disc pl-6">
                      {participation.pairs.map((pair) => (
                        <li key={pair.id} data-testid="person-pair">
                          {t(participation.role === "MENTOR" ? "pairWithMentee" : "pairWithMentor", { name: pair.partner ?? t("erased") })}
                          {" · "}
                          {tPair(pair.status)}
                          {pair.publishedAt && ` · ${t("published", { date: day(pair.publishedAt) })}`}
                          {pair.endedAt && ` · ${t("ended", { date: day(pair.endedAt) })}`}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title={t("applications")}>
          {person.applications.length === 0 ? (
            <p className="text-stone-700">{t("noApplications")}</p>
          ) : (
            <ol className="divide-y divide-stone-200" data-testid="person-applications">
              {person.applications.map((application) => (
                <li key={application.id} className="py-3" data-testid="person-application">
                  <TextLink href={paths.application(application.id)} className="font-medium">
                    {t("cohortRole", { cohort: application.cohort.name, role: tRoles(application.role) })}
                  </TextLink>
                  <p className="text-stone-700">
                    {application.cohort.programmeName} · {tApplication(application.status)} ·{" "}
                    {t("applied", { date: day(application.createdAt) })}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </div>
  );
}
