"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { cohortLimits } from "@/lib/cohorts/cohort-schemas";
import { addCalendarMonths, formatCalendarDate, parseCalendarDate } from "@/lib/cohorts/stockholm-time";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export type CohortFormValues = {
  name: string;
  startDate: string;
  endDate: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
  defaultMentorCapacity: string;
  menteeWishesEnabled: string;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: CohortFormValues;
  /** The programme's usual length: the end date follows the start until someone changes it. */
  defaultMonths: number;
  submitLabel: string;
  /** On a new cohort the end date follows the start; on an existing one it stays put. */
  endFollowsStart?: boolean;
};

/** Creates a cohort or changes its settings. Works without JavaScript; with it, the end date follows the start. */
export function CohortForm({ action, defaults, defaultMonths, submitLabel, endFollowsStart = false }: Props) {
  const t = useTranslations("cohorts.form");
  const [state, formAction] = useActionState(action, idleState);
  const failed = !state.ok ? state : undefined;
  const values: CohortFormValues = { ...defaults, ...(failed?.values as Partial<CohortFormValues> | undefined) };
  const errors = failed?.fieldErrors;
  const endChosen = useRef(false);

  function followStart(input: HTMLInputElement) {
    const start = parseCalendarDate(input.value);
    const end = input.form?.elements.namedItem("endDate");
    if (!endFollowsStart || !start || endChosen.current || !(end instanceof HTMLInputElement)) return;
    end.value = formatCalendarDate(addCalendarMonths(start, defaultMonths));
  }

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
      <TextField name="name" label={t("name")} hint={t("nameHint")} defaultValue={values.name} errors={errors?.name} autoComplete="off" />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="startDate"
          type="date"
          label={t("startDate")}
          defaultValue={values.startDate}
          errors={errors?.startDate}
          onChange={(event) => followStart(event.currentTarget)}
        />
        <TextField
          name="endDate"
          type="date"
          label={t("endDate")}
          hint={t("endDateHint", { months: defaultMonths })}
          defaultValue={values.endDate}
          errors={errors?.endDate}
          onChange={() => {
            endChosen.current = true;
          }}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="font-medium">{t("window")}</legend>
        <p className="text-sm text-stone-600">{t("windowHint")}</p>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="applicationOpensAt"
            type="date"
            label={t("opensAt")}
            defaultValue={values.applicationOpensAt}
            errors={errors?.applicationOpensAt}
          />
          <TextField
            name="applicationClosesAt"
            type="date"
            label={t("closesAt")}
            hint={t("closesAtHint")}
            defaultValue={values.applicationClosesAt}
            errors={errors?.applicationClosesAt}
          />
        </div>
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="defaultMentorCapacity"
          type="number"
          inputMode="numeric"
          min={cohortLimits.defaultMentorCapacity.min}
          max={cohortLimits.defaultMentorCapacity.max}
          label={t("capacity")}
          hint={t("capacityHint")}
          defaultValue={values.defaultMentorCapacity}
          errors={errors?.defaultMentorCapacity}
        />
      </div>
      <ChoiceGroup
        name="menteeWishesEnabled"
        type="checkbox"
        legend={t("wishes")}
        hint={t("wishesHint")}
        options={[{ value: "on", label: t("wishesOption") }]}
        defaultValue={values.menteeWishesEnabled === "on" ? ["on"] : []}
      />
      <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
    </form>
  );
}
