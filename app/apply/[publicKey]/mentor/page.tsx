import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationFormPage } from "@/components/apply/application-form-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apply.form");
  return { title: t("titleMentor") };
}

export default async function ApplyMentorPage({ params }: PageProps<"/apply/[publicKey]/mentor">) {
  return <ApplicationFormPage publicKey={(await params).publicKey} role="MENTOR" />;
}
