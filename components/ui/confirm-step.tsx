"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { confirmField, type ActionState } from "@/lib/actions/action-state";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * The place of a form's submit button, for an action that cannot be undone. The first press
 * changes nothing: the server answers with what would happen (who is emailed), shown here in
 * place of the button and given the focus, with a button that goes ahead (it sends the form again,
 * confirmed) and one that goes back. Works with the keyboard, and without JavaScript too: the
 * server checks the confirmation, not the page, and "go back" is then a submit the server answers
 * with the form as it was typed.
 */
export function ConfirmStep({ state, children }: { state: ActionState; children: ReactNode }) {
  const t = useTranslations("common.confirm");
  const [dismissed, setDismissed] = useState<ActionState | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const questionId = useId();
  const confirmation = !state.ok && dismissed !== state ? state.confirm : undefined;

  useEffect(() => {
    if (!confirmation) return;
    question.current?.focus();
    // The question is about what the form said then: a change to the form withdraws it, and the
    // next press asks again about what the form says now.
    const form = question.current?.closest("form");
    const withdraw = () => setDismissed(state);
    form?.addEventListener("input", withdraw);
    form?.addEventListener("change", withdraw);
    return () => {
      form?.removeEventListener("input", withdraw);
      form?.removeEventListener("change", withdraw);
    };
  }, [confirmation, state]);

  if (!confirmation) return <>{children}</>;
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="rounded-md border-2 border-amber-600 bg-amber-50 p-4"
      data-testid="confirm-step"
    >
      <p id={questionId} ref={question} tabIndex={-1} className="font-semibold">
        {confirmation.question}
      </p>
      <p className="mt-1 text-stone-700">{t("nothingYet")}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <SubmitButton name={confirmField} value="yes" label={confirmation.proceed} pendingLabel={t("working")} />
        <Button
          type="submit"
          name={confirmField}
          value="back"
          variant="secondary"
          onClick={(event) => {
            event.preventDefault();
            const form = event.currentTarget.form;
            setDismissed(state);
            // Back to the button that asked, once it is there again.
            setTimeout(() => form?.querySelector<HTMLButtonElement>(`button[type=submit]:not([name=${confirmField}])`)?.focus(), 0);
          }}
        >
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
