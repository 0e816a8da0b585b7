import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditOutcomePage } from "@/components/outcomes/outcome-pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outcomes");
  return { title: t("editTitle") };
}

export default async function MentorEditOutcomePage({ params, searchParams }: PageProps<"/mentor/pairs/[pairId]/outcomes/[outcomeId]">) {
  const [{ pairId, outcomeId }, search] = await Promise.all([params, searchParams]);
  return <EditOutcomePage pairId={pairId} outcomeId={outcomeId} side="MENTOR" search={search} />;
}
