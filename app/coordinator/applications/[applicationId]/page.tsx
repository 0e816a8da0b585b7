import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationReviewPage } from "@/components/applications/application-review";

// The title names no one: a foreign id must not learn anything from the tab either.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications");
  return { title: t("review.title") };
}

export default async function ApplicationPage({ params }: PageProps<"/coordinator/applications/[applicationId]">) {
  const { applicationId } = await params;
  return <ApplicationReviewPage applicationId={applicationId} />;
}
