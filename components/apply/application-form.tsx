"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { textLimit } from "@/lib/actions/text-limits";
import { submitApplicationAction } from "@/lib/applications/application-submit-actions";
import type { ProfileRole } from "@/lib/profiles/profile-fields";
import type { ProfileFieldName } from "@/lib/profiles/profile-fields";
import type { FormValues } from "@/lib/profiles/profile-form";
import { emailSchema } from "@/lib/profiles/profile-schemas";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError } from "@/components/ui/field-parts";
import type { ProfileFormOptions } from "@/components/profiles/profile-options";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { ProfileSections, Section } from "@/components/profiles/profile-sections";

type Props = {
  publicKey: string;
  role: ProfileRole;
  /** What the form starts with: the cohort's defaults, or a returning person's last profile. */
  defaults: FormValues;
  options: ProfileFormOptions;
  organization: string;
  retentionMonths: number;
};

/**
 * The public application form of one role. A failed submit comes back with everything typed, so
 * the form shows it again; the language can be switched while filling it in without losing it.
 */
export function ApplicationForm({ publicKey, role, defaults, options, organization, retentionMonths }: Props) {
  const t = useTranslations("apply");
  const tp = useTranslations("profile");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(submitApplicationAction.bind(null, publicKey, role), idleState);
  const failed = !state.ok ? state : undefined;
  const summary = useRef<HTMLDivElement>(null);
  // GOV.UK's pattern: after a failed submit, focus moves to the list of problems.
  useEffect(() => {
    summary.current?.querySelector<HTMLElement>("[data-testid=error-summary]")?.focus();
  }, [state]);
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? defaults;
  const mentor = role === "MENTOR";

  return (
    // React resets a form after its action, and a reset <select> ignores a changed defaultValue:
    // the form is drawn afresh from the echoed values instead. Switching the language changes no
    // state, so what was typed stays.
    <form
      key={failed?.values ? JSON.stringify(failed.values) : "new"}
      action={formAction}
      noValidate
      className="space-y-6"
      data-testid="application-form"
    >
      <div aria-live="polite" ref={summary}>
        <ErrorSummary title={tv("summary")} errors={failed?.fieldErrors} message={failed?.message} />
      </div>

      <ProfileSections
        role={role}
        values={values}
        errors={errors}
        options={options}
        autoFill
        words={{ optional: t("optional"), choose: t("choose"), moreLanguages: t("labels.moreLanguages") }}
        sections={{
          person: t("sections.you"),
          education: t("sections.education"),
          languages: t("sections.languages"),
          mentorship: t("sections.mentorship"),
        }}
        labels={{
          employer: mentor ? undefined : t("labels.employerMentee"),
          genderPreference: mentor ? t("labels.genderPreferenceMentor") : t("labels.genderPreferenceMentee"),
        }}
        hints={applicationHints(t, role)}
        after={{
          name: (
            <TextField
              name="email"
              type="email"
              autoComplete="email"
              label={tp("labels.email")}
              hint={t("hints.email")}
              limit={textLimit(emailSchema)}
              defaultValue={values.email}
              errors={errors.email}
            />
          ),
        }}
      />

      <ConsentSection
        role={role}
        organization={organization}
        retentionMonths={retentionMonths}
        checked={values.consent === "yes"}
        errors={errors.consent}
      />

      <SubmitButton label={t("form.submit")} pendingLabel={t("form.submitting")} className="w-full sm:w-auto" />
    </form>
  );
}

type ApplyWords = ReturnType<typeof useTranslations<"apply">>;

/** Why the application asks for each field, as the applicant in this role reads it. */
function applicationHints(t: ApplyWords, role: ProfileRole): Partial<Record<ProfileFieldName, string>> {
  const mentor = role === "MENTOR";
  return {
    name: t("hints.name"),
    phone: t("hints.phone", { role }),
    city: t("hints.city"),
    region: t("hints.region"),
    fieldKey: t("hints.field"),
    educationDegree: t("hints.educationDegree"),
    educationCountry: t("hints.educationCountry"),
    educationYear: t("hints.educationYear"),
    yearsExperience: t("hints.yearsExperience"),
    employer: mentor ? t("hints.employerMentor") : t("hints.employerMentee"),
    languages: t("hints.languages", { role }),
    industries: mentor ? t("hints.industriesMentor") : t("hints.industriesMentee"),
    expertiseTags: t("hints.expertiseTags"),
    goalTags: t("hints.goalTags"),
    goals: t("hints.goals"),
    meetingPreference: t("hints.meetingPreference"),
    mentorCapacity: t("hints.mentorCapacity"),
    gender: t("hints.gender"),
    genderPreference: t("hints.genderPreference"),
  };
}

type ConsentProps = { role: ProfileRole; organization: string; retentionMonths: number; checked: boolean; errors?: string[] };

/** What the organisation does with the applicant's data, and the box that agrees to it. */
function ConsentSection({ role, organization, retentionMonths, checked, errors }: ConsentProps) {
  const t = useTranslations("apply");
  const consentIds = describedBy("consent", undefined, errors);
  const keep =
    retentionMonths % 12 === 0
      ? t("consent.keepYears", { years: retentionMonths / 12 })
      : t("consent.keepMonths", { months: retentionMonths });
  return (
    <Section title={t("sections.consent")}>
      <div className="max-w-prose space-y-2" id="consent-text">
        <p>{t("consent.who", { organization })}</p>
        <p>{t("consent.why", { role })}</p>
        <p>{keep}</p>
        <p>{t("consent.rights")}</p>
      </div>
      <div>
        <FieldError id={consentIds.errorId} errors={errors} />
        <label htmlFor="consent" className="flex min-h-11 items-start gap-3 py-2 font-medium">
          <input
            id="consent"
            type="checkbox"
            name="consent"
            value="yes"
            defaultChecked={checked}
            aria-invalid={consentIds.errorId ? true : undefined}
            aria-describedby={[consentIds.errorId, "consent-text"].filter(Boolean).join(" ")}
            className="mt-0.5 size-5 shrink-0 accent-accent-600"
          />
          <span>{t("labels.consent")}</span>
        </label>
      </div>
    </Section>
  );
}
