"use client";

import { useEffect, useRef } from "react";
import type { ActionState, FieldErrors } from "@/lib/actions/action-state";
import { ErrorSummary } from "@/components/ui/error-summary";

/** Where several forms share a page and prefix their field ids, the summary's links are prefixed too. */
function prefixed(errors: FieldErrors | undefined, prefix: string | undefined): FieldErrors | undefined {
  if (!errors || !prefix) return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, texts]) => [`${prefix}-${field}`, texts]));
}

/**
 * The answer to a form's last submission at the top of the form, read out when it comes: the
 * error summary linking to the fields, or the success message. With `takeFocus` (a form taller
 * than a screen, whose button is far from the top) the focus also moves to the answer each time.
 */
export function FormStatus({
  state,
  errorTitle,
  idPrefix,
  takeFocus = false,
}: {
  state: ActionState;
  errorTitle: string;
  idPrefix?: string;
  takeFocus?: boolean;
}) {
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) answer.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
  }, [state, takeFocus]);
  return (
    <div aria-live="polite" ref={answer}>
      {state.ok ? (
        state.message && (
          <p
            className="rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900"
            tabIndex={-1}
            data-testid="form-success"
          >
            {state.message}
          </p>
        )
      ) : (
        <ErrorSummary title={errorTitle} errors={prefixed(state.fieldErrors, idPrefix)} message={state.message} />
      )}
    </div>
  );
}
