import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditMeetingPage } from "@/components/meetings/meeting-form-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("edit.title") };
}

export default async function MentorEditMeetingPage({ params }: PageProps<"/mentor/pairs/[pairId]/meetings/[meetingId]">) {
  const { pairId, meetingId } = await params;
  return <EditMeetingPage pairId={pairId} meetingId={meetingId} side="MENTOR" />;
}
