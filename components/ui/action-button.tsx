"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * A form that is a single button (remove, withdraw …); a refusal is read out under it. An action
 * that cannot be undone asks first, in place of the button.
 */
export function ActionButton({
  action,
  label,
  className,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className={className}>
      <ConfirmStep state={state}>
        <SubmitButton variant="secondary" label={label} />
      </ConfirmStep>
      <p aria-live="polite" className="mt-1 font-medium text-red-800">
        {!state.ok ? (state.message ?? "") : ""}
      </p>
    </form>
  );
}
