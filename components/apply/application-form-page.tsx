import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getApplyCohort, getReturningApplicant } from "@/lib/applications/application-submit-queries";
import { applicationWindow } from "@/lib/cohorts/cohort-status";
import type { ProfileRole } from "@/lib/profiles/profile-fields";
import { getViewer } from "@/lib/auth/session";
import { localText } from "@/lib/i18n/bilingual";
import { paths } from "@/lib/paths";
import { PageHeader } from "@/components/ui/page-header";
import { ApplicationForm } from "@/components/apply/application-form";
import { ApplicationsClosed } from "@/components/apply/applications-closed";
import { profileFormOptions } from "@/components/profiles/profile-options";
import { withNote } from "@/components/i18n/local-text";

/** One role's application form for a cohort, or the "closed" message when it takes none now. */
export async function ApplicationFormPage({ publicKey, role }: { publicKey: string; role: ProfileRole }) {
  const viewer = await getViewer();
  const cohort = await getApplyCohort(viewer, publicKey);
  if (!cohort) notFound();
  const t = await getTranslations("apply.form");
  const locale = await getLocale();
  const applying = applicationWindow(cohort, new Date());
  const backHref = paths.apply(cohort.publicKey);
  const header = (
    <>
      <Link href={backHref} className="mb-2 inline-flex min-h-11 items-center text-accent-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={role === "MENTOR" ? t("titleMentor") : t("titleMentee")}
        lead={t("lead", {
          cohort: await withNote(localText(locale, cohort.name, cohort.nameEn)),
          programme: await withNote(localText(locale, cohort.programme.name, cohort.programme.nameEn)),
        })}
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

  const returning = viewer ? await getReturningApplicant(viewer) : null;
  const defaults = { meetingPreference: "BOTH", mentorCapacity: String(cohort.defaultMentorCapacity), ...returning?.values };
  return (
    <div className="max-w-3xl">
      {header}
      <p className="mb-4 max-w-prose">{t("why")}</p>
      {returning && (
        <p className="mb-6 max-w-prose rounded-md border border-sky-300 bg-sky-50 p-4" data-testid="prefilled">
          {returning.fromCohort
            ? t("returning", { cohort: await withNote(localText(locale, returning.fromCohort.name, returning.fromCohort.nameEn)) })
            : t("returningAccount")}
        </p>
      )}
      <ApplicationForm
        publicKey={cohort.publicKey}
        role={role}
        defaults={defaults}
        options={profileFormOptions(locale === "en" ? "en" : "sv", cohort.fields)}
        organization={cohort.programme.organizationName}
        retentionMonths={cohort.programme.retentionMonths}
      />
    </div>
  );
}
