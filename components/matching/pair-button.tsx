"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "@/components/ui/button";

/** "Pair with this mentor", on the list of mentors for one mentee; a refusal is said next to it. */
export function PairButton({
  action,
  menteeId,
  mentorId,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  menteeId: string;
  mentorId: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} onSubmit={(event) => pending && event.preventDefault()} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="menteeId" value={menteeId} />
      <input type="hidden" name="mentorId" value={mentorId} />
      <button type="submit" aria-disabled={pending} className={buttonClass("secondary")}>
        {label}
      </button>
      <p role="status" className={state.ok ? "text-emerald-800" : "font-medium text-red-800"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
