"use client";

import { useActionState, type FormEvent } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "@/components/ui/button";

/**
 * On a participant's page, for someone who has not chosen a password yet: the coordinator sends a
 * new link to the person's own address. The answer is read out next to the button.
 */
export function ResendPasswordLink({
  action,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  labels: { title: string; hint: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const guard = (event: FormEvent) => pending && event.preventDefault();
  return (
    <section aria-labelledby="password-link-title" className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="password-link-title" className="font-semibold">
        {labels.title}
      </h2>
      <p className="mt-1 max-w-prose text-stone-700">{labels.hint}</p>
      <form action={formAction} onSubmit={guard} className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" aria-disabled={pending} className={buttonClass("secondary")}>
          {labels.submit}
        </button>
        <p
          role="status"
          className={state.ok ? "font-medium text-emerald-800" : "font-medium text-red-800"}
          data-testid="password-link-message"
        >
          {state.message ?? ""}
        </p>
      </form>
    </section>
  );
}
