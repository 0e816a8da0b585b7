import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OwnProfile } from "@/components/profiles/own-profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profilePage");
  return { title: t("title") };
}

export default async function ProfilePage({ searchParams }: PageProps<"/profile">) {
  const { participation } = await searchParams;
  return <OwnProfile participation={typeof participation === "string" ? participation : undefined} />;
}
