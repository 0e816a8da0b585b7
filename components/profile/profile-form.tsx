"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/action-state";
import { listValue, type FormValues } from "@/lib/applications/application-submit-form";
import { EXPERTISE_TAGS, GENDERS, GOAL_TAGS, INDUSTRIES, MEETING_PREFERENCES } from "@/lib/participants/vocabulary";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { LanguageLevels } from "@/components/apply/language-levels";
import type { ProfileFormOptions } from "@/components/profile/profile-options";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  role: "MENTOR" | "MENTEE";
  /** The stored profile as form values. */
  defaults: FormValues;
  options: ProfileFormOptions;
  /** "self": the person's own profile (you, your); "coordinator": someone else's. */
  voice: "self" | "coordinator";
  /** The professional field is shown but cannot be changed. */
  fieldLocked?: boolean;
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
 * A participant's profile as one form, for the person themselves or for a coordinator. A failed
 * save comes back with everything typed and each problem next to its field; a saved one says so.
 */
export function ProfileForm({ action, role, defaults, options, voice, fieldLocked = false }: Props) {
  const t = useTranslations("profilePage.form");
  const tp = useTranslations("profile");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(action, idleState);
  // After each answer, move to the message at the top (the problems, or that it was saved), as
  // the button is far from it; the summary and the message can take focus for that.
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    answer.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
  }, [state]);
  const failed = !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? defaults;
  const mentor = role === "MENTOR";
  const optional = (label: string) => `${label} ${t("optional")}`;
  const genderOptions = GENDERS.map((gender) => ({ value: gender, label: tp(`genders.${gender}`) }));
  const lockedField = options.fields.find((field) => field.value === values.fieldKey)?.label ?? values.fieldKey;

  return (
    <form action={formAction} noValidate className="space-y-6" data-testid="profile-form">
      <div aria-live="polite" ref={answer}>
        <ErrorSummary title={tv("summary")} errors={failed?.fieldErrors} message={failed?.message} />
        {state.ok && state.message && (
          <p
            className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-4 font-medium"
            role="status"
            tabIndex={-1}
            data-testid="profile-saved"
          >
            {state.message}
          </p>
        )}
      </div>

      <Section title={t("sections.person")}>
        <TextField
          name="name"
          autoComplete={voice === "self" ? "name" : "off"}
          label={tp("labels.name")}
          hint={voice === "self" ? t("hints.nameSelf") : t("hints.nameCoordinator")}
          defaultValue={values.name}
          errors={errors.name}
        />
        <TextField
          name="phone"
          type="tel"
          autoComplete={voice === "self" ? "tel" : "off"}
          label={optional(tp("labels.phone"))}
          hint={t("hints.phone")}
          defaultValue={values.phone}
          errors={errors.phone}
        />
        <TextField name="city" label={optional(tp("labels.city"))} defaultValue={values.city} errors={errors.city} />
        <TextField name="region" label={optional(tp("labels.region"))} defaultValue={values.region} errors={errors.region} />
      </Section>

      <Section title={t("sections.education")}>
        {fieldLocked ? (
          <div>
            <p className="font-medium">{tp("labels.field")}</p>
            <p data-testid="field-locked">{lockedField}</p>
            <p className="mt-1 text-sm text-stone-600">{t("hints.fieldLocked")}</p>
          </div>
        ) : (
          <SelectField
            name="fieldKey"
            label={tp("labels.field")}
            hint={voice === "coordinator" ? t("hints.fieldCoordinator") : undefined}
            placeholder={t("choose")}
            options={options.fields}
            defaultValue={values.fieldKey ?? ""}
            errors={errors.fieldKey}
          />
        )}
        <TextField
          name="educationDegree"
          label={optional(tp("labels.educationDegree"))}
          defaultValue={values.educationDegree}
          errors={errors.educationDegree}
        />
        <SelectField
          name="educationCountry"
          label={optional(tp("labels.educationCountry"))}
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
          defaultValue={values.educationYear}
          errors={errors.educationYear}
        />
        <TextField
          name="yearsExperience"
          inputMode="numeric"
          className="max-w-48"
          label={optional(tp("labels.yearsExperience"))}
          defaultValue={values.yearsExperience}
          errors={errors.yearsExperience}
        />
        <TextField
          name="employer"
          label={optional(tp("labels.employer"))}
          hint={t("hints.employer")}
          defaultValue={values.employer}
          errors={errors.employer}
        />
      </Section>

      <Section title={t("sections.languages")}>
        <LanguageLevels
          legend={tp("labels.languages")}
          hint={t("hints.languages")}
          moreLabel={t("moreLanguages")}
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
          options={INDUSTRIES.map((key) => ({ value: key, label: tp(`industries.${key}`) }))}
          defaultValue={listValue(values, "industries")}
          errors={errors.industries}
        />
        {mentor ? (
          <>
            <ChoiceGroup
              type="checkbox"
              name="expertiseTags"
              columns={2}
              legend={optional(tp("labels.expertiseTags"))}
              options={EXPERTISE_TAGS.map((key) => ({ value: key, label: tp(`expertiseTags.${key}`) }))}
              defaultValue={listValue(values, "expertiseTags")}
              errors={errors.expertiseTags}
            />
            <SelectField
              name="mentorCapacity"
              className="max-w-48"
              label={tp("labels.mentorCapacity")}
              options={[1, 2, 3, 4, 5].map((count) => ({ value: String(count), label: String(count) }))}
              defaultValue={values.mentorCapacity ?? "1"}
              errors={errors.mentorCapacity}
            />
          </>
        ) : (
          <>
            <ChoiceGroup
              type="checkbox"
              name="goalTags"
              columns={2}
              legend={optional(tp("labels.goalTags"))}
              options={GOAL_TAGS.map((key) => ({ value: key, label: tp(`goalTags.${key}`) }))}
              defaultValue={listValue(values, "goalTags")}
              errors={errors.goalTags}
            />
            <TextareaField name="goals" label={optional(tp("labels.goals"))} defaultValue={values.goals} errors={errors.goals} />
          </>
        )}
        <ChoiceGroup
          type="radio"
          name="meetingPreference"
          legend={tp("labels.meetingPreference")}
          options={MEETING_PREFERENCES.map((key) => ({ value: key, label: tp(`meetingPreferences.${key}`) }))}
          defaultValue={values.meetingPreference ?? "BOTH"}
          errors={errors.meetingPreference}
        />
        <SelectField
          name="gender"
          label={tp("labels.gender")}
          placeholder={tp("genders.none")}
          options={genderOptions}
          defaultValue={values.gender ?? ""}
          errors={errors.gender}
        />
        <SelectField
          name="genderPreference"
          label={tp("labels.genderPreference")}
          placeholder={tp("noPreference")}
          options={genderOptions}
          defaultValue={values.genderPreference ?? ""}
          errors={errors.genderPreference}
        />
      </Section>

      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
    </form>
  );
}
