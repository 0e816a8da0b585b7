import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { applicationWindow, getApplyCohort, getReturningApplicant } from "@/lib/applications/application-submit-queries";
import { COMMON_LANGUAGES, type ApplicantRole } from "@/lib/applications/application-submit-form";
import { getViewer } from "@/lib/auth/session";
import { COUNTRY_CODES, LANGUAGE_CODES } from "@/lib/participants/vocabulary";
import { PageHeader } from "@/components/ui/page-header";
import type { Option } from "@/components/ui/select-field";
import { ApplicationForm, type ApplicationFormOptions } from "@/components/apply/application-form";
import { ApplicationsClosed } from "@/components/apply/applications-closed";

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function byLabel(locale: string) {
  return (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
}

/** Names of countries and languages come from the platform's locale data, in the reader's language. */
function formOptions(locale: string, fields: Array<{ key: string; nameSv: string; nameEn: string }>): ApplicationFormOptions {
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const language = (code: string): Option => ({ value: code, label: capitalise(languages.of(code) ?? code, locale) });
  const common: readonly string[] = COMMON_LANGUAGES;
  return {
    fields: fields.map((field) => ({ value: field.key, label: locale === "en" ? field.nameEn : field.nameSv })),
    countries: COUNTRY_CODES.map((code) => ({ value: code, label: regions.of(code) ?? code })).sort(byLabel(locale)),
    commonLanguages: COMMON_LANGUAGES.map(language),
    otherLanguages: LANGUAGE_CODES.filter((code) => !common.includes(code))
      .map(language)
      .sort(byLabel(locale)),
  };
}

/** One role's application form for a cohort, or the "closed" message when it takes none now. */
export async function ApplicationFormPage({ publicKey, role }: { publicKey: string; role: ApplicantRole }) {
  const cohort = await getApplyCohort(publicKey);
  if (!cohort) notFound();
  const t = await getTranslations("apply.form");
  const locale = await getLocale();
  const applying = applicationWindow(cohort, new Date());
  const backHref = `/apply/${cohort.publicKey}`;
  const header = (
    <>
      <Link href={backHref} className="mb-2 inline-flex min-h-11 items-center text-accent-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={role === "MENTOR" ? t("titleMentor") : t("titleMentee")}
        lead={t("lead", { cohort: cohort.name, programme: cohort.programme.name })}
      />
    </>
  );
  if (!applying.accepting) {
    return (
      <div className="max-w-3xl">
        {header}
        <ApplicationsClosed opensAt={applying.opensAt} backHref={backHref} />
      </div>
    );
  }

  const viewer = await getViewer();
  const returning = viewer ? await getReturningApplicant(viewer) : null;
  const defaults = { meetingPreference: "BOTH", mentorCapacity: String(cohort.defaultMentorCapacity), ...returning?.values };
  return (
    <div className="max-w-3xl">
      {header}
      <p className="mb-4 max-w-prose">{t("why")}</p>
      {returning && (
        <p className="mb-6 max-w-prose rounded-md border border-sky-300 bg-sky-50 p-4" data-testid="prefilled">
          {returning.fromCohort ? t("returning", { cohort: returning.fromCohort }) : t("returningAccount")}
        </p>
      )}
      <ApplicationForm
        publicKey={cohort.publicKey}
        role={role}
        defaults={defaults}
        options={formOptions(locale, cohort.fields)}
        organization={cohort.programme.organizationName}
        retentionMonths={cohort.programme.retentionMonths}
      />
    </div>
  );
}
