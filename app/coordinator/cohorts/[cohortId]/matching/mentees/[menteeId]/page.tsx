import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MentorChoices } from "@/components/matching/mentor-choices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching.choices");
  return { title: t("pageTitle") };
}

export default async function MentorChoicesPage({ params }: PageProps<"/coordinator/cohorts/[cohortId]/matching/mentees/[menteeId]">) {
  const { cohortId, menteeId } = await params;
  return <MentorChoices cohortId={cohortId} menteeId={menteeId} />;
}
