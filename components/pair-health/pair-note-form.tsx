"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { pairNoteSchema } from "@/lib/pair-health/pair-health-schemas";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * The coordinator's note on one pair, behind a disclosure so that a long list stays short. It opens
 * by itself to show an answer; nothing typed is lost when the note is refused.
 */
export function PairNoteForm({
  action,
  pairId,
  pairName,
  note,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  pairId: string;
  pairName: string;
  note: string;
}) {
  const t = useTranslations("pairHealth.note");
  const idPrefix = `note-${pairId}`;
  const { state, formAction, field } = useActionForm(action, { note }, { idPrefix, schema: pairNoteSchema });
  const answered = Boolean(state.message) || (!state.ok && Boolean(state.fieldErrors));
  return (
    <details className="mt-3" open={answered || undefined} data-testid="pair-note-form">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent-700 underline">
        {note ? t("edit") : t("write")}
      </summary>
      <form action={formAction} noValidate className="mt-2 space-y-3">
        <FormStatus state={state} errorTitle={t("errorTitle")} idPrefix={idPrefix} />
        <TextareaField {...field("note")} label={t("label", { pair: pairName })} hint={t("hint")} rows={4} />
        <SubmitButton label={t("save")} pendingLabel={t("saving")} variant="secondary" />
      </form>
    </details>
  );
}
