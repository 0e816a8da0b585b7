"use client";

import type { ActionState } from "@/lib/actions/action-state";
import { textLimit } from "@/lib/actions/text-limits";
import { endPairSchema } from "@/lib/pairs/pair-schemas";
import { buttonClass } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { useBoardAction } from "@/components/matching/board-status";

/** Ending a running pair early, behind a disclosure: the reason is asked for and kept. */
export function EndPairForm({
  action,
  pairId,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  pairId: string;
  labels: { open: string; reason: string; reasonHint: string; submit: string };
}) {
  const [state, formAction, pending] = useBoardAction(action, () => "neighbour");
  const failed = !state.ok ? state : undefined;
  return (
    <details className="mt-2" open={Boolean(failed?.fieldErrors)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent-700 underline">{labels.open}</summary>
      <form action={formAction} onSubmit={(event) => pending && event.preventDefault()} className="mt-2 space-y-2">
        <TextareaField
          id={`reason-${pairId}`}
          name="reason"
          label={labels.reason}
          hint={labels.reasonHint}
          rows={2}
          limit={textLimit(endPairSchema.shape.reason)}
          defaultValue={failed?.values?.reason ?? ""}
          errors={failed?.fieldErrors?.reason}
        />
        <button type="submit" aria-disabled={pending} className={buttonClass("secondary")}>
          {labels.submit}
        </button>
      </form>
    </details>
  );
}
