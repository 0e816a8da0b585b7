import { getLocale, getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import type { ApplyCohort } from "@/lib/applications/application-submit-queries";
import type { ApplicationWindow } from "@/lib/cohorts/cohort-status";
import { localText } from "@/lib/i18n/bilingual";
import { InLanguage } from "@/components/i18n/local-text";

/** The cohort's name, its period and the last day to apply, as a short list. */
export async function CohortFacts({ cohort, applying }: { cohort: ApplyCohort; applying: ApplicationWindow }) {
  const t = await getTranslations("apply.landing");
  const format = await getFormat();
  const locale = await getLocale();
  const rows = [
    { term: t("cohort"), value: <InLanguage value={localText(locale, cohort.name, cohort.nameEn)} /> },
    // Dates of a cohort are calendar days, stored at midnight UTC.
    { term: t("period"), value: format.dateTimeRange(cohort.startDate, cohort.endDate, { dateStyle: "long", timeZone: "UTC" }) },
    ...(applying.accepting && applying.closesAt
      ? [{ term: t("deadline"), value: format.dateTime(applying.closesAt, { dateStyle: "long" }) }]
      : []),
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="cohort-facts">
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="font-medium">{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
