"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { jointSessionSchema } from "@/lib/cohorts/cohort-schemas";
import { ActionButton } from "@/components/ui/action-button";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type JointSessionValues = { title: string; date: string; startTime: string; endTime: string; location: string; description: string };

export const emptySessionValues: JointSessionValues = {
  title: "",
  date: "",
  startTime: "17:00",
  endTime: "19:00",
  location: "",
  description: "",
};

/**
 * Edits one joint session, or adds one when given the add action and empty values. Several of
 * these forms share a page, so each prefixes its field ids (and the summary's links).
 */
export function JointSessionForm({
  action,
  defaults,
  idPrefix,
  submitLabel,
}: {
  action: Action;
  defaults: JointSessionValues;
  idPrefix: string;
  submitLabel: string;
}) {
  const t = useTranslations("cohorts.sessions");
  const { state, formAction, field } = useActionForm(action, defaults, { idPrefix, schema: jointSessionSchema });
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} errorTitle={t("errorSummary")} idPrefix={idPrefix} />
      <TextField {...field("title")} label={t("fields.title")} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField {...field("date")} type="date" label={t("fields.date")} />
        <TextField {...field("startTime")} type="time" label={t("fields.startTime")} />
        <TextField {...field("endTime")} type="time" label={t("fields.endTime")} />
      </div>
      <TextField {...field("location")} label={t("fields.location")} hint={t("fields.locationHint")} />
      <TextareaField {...field("description")} label={t("fields.description")} hint={t("fields.descriptionHint")} rows={3} />
      <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
    </form>
  );
}

export function RemoveJointSessionButton({ action, label }: { action: Action; label: string }) {
  return <ActionButton action={action} label={label} className="mt-4" />;
}
