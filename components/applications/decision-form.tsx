"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Decision, DecisionState } from "@/lib/applications/application-schemas";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { DecisionFields } from "@/components/applications/decision-fields";
import { DecisionResult } from "@/components/applications/decision-result";

type Props = {
  action: (state: DecisionState, formData: FormData) => Promise<DecisionState>;
  /** What this application can still get; none once it is accepted or declined. */
  decisions: Decision[];
  /** Shown instead of the form when nothing can be decided any more. */
  finalNote?: string;
};

const initialState: DecisionState = { ok: false };

/**
 * Accept, waitlist or decline one application. Accepting and declining ask first, saying who is
 * emailed. The component stays in place when the decision makes the application final, so its
 * result is still read out.
 */
export function DecisionForm({ action, decisions, finalNote }: Props) {
  const t = useTranslations("applications");
  const [state, formAction] = useActionState(action, initialState);
  const failed = !state.ok ? state : undefined;
  return (
    <div className="space-y-4">
      <div aria-live="polite">{state.ok && <DecisionResult message={state.message} />}</div>
      {decisions.length === 0 ? (
        finalNote && <p data-testid="decision-final">{finalNote}</p>
      ) : (
        <form action={formAction} noValidate className="space-y-4" aria-label={t("decision.title")}>
          <div aria-live="polite">
            <ErrorSummary title={t("errors.summary")} errors={failed?.fieldErrors} message={failed?.message} />
          </div>
          <DecisionFields
            decisions={decisions}
            values={failed?.values}
            errors={failed?.fieldErrors}
            emailLabel={t("decision.emailReason")}
          />
          <ConfirmStep state={state}>
            <SubmitButton label={t("decision.submit")} pendingLabel={t("decision.saving")} />
          </ConfirmStep>
        </form>
      )}
    </div>
  );
}
