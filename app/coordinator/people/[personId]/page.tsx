import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonHistoryPage } from "@/components/people/person-history";

// The title stays generic: reading the person's name here would be a second, unlogged read of their data.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people.person");
  return { title: t("documentTitle") };
}

export default async function PersonPage({ params }: PageProps<"/coordinator/people/[personId]">) {
  const { personId } = await params;
  return <PersonHistoryPage personId={personId} />;
}
