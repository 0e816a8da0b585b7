import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CohortApplications } from "@/components/applications/cohort-applications";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications");
  return { title: t("title") };
}

export default async function CohortApplicationsPage({ params, searchParams }: PageProps<"/coordinator/cohorts/[cohortId]/applications">) {
  const [{ cohortId }, query] = await Promise.all([params, searchParams]);
  return <CohortApplications cohortId={cohortId} searchParams={query} />;
}
