"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "@/components/ui/button";

export type StatusChoice = { status: string; label: string; direction: "forward" | "back" };

function ChoiceButtons({ choices }: { choices: StatusChoice[] }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-wrap gap-3">
      {choices.map((choice) => (
        <button
          key={choice.status}
          type="submit"
          name="status"
          value={choice.status}
          disabled={pending}
          className={buttonClass(choice.direction === "forward" ? "primary" : "secondary")}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

/** The buttons that move a cohort one step forward or back; the answer is read out when it comes. */
export function CohortStatusForm({
  action,
  choices,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  choices: StatusChoice[];
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="space-y-3">
      <ChoiceButtons choices={choices} />
      <p aria-live="polite" data-testid="status-message" className={state.ok ? "font-medium text-emerald-800" : "font-medium text-red-800"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
