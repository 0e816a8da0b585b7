import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getCohortHeader } from "@/lib/cohorts/cohort-queries";
import { paths } from "@/lib/paths";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { CohortTabs } from "@/components/cohorts/cohort-tabs";

// The frame around every page of a cohort: which programme and cohort this is, its status, and the
// tabs between its sections. Showing it needs the right to the cohort; each page still checks its
// own rights, since a layout is not re-run on every navigation.
export default async function CohortLayout({ params, children }: LayoutProps<"/coordinator/cohorts/[cohortId]">) {
  const { cohortId } = await params;
  const cohort = await getCohortHeader(await requireViewer(), cohortId);
  const [t, tHealth] = await Promise.all([getTranslations("cohorts.tabs"), getTranslations("pairHealth")]);
  return (
    <>
      <div className="mb-6" data-testid="cohort-header">
        <p>
          <Link href={paths.programme(cohort.programme.id)} className="inline-flex min-h-11 items-center text-accent-700 underline">
            {cohort.programme.name}
          </Link>
        </p>
        <p className="flex flex-wrap items-center gap-3">
          <span className="text-lg font-semibold" data-testid="cohort-name">
            {cohort.name}
          </span>
          <CohortStatusBadge status={cohort.status} />
        </p>
        <CohortTabs
          label={t("label", { cohort: cohort.name })}
          tabs={[
            { href: paths.cohort(cohort.id), label: t("overview"), exact: true },
            { href: paths.cohortApplications(cohort.id), label: t("applications") },
            { href: paths.cohortParticipants(cohort.id), label: t("participants") },
            { href: paths.matching(cohort.id), label: t("matching") },
            { href: paths.cohortSessions(cohort.id), label: t("sessions") },
            { href: paths.cohortHealth(cohort.id), label: tHealth("tab") },
          ]}
        />
      </div>
      {children}
    </>
  );
}
