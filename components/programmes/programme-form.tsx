"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { MEETING_INTERVALS, programmeLimits } from "@/lib/programmes/programme-schemas";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { Option } from "@/components/ui/select-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";

export type ProgrammeFormValues = {
  name: string;
  description: string;
  /** Comma-separated field keys (how the form echoes its checkboxes). */
  fieldKeys: string;
  defaultCohortMonths: string;
  jointSessionCount: string;
  meetingIntervalDays: string;
  retentionMonths: string;
  organizationId: string;
};

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
  const [state, formAction] = useActionState(action, idleState);
  const failed = !state.ok ? state : undefined;
  const values: ProgrammeFormValues = { ...defaults, ...(failed?.values as Partial<ProgrammeFormValues> | undefined) };
  const errors = failed?.fieldErrors;
  const intervals = MEETING_INTERVALS.map(String);
  const intervalOptions: Option[] = [
    ...intervals.map((days) => ({ value: days, label: t(`interval.${days}`) })),
    // A value set some other way (e.g. imported) stays choosable.
    ...(intervals.includes(values.meetingIntervalDays) || !values.meetingIntervalDays
      ? []
      : [{ value: values.meetingIntervalDays, label: t("intervalDays", { days: Number(values.meetingIntervalDays) }) }]),
  ];
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5">
      <div aria-live="polite">
        <ErrorSummary title={t("errorSummary")} errors={errors} message={failed?.message} />
        {state.ok && state.message && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900" data-testid="form-success">
            {state.message}
          </p>
        )}
      </div>
      {organizations &&
        (organizations.length > 1 ? (
          <SelectField
            name="organizationId"
            label={t("organization")}
            options={organizations}
            placeholder={t("choose")}
            defaultValue={values.organizationId}
            errors={errors?.organizationId}
          />
        ) : (
          <input type="hidden" name="organizationId" value={organizations[0]?.value ?? ""} />
        ))}
      <TextField name="name" label={t("name")} defaultValue={values.name} errors={errors?.name} autoComplete="off" />
      <TextareaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        defaultValue={values.description}
        errors={errors?.description}
      />
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
        <TextField
          name="defaultCohortMonths"
          type="number"
          inputMode="numeric"
          min={programmeLimits.defaultCohortMonths.min}
          max={programmeLimits.defaultCohortMonths.max}
          label={t("months")}
          hint={t("monthsHint")}
          defaultValue={values.defaultCohortMonths}
          errors={errors?.defaultCohortMonths}
        />
        <TextField
          name="jointSessionCount"
          type="number"
          inputMode="numeric"
          min={programmeLimits.jointSessionCount.min}
          max={programmeLimits.jointSessionCount.max}
          label={t("sessions")}
          hint={t("sessionsHint")}
          defaultValue={values.jointSessionCount}
          errors={errors?.jointSessionCount}
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
      <TextField
        name="retentionMonths"
        type="number"
        inputMode="numeric"
        min={programmeLimits.retentionMonths.min}
        max={programmeLimits.retentionMonths.max}
        label={t("retention")}
        hint={t("retentionHint")}
        defaultValue={values.retentionMonths}
        errors={errors?.retentionMonths}
        className="sm:max-w-xs"
      />
      <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
    </form>
  );
}
