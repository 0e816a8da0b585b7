import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getCohortHeader } from "@/lib/cohorts/cohort-queries";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { CohortTabs } from "@/components/cohorts/cohort-tabs";

// The frame around every page of a cohort: which programme and cohort this is, its status, and the
// tabs between its sections. Showing it needs the right to the cohort; each page still checks its
// own rights, since a layout is not re-run on every navigation.
export default async function CohortLayout({ params, children }: LayoutProps<"/coordinator/cohorts/[cohortId]">) {
  const { cohortId } = await params;
  const cohort = await getCohortHeader(await requireViewer(), cohortId);
  const t = await getTranslations("cohorts.tabs");
  const base = `/coordinator/cohorts/${cohort.id}`;
  return (
    <>
      <div className="mb-6" data-testid="cohort-header">
        <p>
          <Link
            href={`/coordinator/programmes/${cohort.programme.id}`}
            className="inline-flex min-h-11 items-center text-accent-700 underline"
          >
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
            { href: base, label: t("overview"), exact: true },
            { href: `${base}/applications`, label: t("applications") },
            { href: `${base}/participants`, label: t("participants") },
            { href: `${base}/matching`, label: t("matching") },
            { href: `${base}/sessions`, label: t("sessions") },
          ]}
        />
      </div>
      {children}
    </>
  );
}
