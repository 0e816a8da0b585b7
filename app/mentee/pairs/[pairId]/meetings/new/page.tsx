import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LogMeetingPage } from "@/components/meetings/meeting-form-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings");
  return { title: t("log.title") };
}

export default async function MenteeLogMeetingPage({ params }: PageProps<"/mentee/pairs/[pairId]/meetings/new">) {
  const { pairId } = await params;
  return <LogMeetingPage pairId={pairId} side="MENTEE" />;
}
