"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/action-state";
import { submitApplicationAction } from "@/lib/applications/application-submit-actions";
import { listValue, type ApplicantRole, type FormValues } from "@/lib/applications/application-submit-form";
import { EXPERTISE_TAGS, GENDERS, GOAL_TAGS, INDUSTRIES, MEETING_PREFERENCES } from "@/lib/participants/vocabulary";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, FieldError } from "@/components/ui/field-parts";
import { SelectField, type Option } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { LanguageLevels } from "@/components/apply/language-levels";

export type ApplicationFormOptions = {
  /** The programme's professional fields, named in the reader's language. */
  fields: Option[];
  countries: Option[];
  commonLanguages: Option[];
  otherLanguages: Option[];
};

type Props = {
  publicKey: string;
  role: ApplicantRole;
  /** What the form starts with: the cohort's defaults, or a returning person's last profile. */
  defaults: FormValues;
  options: ApplicationFormOptions;
  organization: string;
  retentionMonths: number;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

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
  const optional = (label: string) => `${label} ${t("optional")}`;
  const consentIds = describedBy("consent", undefined, errors.consent);
  const keep =
    retentionMonths % 12 === 0
      ? t("consent.keepYears", { years: retentionMonths / 12 })
      : t("consent.keepMonths", { months: retentionMonths });

  const genderOptions = GENDERS.map((gender) => ({ value: gender, label: tp(`genders.${gender}`) }));

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

      <Section title={t("sections.you")}>
        <TextField
          name="name"
          autoComplete="name"
          label={tp("labels.name")}
          hint={t("hints.name")}
          defaultValue={values.name}
          errors={errors.name}
        />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={tp("labels.email")}
          hint={t("hints.email")}
          defaultValue={values.email}
          errors={errors.email}
        />
        <TextField
          name="phone"
          type="tel"
          autoComplete="tel"
          label={optional(tp("labels.phone"))}
          hint={t("hints.phone", { role })}
          defaultValue={values.phone}
          errors={errors.phone}
        />
        <TextField
          name="city"
          autoComplete="address-level2"
          label={optional(tp("labels.city"))}
          hint={t("hints.city")}
          defaultValue={values.city}
          errors={errors.city}
        />
        <TextField
          name="region"
          autoComplete="address-level1"
          label={optional(tp("labels.region"))}
          hint={t("hints.region")}
          defaultValue={values.region}
          errors={errors.region}
        />
      </Section>

      <Section title={t("sections.education")}>
        <SelectField
          name="fieldKey"
          id="fieldKey"
          label={tp("labels.field")}
          hint={t("hints.field")}
          placeholder={t("choose")}
          options={options.fields}
          defaultValue={values.fieldKey ?? ""}
          errors={errors.fieldKey}
        />
        <TextField
          name="educationDegree"
          label={optional(tp("labels.educationDegree"))}
          hint={t("hints.educationDegree")}
          defaultValue={values.educationDegree}
          errors={errors.educationDegree}
        />
        <SelectField
          name="educationCountry"
          label={optional(tp("labels.educationCountry"))}
          hint={t("hints.educationCountry")}
          placeholder={t("choose")}
          options={options.countries}
          defaultValue={values.educationCountry ?? ""}
          errors={errors.educationCountry}
        />
        <TextField
          name="educationYear"
          inputMode="numeric"
          className="max-w-48"
          label={optional(tp("labels.educationYear"))}
          hint={t("hints.educationYear")}
          defaultValue={values.educationYear}
          errors={errors.educationYear}
        />
        <TextField
          name="yearsExperience"
          inputMode="numeric"
          className="max-w-48"
          label={optional(tp("labels.yearsExperience"))}
          hint={t("hints.yearsExperience")}
          defaultValue={values.yearsExperience}
          errors={errors.yearsExperience}
        />
        <TextField
          name="employer"
          autoComplete="organization"
          label={optional(mentor ? tp("labels.employer") : t("labels.employerMentee"))}
          hint={mentor ? t("hints.employerMentor") : t("hints.employerMentee")}
          defaultValue={values.employer}
          errors={errors.employer}
        />
      </Section>

      <Section title={t("sections.languages")}>
        <LanguageLevels
          legend={tp("labels.languages")}
          hint={t("hints.languages", { role })}
          moreLabel={t("labels.moreLanguages")}
          common={options.commonLanguages}
          other={options.otherLanguages}
          levels={{ none: tp("levels.none"), basic: tp("levels.basic"), good: tp("levels.good"), fluent: tp("levels.fluent") }}
          values={values}
          errors={errors.languages}
        />
      </Section>

      <Section title={t("sections.mentorship")}>
        <ChoiceGroup
          type="checkbox"
          name="industries"
          columns={2}
          legend={optional(mentor ? tp("labels.industriesMentor") : tp("labels.industriesMentee"))}
          hint={mentor ? t("hints.industriesMentor") : t("hints.industriesMentee")}
          options={INDUSTRIES.map((key) => ({ value: key, label: tp(`industries.${key}`) }))}
          defaultValue={listValue(values, "industries")}
          errors={errors.industries}
        />
        {mentor ? (
          <ChoiceGroup
            type="checkbox"
            name="expertiseTags"
            columns={2}
            legend={optional(tp("labels.expertiseTags"))}
            hint={t("hints.expertiseTags")}
            options={EXPERTISE_TAGS.map((key) => ({ value: key, label: tp(`expertiseTags.${key}`) }))}
            defaultValue={listValue(values, "expertiseTags")}
            errors={errors.expertiseTags}
          />
        ) : (
          <>
            <ChoiceGroup
              type="checkbox"
              name="goalTags"
              columns={2}
              legend={optional(tp("labels.goalTags"))}
              hint={t("hints.goalTags")}
              options={GOAL_TAGS.map((key) => ({ value: key, label: tp(`goalTags.${key}`) }))}
              defaultValue={listValue(values, "goalTags")}
              errors={errors.goalTags}
            />
            <TextareaField
              name="goals"
              label={optional(tp("labels.goals"))}
              hint={t("hints.goals")}
              defaultValue={values.goals}
              errors={errors.goals}
            />
          </>
        )}
        <ChoiceGroup
          type="radio"
          name="meetingPreference"
          legend={tp("labels.meetingPreference")}
          hint={t("hints.meetingPreference")}
          options={MEETING_PREFERENCES.map((key) => ({ value: key, label: tp(`meetingPreferences.${key}`) }))}
          defaultValue={values.meetingPreference}
          errors={errors.meetingPreference}
        />
        {mentor && (
          <SelectField
            name="mentorCapacity"
            className="max-w-48"
            label={tp("labels.mentorCapacity")}
            hint={t("hints.mentorCapacity")}
            options={[1, 2, 3, 4, 5].map((count) => ({ value: String(count), label: String(count) }))}
            defaultValue={values.mentorCapacity ?? "1"}
            errors={errors.mentorCapacity}
          />
        )}
        <SelectField
          name="gender"
          label={tp("labels.gender")}
          hint={t("hints.gender")}
          placeholder={tp("genders.none")}
          options={genderOptions}
          defaultValue={values.gender ?? ""}
          errors={errors.gender}
        />
        <SelectField
          name="genderPreference"
          label={optional(mentor ? t("labels.genderPreferenceMentor") : t("labels.genderPreferenceMentee"))}
          hint={t("hints.genderPreference")}
          placeholder={tp("noPreference")}
          options={genderOptions}
          defaultValue={values.genderPreference ?? ""}
          errors={errors.genderPreference}
        />
      </Section>

      <Section title={t("sections.consent")}>
        <div className="max-w-prose space-y-2" id="consent-text">
          <p>{t("consent.who", { organization })}</p>
          <p>{t("consent.why", { role })}</p>
          <p>{keep}</p>
          <p>{t("consent.rights")}</p>
        </div>
        <div>
          <FieldError id={consentIds.errorId} errors={errors.consent} />
          <label htmlFor="consent" className="flex min-h-11 items-start gap-3 py-2 font-medium">
            <input
              id="consent"
              type="checkbox"
              name="consent"
              value="yes"
              defaultChecked={values.consent === "yes"}
              aria-invalid={consentIds.errorId ? true : undefined}
              aria-describedby={[consentIds.errorId, "consent-text"].filter(Boolean).join(" ")}
              className="mt-0.5 size-5 shrink-0 accent-accent-600"
            />
            <span>{t("labels.consent")}</span>
          </label>
        </div>
      </Section>

      <SubmitButton label={t("form.submit")} pendingLabel={t("form.submitting")} className="w-full sm:w-auto" />
    </form>
  );
}
