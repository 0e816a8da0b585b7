import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ApplyCohort } from "@/lib/applications/application-submit-queries";
import { localText } from "@/lib/i18n/bilingual";
import { paths } from "@/lib/paths";
import { PageHeader } from "@/components/ui/page-header";
import { withNote } from "@/components/i18n/local-text";

/**
 * The same page after every application, new or updated, whoever's email it was: it says nothing
 * about the applicant, only what happens next.
 */
export async function ApplicationThanks({ cohort }: { cohort: ApplyCohort }) {
  const [t, locale] = await Promise.all([getTranslations("apply.thanks"), getLocale()]);
  const cohortName = await withNote(localText(locale, cohort.name, cohort.nameEn));
  const programmeName = await withNote(localText(locale, cohort.programme.name, cohort.programme.nameEn));
  return (
    <div className="max-w-prose space-y-4" data-testid="application-thanks">
      <PageHeader title={t("title")} lead={t("received", { cohort: cohortName, programme: programmeName })} />
      <p>{t("email")}</p>
      <h2 className="text-lg font-semibold">{t("nextTitle")}</h2>
      <ol className="list-decimal space-y-1 pl-6">
        <li>{t("next1")}</li>
        <li>{t("next2")}</li>
        <li>{t("next3")}</li>
      </ol>
      <p>{t("change")}</p>
      <Link href={paths.apply(cohort.publicKey)} className="inline-flex min-h-11 items-center text-accent-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
