import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewOutcomePage } from "@/components/outcomes/outcome-pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outcomes");
  return { title: t("newTitle") };
}

export default async function MenteeNewOutcomePage({ params, searchParams }: PageProps<"/mentee/pairs/[pairId]/outcomes/new">) {
  const [{ pairId }, search] = await Promise.all([params, searchParams]);
  return <NewOutcomePage pairId={pairId} side="MENTEE" search={search} />;
}
