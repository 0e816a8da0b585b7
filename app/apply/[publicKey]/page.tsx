import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getApplyCohort } from "@/lib/applications/application-submit-queries";
import { getViewer } from "@/lib/auth/session";
import { localText } from "@/lib/i18n/bilingual";
import { withNote } from "@/components/i18n/local-text";
import { ApplyLanding } from "@/components/apply/apply-landing";

export async function generateMetadata({ params }: PageProps<"/apply/[publicKey]">): Promise<Metadata> {
  const cohort = await getApplyCohort(await getViewer(), (await params).publicKey);
  if (!cohort) return {};
  const [t, locale] = await Promise.all([getTranslations("apply.landing"), getLocale()]);
  return { title: t("title", { programme: await withNote(localText(locale, cohort.programme.name, cohort.programme.nameEn)) }) };
}

/** A cohort's public page: anyone with the link may apply; no account needed. */
export default async function ApplyPage({ params }: PageProps<"/apply/[publicKey]">) {
  const cohort = await getApplyCohort(await getViewer(), (await params).publicKey);
  if (!cohort) notFound();
  return <ApplyLanding cohort={cohort} />;
}
