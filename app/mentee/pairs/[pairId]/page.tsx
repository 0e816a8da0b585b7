import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PairPage } from "@/components/pairs/pair-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairs");
  return { title: t("title") };
}

export default async function MenteePairPage({ params }: PageProps<"/mentee/pairs/[pairId]">) {
  const { pairId } = await params;
  return <PairPage pairId={pairId} side="MENTEE" />;
}
