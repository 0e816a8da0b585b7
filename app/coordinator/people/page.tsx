import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FindPeople } from "@/components/people/find-people";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("title") };
}

export default async function PeoplePage({ searchParams }: PageProps<"/coordinator/people">) {
  return <FindPeople searchParams={await searchParams} />;
}
