import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { appointCoordinatorAction, removeCoordinatorAction, updateProgrammeAction } from "@/lib/programmes/programme-actions";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { programmeContactValues } from "@/lib/programmes/programme-contact";
import { getProgrammeSettings } from "@/lib/programmes/programme-queries";
import { getArchivability } from "@/lib/programmes/archive-queries";
import { archiveProgrammeAction } from "@/lib/programmes/programme-archive-actions";
import { DEFAULT_PROFESSIONAL_FIELDS } from "@/lib/programmes/default-fields";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { AppointCoordinatorForm, RemoveCoordinatorButton } from "@/components/programmes/coordinator-forms";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { ArchiveCard } from "@/components/archive/archive-card";

export async function generateMetadata({ params }: PageProps<"/coordinator/programmes/[programmeId]">): Promise<Metadata> {
  const { programmeId } = await params;
  const programme = await getProgrammeSettings(await requireViewer(), programmeId);
  return { title: programme.name };
}

export default async function ProgrammePage({ params }: PageProps<"/coordinator/programmes/[programmeId]">) {
  const { programmeId } = await params;
  const viewer = await requireViewer();
  const programme = await getProgrammeSettings(viewer, programmeId);
  const t = await getTranslations("programmes");
  const format = await getFormat();
  const locale = await getLocale();
  const label = (field: { nameSv: string; nameEn: string }) => (locale === "en" ? field.nameEn : field.nameSv);
  // The programme's own fields first, then any default it does not offer yet.
  const fieldOptions = [
    ...programme.fields.map((field) => ({ value: field.key, label: label(field) })),
    ...DEFAULT_PROFESSIONAL_FIELDS.filter((field) => !programme.fields.some((own) => own.key === field.key)).map((field) => ({
      value: field.key,
      label: label(field),
    })),
  ];
  return (
    <>
      <p className="mb-2">
        <Link href={paths.coordinator()} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {t("backToHome")}
        </Link>
      </p>
      <PageHeader title={programme.name} lead={t("settings.lead", { organization: programme.organization.name })} />
      <div className="space-y-6">
        <Card
          title={t("cohorts.title")}
          actions={
            <Link href={paths.newCohort(programme.id)} className={buttonClass("primary")}>
              {t("cohorts.new")}
            </Link>
          }
        >
          {programme.cohorts.length === 0 ? (
            <EmptyState title={t("cohorts.none")}>{t("cohorts.noneHint")}</EmptyState>
          ) : (
            <ul className="divide-y divide-stone-200">
              {programme.cohorts.map((cohort) => (
                <li key={cohort.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                  <Link href={paths.cohort(cohort.id)} className="inline-flex min-h-11 items-center font-medium text-accent-700 underline">
                    {cohort.name}
                  </Link>
                  <CohortStatusBadge status={cohort.status} />
                  <span className="text-stone-700">
                    {format.dateTimeRange(cohort.startDate, cohort.endDate, { dateStyle: "medium", timeZone: "UTC" })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title={t("coordinators.title")}>
          {programme.coordinators.length === 0 ? (
            <p className="mb-4 text-stone-700">{t("coordinators.none")}</p>
          ) : (
            <ul className="mb-6 divide-y divide-stone-200" data-testid="coordinator-list">
              {programme.coordinators.map((coordinator) => (
                <li key={coordinator.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="coordinator">
                  <span>
                    <span className="font-medium">{coordinator.name}</span>
                    {coordinator.email && <span className="block break-all text-stone-700">{coordinator.email}</span>}
                  </span>
                  {programme.canAppoint && (
                    <RemoveCoordinatorButton
                      action={removeCoordinatorAction.bind(null, programme.id, coordinator.id)}
                      label={t("coordinators.remove", { name: coordinator.name })}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {programme.canAppoint ? (
            <AppointCoordinatorForm action={appointCoordinatorAction.bind(null, programme.id)} />
          ) : (
            <p className="text-stone-700">{t("coordinators.adminOnly")}</p>
          )}
        </Card>

        <Card title={t("settings.title")}>
          <ProgrammeForm
            action={updateProgrammeAction.bind(null, programme.id)}
            fieldOptions={fieldOptions}
            defaults={{
              name: programme.name,
              description: programme.description,
              nameEn: programme.nameEn ?? "",
              descriptionEn: programme.descriptionEn ?? "",
              fieldKeys: programme.fields
                .filter((field) => field.active)
                .map((field) => field.key)
                .join(","),
              defaultCohortMonths: String(programme.defaultCohortMonths),
              jointSessionCount: String(programme.jointSessionCount),
              meetingIntervalDays: String(programme.meetingIntervalDays),
              retentionMonths: String(programme.retentionMonths),
              organizationId: programme.organizationId,
              ...programmeContactValues(programme),
            }}
            submitLabel={t("settings.submit")}
          />
        </Card>

        {programme.canAppoint && (
          <ArchiveCard
            kind="programme"
            blockers={await getArchivability(
              viewer,
              programme.cohorts.map((cohort) => cohort.id),
            )}
            action={archiveProgrammeAction.bind(null, programme.id)}
          />
        )}
      </div>
    </>
  );
}
