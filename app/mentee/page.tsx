import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleHome } from "@/components/participants/role-home";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participant");
  return { title: t("menteeTitle") };
}

export default function MenteeHome() {
  return <RoleHome role="MENTEE" />;
}
