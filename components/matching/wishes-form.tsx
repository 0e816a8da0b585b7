"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

type Choice = "" | "1" | "2" | "3" | "avoid";

/** One select per shortlisted mentor; what was chosen stays when something is wrong. */
export function WishesForm({
  action,
  mentors,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  mentors: { id: string; name: string; label: string; choice: Choice; facts: string[] }[];
  labels: { options: Record<Choice, string>; save: string; saving: string; problem: string };
}) {
  const [state, formAction] = useActionState(action, idleState);
  const failed = state.ok ? undefined : state;
  const options = (Object.keys(labels.options) as Choice[]).map((value) => ({ value, label: labels.options[value] }));
  return (
    <form action={formAction} className="space-y-4" data-testid="wishes-form">
      {failed && <ErrorSummary title={labels.problem} errors={failed.fieldErrors} message={failed.message} />}
      <ul className="space-y-3">
        {mentors.map((mentor) => (
          <li key={mentor.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="wish-mentor">
            <h2 className="text-lg font-semibold">{mentor.name}</h2>
            <ul className="mb-2 text-stone-700">
              {mentor.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
            <SelectField
              key={`${mentor.id}-${failed?.values?.[`choice-${mentor.id}`] ?? mentor.choice}`}
              id={`choice-${mentor.id}`}
              name={`choice-${mentor.id}`}
              label={mentor.label}
              options={options}
              defaultValue={failed?.values?.[`choice-${mentor.id}`] ?? mentor.choice}
              errors={failed?.fieldErrors?.[`choice-${mentor.id}`]}
              className="max-w-xs"
            />
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        <p role="status" className="font-medium text-emerald-800" data-testid="wishes-message">
          {state.ok ? state.message : ""}
        </p>
      </div>
    </form>
  );
}
