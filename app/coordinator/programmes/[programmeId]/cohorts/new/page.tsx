import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { createCohortAction } from "@/lib/cohorts/cohort-actions";
import { cohortLimits } from "@/lib/cohorts/cohort-schemas";
import { addCalendarMonths, formatCalendarDate } from "@/lib/cohorts/stockholm-time";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { getNewCohortContext } from "@/lib/programmes/programme-queries";
import { PageHeader } from "@/components/ui/page-header";
import { CohortForm } from "@/components/cohorts/cohort-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohorts.new");
  return { title: t("title") };
}

export default async function NewCohortPage({ params }: PageProps<"/coordinator/programmes/[programmeId]/cohorts/new">) {
  const { programmeId } = await params;
  const programme = await getNewCohortContext(await requireViewer(), programmeId);
  const t = await getTranslations("cohorts.new");
  // A first suggestion: the first day of next month, for the programme's usual length.
  const today = new Date();
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  return (
    <>
      <p className="mb-2">
        <Link href={paths.programme(programme.id)} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {t("back", { programme: programme.name })}
        </Link>
      </p>
      <PageHeader title={t("title")} lead={t("lead", { programme: programme.name, count: programme.jointSessionCount })} />
      <CohortForm
        action={createCohortAction.bind(null, programme.id)}
        defaultMonths={programme.defaultCohortMonths}
        endFollowsStart
        defaults={{
          name: "",
          nameEn: "",
          startDate: formatCalendarDate(start),
          endDate: formatCalendarDate(addCalendarMonths(start, programme.defaultCohortMonths)),
          applicationOpensAt: "",
          applicationClosesAt: "",
          defaultMentorCapacity: String(cohortLimits.defaultMentorCapacity.default),
          menteeWishesEnabled: "",
        }}
        submitLabel={t("submit")}
      />
    </>
  );
}
