import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getCohortHeader } from "@/lib/cohorts/cohort-queries";
import { CohortHealth } from "@/components/pair-health/cohort-health";

export async function generateMetadata({ params }: PageProps<"/coordinator/cohorts/[cohortId]/health">): Promise<Metadata> {
  const { cohortId } = await params;
  const cohort = await getCohortHeader(await requireViewer(), cohortId);
  const t = await getTranslations("pairHealth");
  return { title: t("documentTitle", { cohort: cohort.name }) };
}

export default async function CohortHealthPage({ params, searchParams }: PageProps<"/coordinator/cohorts/[cohortId]/health">) {
  const [{ cohortId }, query] = await Promise.all([params, searchParams]);
  return <CohortHealth cohortId={cohortId} searchParams={query} />;
}
