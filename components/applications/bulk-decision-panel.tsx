"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import type { DecisionState } from "@/lib/applications/application-schemas";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { DecisionFields } from "@/components/applications/decision-fields";
import { DecisionProblems, DecisionResult } from "@/components/applications/decision-result";

type Props = {
  formAction: (formData: FormData) => void;
  state: DecisionState;
  /** The applications ticked in the table, on this page. */
  selectedIds: string[];
};

const formId = "bulk-decision";

/** One decision for every application ticked in the table below it. */
export function BulkDecisionPanel({ formAction, state, selectedIds }: Props) {
  const t = useTranslations("applications");
  const selectedCount = selectedIds.length;
  const failed = !state.ok ? state : undefined;
  // A question about other applications than those ticked now is withdrawn: the next press asks anew.
  const selection = selectedIds.join(" ");
  const [askedAbout, setAskedAbout] = useState({ state, selection });
  if (askedAbout.state !== state) setAskedAbout({ state, selection });
  const question = askedAbout.selection === selection ? state : idleState;
  return (
    <form
      id={formId}
      action={formAction}
      noValidate
      aria-labelledby={`${formId}-title`}
      className="mb-4 space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${formId}-title`} className="text-lg font-semibold">
          {t("bulk.title")}
        </h2>
        <p aria-live="polite" data-testid="selected-count">
          {t("bulk.selected", { count: selectedCount })}
        </p>
      </div>
      {selectedIds.map((id) => (
        <input key={id} type="hidden" name="applicationIds" value={id} />
      ))}
      <div aria-live="polite" className="space-y-2">
        <ErrorSummary title={t("errors.summary")} errors={failed?.fieldErrors} message={failed?.message} />
        {state.ok && <DecisionResult message={state.message} />}
        <DecisionProblems title={t("bulk.notDone")} problems={state.problems} />
      </div>
      <DecisionFields
        decisions={["accept", "waitlist", "decline"]}
        columns={3}
        values={failed?.values}
        errors={failed?.fieldErrors}
        emailLabel={t("decision.emailReasonMany")}
      />
      <ConfirmStep state={question}>
        <SubmitButton label={t("bulk.submit", { count: selectedCount })} pendingLabel={t("decision.saving")} />
      </ConfirmStep>
    </form>
  );
}
