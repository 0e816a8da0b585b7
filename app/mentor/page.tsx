import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleHome } from "@/components/participants/role-home";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("participant");
  return { title: t("mentorTitle") };
}

export default function MentorHome() {
  return <RoleHome role="MENTOR" />;
}
