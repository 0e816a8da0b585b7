import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportParticipants } from "@/components/participants/import-participants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

export default async function ImportParticipantsPage({ params }: PageProps<"/coordinator/cohorts/[cohortId]/participants/import">) {
  const { cohortId } = await params;
  return <ImportParticipants cohortId={cohortId} />;
}
