"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "@/components/ui/button";
import { ConfirmForm, type Confirmation } from "@/components/matching/board-button";

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
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ignoreWhilePending = (event: FormEvent) => {
    if (pending) event.preventDefault();
  };
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
  if (confirm && asking) {
    return (
      <div className="space-y-2">
        <ConfirmForm
          formAction={formAction}
          onSubmit={ignoreWhilePending}
          hidden={hidden}
          confirm={confirm}
          pending={pending}
          testId="pair-confirm"
          questionRef={question}
          onNo={() => {
            setAsking(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
        {answer}
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={ignoreWhilePending} className="flex flex-wrap items-center gap-2">
      {hidden}
      <button
        ref={button}
        type={confirm ? "button" : "submit"}
        onClick={
          confirm
            ? () => {
                setAsking(true);
                requestAnimationFrame(() => question.current?.focus());
              }
            : undefined
        }
        aria-disabled={pending}
        className={buttonClass("secondary")}
      >
        {label}
      </button>
      {answer}
    </form>
  );
}
