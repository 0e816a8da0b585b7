import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ParticipantProfileAdmin } from "@/components/participants/participant-profile-admin";

// The title stays generic: reading the person's name here would be a second, unlogged read of their data.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participants.profile");
  return { title: t("documentTitle") };
}

export default async function ParticipantProfilePage({ params }: PageProps<"/coordinator/participants/[participationId]">) {
  const { participationId } = await params;
  return <ParticipantProfileAdmin participationId={participationId} />;
}
