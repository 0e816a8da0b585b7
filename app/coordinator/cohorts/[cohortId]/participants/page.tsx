import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CohortParticipants } from "@/components/participants/cohort-participants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participants");
  return { title: t("title") };
}

export default async function CohortParticipantsPage({ params, searchParams }: PageProps<"/coordinator/cohorts/[cohortId]/participants">) {
  const [{ cohortId }, query] = await Promise.all([params, searchParams]);
  return <CohortParticipants cohortId={cohortId} searchParams={query} />;
}
