"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { cohortLimits, cohortSchema } from "@/lib/cohorts/cohort-schemas";
import { addCalendarMonths, formatCalendarDate, parseCalendarDate } from "@/lib/cohorts/stockholm-time";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { NumberField, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export type CohortFormValues = {
  name: string;
  nameEn: string;
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
  const tEnglish = useTranslations("bilingual.cohortForm");
  const { state, formAction, values, field } = useActionForm(action, defaults, { schema: cohortSchema });
  const endChosen = useRef(false);

  function followStart(input: HTMLInputElement) {
    const start = parseCalendarDate(input.value);
    const end = input.form?.elements.namedItem("endDate");
    if (!endFollowsStart || !start || endChosen.current || !(end instanceof HTMLInputElement)) return;
    end.value = formatCalendarDate(addCalendarMonths(start, defaultMonths));
  }

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5">
      <FormStatus state={state} errorTitle={t("errorSummary")} />
      <TextField {...field("name")} label={t("name")} hint={t("nameHint")} autoComplete="off" />
      <TextField {...field("nameEn")} label={tEnglish("nameEn")} hint={tEnglish("nameEnHint")} autoComplete="off" lang="en" />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField {...field("startDate")} type="date" label={t("startDate")} onChange={(event) => followStart(event.currentTarget)} />
        <TextField
          {...field("endDate")}
          type="date"
          label={t("endDate")}
          hint={t("endDateHint", { months: defaultMonths })}
          onChange={() => {
            endChosen.current = true;
          }}
        />
      </div>
      <Field group id="application-window" label={t("window")} hint={t("windowHint")}>
        <div className="mt-3 grid gap-5 sm:grid-cols-2">
          <TextField {...field("applicationOpensAt")} type="date" label={t("opensAt")} />
          <TextField {...field("applicationClosesAt")} type="date" label={t("closesAt")} hint={t("closesAtHint")} />
        </div>
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          {...field("defaultMentorCapacity")}
          limits={cohortLimits.defaultMentorCapacity}
          label={t("capacity")}
          hint={t("capacityHint")}
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
