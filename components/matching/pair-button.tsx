"use client";

import { useActionState, useState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { AskFirstForm, type Confirmation } from "@/components/matching/board-button";

/**
 * "Pair with this mentor", on the list of mentors for one mentee; a refusal is said next to it.
 * With `confirm` (the pair breaks a rule of the cohort), the first press asks the question naming
 * the rules, and only "yes" pairs them; the rules confirmed go with the form as `breaks`.
 */
export function PairButton({
  action,
  menteeId,
  mentorId,
  label,
  breaks = [],
  replacing = null,
  confirm,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  menteeId: string;
  mentorId: string;
  label: string;
  breaks?: string[];
  /** The published pair the choice replaces. */
  replacing?: string | null;
  confirm?: Confirmation;
}) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await action(previous, formData);
    setAsking(false);
    return next;
  }, idleState);
  const hidden = (
    <>
      <input type="hidden" name="menteeId" value={menteeId} />
      <input type="hidden" name="mentorId" value={mentorId} />
      {breaks.length > 0 && <input type="hidden" name="breaks" value={breaks.join(",")} />}
      {replacing && <input type="hidden" name="replacing" value={replacing} />}
    </>
  );
  const answer = (
    <p role="status" className={state.ok ? "text-emerald-800" : "font-medium text-red-800"}>
      {state.message ?? ""}
    </p>
  );
  return (
    <AskFirstForm
      formAction={formAction}
      pending={pending}
      hidden={hidden}
      confirm={confirm}
      asking={asking}
      setAsking={setAsking}
      label={label}
      variant="secondary"
      testId="pair-confirm"
      className="flex flex-wrap items-center gap-2"
    >
      {answer}
    </AskFirstForm>
  );
}
