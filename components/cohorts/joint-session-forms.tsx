"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState, type FieldErrors } from "@/lib/actions/action-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";

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

/** Several of these forms share a page, so each prefixes its field ids (and the summary's links). */
function prefixed(errors: FieldErrors | undefined, prefix: string): FieldErrors | undefined {
  return errors && Object.fromEntries(Object.entries(errors).map(([field, texts]) => [`${prefix}-${field}`, texts]));
}

/** Edits one joint session, or adds one when given the add action and empty values. */
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
  const [state, formAction] = useActionState(action, idleState);
  const failed = !state.ok ? state : undefined;
  const values: JointSessionValues = { ...defaults, ...(failed?.values as Partial<JointSessionValues> | undefined) };
  const errors = failed?.fieldErrors;
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <div aria-live="polite">
        <ErrorSummary title={t("errorSummary")} errors={prefixed(errors, idPrefix)} message={failed?.message} />
        {state.ok && state.message && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900" data-testid="form-success">
            {state.message}
          </p>
        )}
      </div>
      <TextField
        id={id("title")}
        name="title"
        label={t("fields.title")}
        defaultValue={values.title}
        errors={errors?.title}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={id("date")} name="date" type="date" label={t("fields.date")} defaultValue={values.date} errors={errors?.date} />
        <TextField
          id={id("startTime")}
          name="startTime"
          type="time"
          label={t("fields.startTime")}
          defaultValue={values.startTime}
          errors={errors?.startTime}
        />
        <TextField
          id={id("endTime")}
          name="endTime"
          type="time"
          label={t("fields.endTime")}
          defaultValue={values.endTime}
          errors={errors?.endTime}
        />
      </div>
      <TextField
        id={id("location")}
        name="location"
        label={t("fields.location")}
        hint={t("fields.locationHint")}
        defaultValue={values.location}
        errors={errors?.location}
      />
      <TextareaField
        id={id("description")}
        name="description"
        label={t("fields.description")}
        hint={t("fields.descriptionHint")}
        rows={3}
        defaultValue={values.description}
        errors={errors?.description}
      />
      <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
    </form>
  );
}

export function RemoveJointSessionButton({ action, label }: { action: Action; label: string }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="mt-4">
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      <p aria-live="polite" className="mt-1 font-medium text-red-800">
        {!state.ok ? (state.message ?? "") : ""}
      </p>
    </form>
  );
}
