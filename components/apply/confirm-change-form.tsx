"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { confirmApplicationChangeAction } from "@/lib/applications/application-submit-actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FocusedMessage } from "@/components/ui/focused-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** The one button that confirms the change; once done, the answer takes its place. */
export function ConfirmChangeForm({ token }: { token: string }) {
  const t = useTranslations("apply.confirm");
  const [state, formAction] = useActionState(confirmApplicationChangeAction.bind(null, token), idleState);
  if (state.ok) return <FocusedMessage testId="change-confirmed">{state.message}</FocusedMessage>;
  return (
    <form action={formAction} className="space-y-4" data-testid="confirm-change">
      <div aria-live="polite">{state.message && <ErrorSummary title={t("problem")} message={state.message} />}</div>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
