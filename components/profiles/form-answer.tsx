"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { ErrorSummary } from "@/components/ui/error-summary";

/**
 * The answer at the top of a long form: the list of problems, or the message that it went
 * through. After each answer the focus moves here, as the button is far from it; the summary and
 * the message can take focus for that.
 */
export function FormAnswer({ state, summaryTitle, doneTestId }: { state: ActionState; summaryTitle: string; doneTestId: string }) {
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    answer.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
  }, [state]);
  const failed = !state.ok ? state : undefined;
  return (
    <div aria-live="polite" ref={answer}>
      <ErrorSummary title={summaryTitle} errors={failed?.fieldErrors} message={failed?.message} />
      {state.ok && state.message && (
        <p
          className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-4 font-medium"
          role="status"
          tabIndex={-1}
          data-testid={doneTestId}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
