import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ApplyCohort } from "@/lib/applications/application-submit-queries";
import { applicationWindow } from "@/lib/cohorts/cohort-status";
import { localText } from "@/lib/i18n/bilingual";
import { paths } from "@/lib/paths";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ApplicationsClosed } from "@/components/apply/applications-closed";
import { CohortFacts } from "@/components/apply/cohort-facts";
import { InLanguage, withNote } from "@/components/i18n/local-text";

/** The cohort's public page: what the programme is, when the cohort runs, and the two ways in. */
export async function ApplyLanding({ cohort }: { cohort: ApplyCohort }) {
  const [t, locale] = await Promise.all([getTranslations("apply.landing"), getLocale()]);
  const programme = localText(locale, cohort.programme.name, cohort.programme.nameEn);
  // An English description goes with the English name; without one, the Swedish description is shown.
  const description = localText(locale, cohort.programme.description, cohort.programme.descriptionEn);
  const applying = applicationWindow(cohort, new Date());
  const choices = [
    { role: "MENTEE" as const, title: t("asMentee"), text: t("asMenteeText") },
    { role: "MENTOR" as const, title: t("asMentor"), text: t("asMentorText") },
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("title", { programme: await withNote(programme) })} />
      {description.text && (
        <p className="max-w-prose whitespace-pre-line text-stone-800" data-testid="programme-description">
          <InLanguage value={description} />
        </p>
      )}
      <Card>
        <CohortFacts cohort={cohort} applying={applying} />
      </Card>
      {applying.accepting ? (
        <section aria-labelledby="choose-role" className="space-y-4">
          <h2 id="choose-role" className="text-xl font-semibold">
            {t("chooseRole")}
          </h2>
          <p>{t("noAccount")}</p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {choices.map((choice) => (
              <li key={choice.role} className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <p className="grow">{choice.text}</p>
                <Link href={paths.applyForm(cohort.publicKey, choice.role)} className={buttonClass("primary")}>
                  {choice.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <ApplicationsClosed opensAt={applying.opensAt} />
      )}
    </div>
  );
}
