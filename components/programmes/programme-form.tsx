"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { programmeContactValues, type ProgrammeContactValues } from "@/lib/programmes/programme-contact";
import { MEETING_INTERVALS, programmeLimits, programmeSchema } from "@/lib/programmes/programme-schemas";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField, type Option } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NumberField, TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ProgrammeContactFields } from "@/components/programmes/programme-contact-fields";
import { ProgrammeEnglishFields } from "@/components/programmes/programme-english-fields";

export type ProgrammeFormValues = {
  name: string;
  description: string;
  nameEn: string;
  descriptionEn: string;
  /** Comma-separated field keys (how the form echoes its checkboxes). */
  fieldKeys: string;
  defaultCohortMonths: string;
  jointSessionCount: string;
  meetingIntervalDays: string;
  retentionMonths: string;
  organizationId: string;
} & Partial<ProgrammeContactValues>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: ProgrammeFormValues;
  /** The professional fields to offer, labelled in the reader's language. */
  fieldOptions: Option[];
  /** On a new programme with more than one organisation to choose from. */
  organizations?: Option[];
  submitLabel: string;
};

/** Creates a programme or changes its settings. */
export function ProgrammeForm({ action, defaults, fieldOptions, organizations, submitLabel }: Props) {
  const t = useTranslations("programmes.form");
  const { state, formAction, values, errors, field } = useActionForm(
    action,
    { ...programmeContactValues(), ...defaults },
    { schema: programmeSchema },
  );
  const intervals = MEETING_INTERVALS.map(String);
  const current = values.meetingIntervalDays;
  const intervalOptions: Option[] = [
    ...intervals.map((days) => ({ value: days, label: t(`interval.${days}`) })),
    // A value set some other way (e.g. imported) stays choosable.
    ...(intervals.includes(current) || !current ? [] : [{ value: current, label: t("intervalDays", { days: Number(current) }) }]),
  ];
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5">
      <FormStatus state={state} errorTitle={t("errorSummary")} />
      {organizations &&
        (organizations.length > 1 ? (
          <SelectField {...field("organizationId")} label={t("organization")} options={organizations} placeholder={t("choose")} />
        ) : (
          <input type="hidden" name="organizationId" value={organizations[0]?.value ?? ""} />
        ))}
      <TextField {...field("name")} label={t("name")} autoComplete="off" />
      <TextareaField {...field("description")} label={t("description")} hint={t("descriptionHint")} />
      <ProgrammeEnglishFields nameEn={field("nameEn")} descriptionEn={field("descriptionEn")} />
      <ChoiceGroup
        name="fieldKeys"
        type="checkbox"
        legend={t("fields")}
        hint={t("fieldsHint")}
        options={fieldOptions}
        defaultValue={values.fieldKeys.split(",").filter(Boolean)}
        errors={errors?.fieldKeys}
        columns={2}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          {...field("defaultCohortMonths")}
          limits={programmeLimits.defaultCohortMonths}
          label={t("months")}
          hint={t("monthsHint")}
        />
        <NumberField
          {...field("jointSessionCount")}
          limits={programmeLimits.jointSessionCount}
          label={t("sessions")}
          hint={t("sessionsHint")}
        />
      </div>
      <ChoiceGroup
        name="meetingIntervalDays"
        type="radio"
        legend={t("interval.legend")}
        hint={t("interval.hint")}
        options={intervalOptions}
        defaultValue={values.meetingIntervalDays}
        errors={errors?.meetingIntervalDays}
      />
      <ProgrammeContactFields field={field} />
      <NumberField
        {...field("retentionMonths")}
        limits={programmeLimits.retentionMonths}
        label={t("retention")}
        hint={t("retentionHint")}
        className="sm:max-w-xs"
      />
      <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
    </form>
  );
}
