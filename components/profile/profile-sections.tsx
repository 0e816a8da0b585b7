"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/actions/action-state";
import { listValue, type FormValues } from "@/lib/applications/application-submit-form";
import { EXPERTISE_TAGS, GENDERS, GOAL_TAGS, INDUSTRIES, MEETING_PREFERENCES } from "@/lib/participants/vocabulary";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { LanguageLevels } from "@/components/apply/language-levels";
import type { ProfileFormOptions } from "@/components/profile/profile-options";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** The fields of the shared sections, for hints that say why each is asked for. */
export type ProfileHints = Partial<
  Record<
    | "field"
    | "educationDegree"
    | "educationCountry"
    | "educationYear"
    | "yearsExperience"
    | "employer"
    | "languages"
    | "industries"
    | "expertiseTags"
    | "goalTags"
    | "goals"
    | "meetingPreference"
    | "mentorCapacity"
    | "gender"
    | "genderPreference",
    string
  >
>;

type Props = {
  role: "MENTOR" | "MENTEE";
  values: FormValues;
  errors: FieldErrors;
  options: ProfileFormOptions;
  /** Section titles, and the words that differ between the application and the profile. */
  text: {
    education: string;
    languages: string;
    mentorship: string;
    choose: string;
    optional: string;
    moreLanguages: string;
    employer: string;
    /** The whole label, "(optional)" included. */
    genderPreference: string;
  };
  hints?: ProfileHints;
  /** Offer the browser's autofill (the person's own data), or not (a coordinator's form). */
  autoFill: boolean;
  /** Shown instead of the field choice, e.g. when the field can no longer change. */
  fieldControl?: ReactNode;
};

/**
 * The profile as the application form and the profile form both ask for it: education and
 * experience, languages, and what the mentorship is about. One definition, so the two forms
 * cannot drift apart; each form brings its own hints and its own first section.
 */
export function ProfileSections({ role, values, errors, options, text, hints = {}, autoFill, fieldControl }: Props) {
  const tp = useTranslations("profile");
  const mentor = role === "MENTOR";
  const optional = (label: string) => `${label} ${text.optional}`;
  const genderOptions = GENDERS.map((gender) => ({ value: gender, label: tp(`genders.${gender}`) }));
  return (
    <>
      <Section title={text.education}>
        {fieldControl ?? (
          <SelectField
            name="fieldKey"
            label={tp("labels.field")}
            hint={hints.field}
            placeholder={text.choose}
            options={options.fields}
            defaultValue={values.fieldKey ?? ""}
            errors={errors.fieldKey}
          />
        )}
        <TextField
          name="educationDegree"
          label={optional(tp("labels.educationDegree"))}
          hint={hints.educationDegree}
          defaultValue={values.educationDegree}
          errors={errors.educationDegree}
        />
        <SelectField
          name="educationCountry"
          label={optional(tp("labels.educationCountry"))}
          hint={hints.educationCountry}
          placeholder={text.choose}
          options={options.countries}
          defaultValue={values.educationCountry ?? ""}
          errors={errors.educationCountry}
        />
        <TextField
          name="educationYear"
          inputMode="numeric"
          className="max-w-48"
          label={optional(tp("labels.educationYear"))}
          hint={hints.educationYear}
          defaultValue={values.educationYear}
          errors={errors.educationYear}
        />
        <TextField
          name="yearsExperience"
          inputMode="numeric"
          className="max-w-48"
          label={optional(tp("labels.yearsExperience"))}
          hint={hints.yearsExperience}
          defaultValue={values.yearsExperience}
          errors={errors.yearsExperience}
        />
        <TextField
          name="employer"
          autoComplete={autoFill ? "organization" : "off"}
          label={optional(text.employer)}
          hint={hints.employer}
          defaultValue={values.employer}
          errors={errors.employer}
        />
      </Section>

      <Section title={text.languages}>
        <LanguageLevels
          legend={tp("labels.languages")}
          hint={hints.languages}
          moreLabel={text.moreLanguages}
          common={options.commonLanguages}
          other={options.otherLanguages}
          levels={{ none: tp("levels.none"), basic: tp("levels.basic"), good: tp("levels.good"), fluent: tp("levels.fluent") }}
          values={values}
          errors={errors.languages}
        />
      </Section>

      <Section title={text.mentorship}>
        <ChoiceGroup
          type="checkbox"
          name="industries"
          columns={2}
          legend={optional(mentor ? tp("labels.industriesMentor") : tp("labels.industriesMentee"))}
          hint={hints.industries}
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
            hint={hints.expertiseTags}
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
              hint={hints.goalTags}
              options={GOAL_TAGS.map((key) => ({ value: key, label: tp(`goalTags.${key}`) }))}
              defaultValue={listValue(values, "goalTags")}
              errors={errors.goalTags}
            />
            <TextareaField
              name="goals"
              label={optional(tp("labels.goals"))}
              hint={hints.goals}
              defaultValue={values.goals}
              errors={errors.goals}
            />
          </>
        )}
        <ChoiceGroup
          type="radio"
          name="meetingPreference"
          legend={tp("labels.meetingPreference")}
          hint={hints.meetingPreference}
          options={MEETING_PREFERENCES.map((key) => ({ value: key, label: tp(`meetingPreferences.${key}`) }))}
          defaultValue={values.meetingPreference ?? "BOTH"}
          errors={errors.meetingPreference}
        />
        {mentor && (
          <SelectField
            name="mentorCapacity"
            className="max-w-48"
            label={tp("labels.mentorCapacity")}
            hint={hints.mentorCapacity}
            options={[1, 2, 3, 4, 5].map((count) => ({ value: String(count), label: String(count) }))}
            defaultValue={values.mentorCapacity ?? "1"}
            errors={errors.mentorCapacity}
          />
        )}
        <SelectField
          name="gender"
          label={tp("labels.gender")}
          hint={hints.gender}
          placeholder={tp("genders.none")}
          options={genderOptions}
          defaultValue={values.gender ?? ""}
          errors={errors.gender}
        />
        <SelectField
          name="genderPreference"
          label={text.genderPreference}
          hint={hints.genderPreference}
          placeholder={tp("noPreference")}
          options={genderOptions}
          defaultValue={values.genderPreference ?? ""}
          errors={errors.genderPreference}
        />
      </Section>
    </>
  );
}
