import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MatchingBoardPage } from "@/components/matching/matching-board";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching");
  return { title: t("title") };
}

export default async function CohortMatchingPage({ params, searchParams }: PageProps<"/coordinator/cohorts/[cohortId]/matching">) {
  const [{ cohortId }, query] = await Promise.all([params, searchParams]);
  return <MatchingBoardPage cohortId={cohortId} searchParams={query} />;
}
