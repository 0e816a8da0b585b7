"use client";

import { useActionState, type FormEvent } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { textLimit } from "@/lib/actions/text-limits";
import { participationChangeSchema } from "@/lib/participants/participant-admin-schemas";
import { buttonClass } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";

/**
 * Withdrawing a participant from the cohort (behind a disclosure, with a reason), or taking a
 * withdrawn one back. The answer is read out next to the buttons.
 */
export function ParticipationStatusForm({
  action,
  withdrawn,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  withdrawn: boolean;
  labels: { title: string; hint: string; reason: string; reasonHint: string; withdraw: string; reinstate: string };
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const failed = state.ok ? undefined : state;
  const answer = (
    <p role="status" className={state.ok ? "font-medium text-emerald-800" : "font-medium text-red-800"} data-testid="participation-message">
      {state.message ?? ""}
    </p>
  );
  const guard = (event: FormEvent) => pending && event.preventDefault();
  if (withdrawn) {
    return (
      <form action={formAction} onSubmit={guard} className="mb-6 flex flex-wrap items-center gap-3">
        <button type="submit" name="intent" value="reinstate" aria-disabled={pending} className={buttonClass("secondary")}>
          {labels.reinstate}
        </button>
        {answer}
      </form>
    );
  }
  return (
    <details className="mb-6 rounded-lg border border-stone-200 bg-white p-4" open={Boolean(failed?.fieldErrors)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{labels.title}</summary>
      <form action={formAction} onSubmit={guard} className="mt-2 space-y-3">
        <p className="text-stone-700">{labels.hint}</p>
        <TextareaField
          name="reason"
          label={labels.reason}
          hint={labels.reasonHint}
          rows={2}
          limit={textLimit(participationChangeSchema.options[0].shape.reason)}
          defaultValue={failed?.values?.reason ?? ""}
          errors={failed?.fieldErrors?.reason}
        />
        <button type="submit" name="intent" value="withdraw" aria-disabled={pending} className={buttonClass("secondary")}>
          {labels.withdraw}
        </button>
        {answer}
      </form>
    </details>
  );
}
