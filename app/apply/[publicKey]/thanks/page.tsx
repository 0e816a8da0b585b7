import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getApplyCohort } from "@/lib/applications/application-submit-queries";
import { getViewer } from "@/lib/auth/session";
import { ApplicationThanks } from "@/components/apply/application-thanks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apply.thanks");
  return { title: t("title") };
}

export default async function ApplicationThanksPage({ params }: PageProps<"/apply/[publicKey]/thanks">) {
  const cohort = await getApplyCohort(await getViewer(), (await params).publicKey);
  if (!cohort) notFound();
  return <ApplicationThanks cohort={cohort} />;
}
