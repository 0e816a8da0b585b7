"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { disputeSchema } from "@/lib/meetings/meeting-schemas";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** "We did not meet": opened from the meeting, with an optional note for the partner and the coordinators. */
export function DisputeMeetingForm({ action, meetingId }: { action: Action; meetingId: string }) {
  const t = useTranslations("meetings.dispute");
  const idPrefix = `dispute-${meetingId}`;
  const { state, formAction, field } = useActionForm(action, { disputeNote: "" }, { idPrefix, schema: disputeSchema });
  return (
    <details className="group" open={!state.ok && state.fieldErrors !== undefined ? true : undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100">
        {t("open")}
      </summary>
      <form action={formAction} noValidate className="mt-3 space-y-3">
        <FormStatus state={state} errorTitle={t("errorSummary")} idPrefix={idPrefix} />
        <TextareaField {...field("disputeNote")} label={t("note")} hint={t("noteHint")} rows={2} />
        <SubmitButton variant="secondary" label={t("submit")} />
      </form>
    </details>
  );
}
