import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MentorChoices } from "@/components/matching/mentor-choices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching.choices");
  return { title: t("pageTitle") };
}

export default async function MentorChoicesPage({
  params,
  searchParams,
}: PageProps<"/coordinator/cohorts/[cohortId]/matching/mentees/[menteeId]">) {
  const [{ cohortId, menteeId }, { replace }] = await Promise.all([params, searchParams]);
  return <MentorChoices cohortId={cohortId} menteeId={menteeId} replace={typeof replace === "string" ? replace : null} />;
}
