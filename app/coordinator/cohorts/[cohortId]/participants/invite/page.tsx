import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteParticipant } from "@/components/participants/invite-participant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participants.invite");
  return { title: t("title") };
}

export default async function InviteParticipantPage({ params }: PageProps<"/coordinator/cohorts/[cohortId]/participants/invite">) {
  const { cohortId } = await params;
  return <InviteParticipant cohortId={cohortId} />;
}
