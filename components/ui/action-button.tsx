"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { Button } from "@/components/ui/button";

/** A form that is a single button (remove, withdraw …); a refusal is read out under it. */
export function ActionButton({
  action,
  label,
  className,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className={className}>
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      <p aria-live="polite" className="mt-1 font-medium text-red-800">
        {!state.ok ? (state.message ?? "") : ""}
      </p>
    </form>
  );
}
