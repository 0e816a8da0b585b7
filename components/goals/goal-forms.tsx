"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { goalNoteSchema, goalSchema } from "@/lib/goals/goal-schemas";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Adds a goal, or edits one when given its values. Field ids carry the prefix: several forms share the page. */
export function GoalForm({
  action,
  defaults = { title: "", description: "" },
  idPrefix,
  submitLabel,
}: {
  action: Action;
  defaults?: { title: string; description: string };
  idPrefix: string;
  submitLabel: string;
}) {
  const t = useTranslations("goals");
  const { state, formAction, field } = useActionForm(action, defaults, { idPrefix, schema: goalSchema });
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} errorTitle={t("errorSummary")} idPrefix={idPrefix} />
      <TextField {...field("title")} label={t("fields.title")} hint={t("fields.titleHint")} autoComplete="off" />
      <TextareaField {...field("description")} label={t("fields.description")} hint={t("fields.descriptionHint")} rows={3} />
      <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
    </form>
  );
}

/** A progress note on one goal. */
export function GoalNoteForm({ action, idPrefix }: { action: Action; idPrefix: string }) {
  const t = useTranslations("goals");
  const { state, formAction, field } = useActionForm(action, { text: "" }, { idPrefix, schema: goalNoteSchema });
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormStatus state={state} errorTitle={t("errorSummary")} idPrefix={idPrefix} />
      <TextareaField {...field("text")} label={t("fields.note")} hint={t("fields.noteHint")} rows={3} />
      <SubmitButton variant="secondary" label={t("addNote")} pendingLabel={t("saving")} />
    </form>
  );
}

/**
 * The steps of a goal that are single buttons (achieved, dropped, reopen, up, down): one form,
 * each button sends its own choice; the answer is read out under them.
 */
export function GoalSteps({
  action,
  name,
  choices,
  label,
}: {
  action: Action;
  name?: string;
  choices: Array<{ value: string; label: string }>;
  label: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} aria-label={label}>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <SubmitButton key={choice.value} variant="secondary" name={name} value={choice.value} label={choice.label} />
        ))}
      </div>
      <p aria-live="polite" className="mt-1 font-medium text-red-800">
        {!state.ok ? (state.message ?? "") : ""}
      </p>
    </form>
  );
}
