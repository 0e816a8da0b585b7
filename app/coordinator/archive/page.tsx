import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArchiveList } from "@/components/archive/archive-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("archive");
  return { title: t("title") };
}

export default async function ArchivePage({ searchParams }: PageProps<"/coordinator/archive">) {
  const { archived } = await searchParams;
  return <ArchiveList archived={typeof archived === "string" ? archived : undefined} />;
}
