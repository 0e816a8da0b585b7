"use client";

import type { ActionState } from "@/lib/actions/action-state";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField, type Option } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * One select per shortlisted mentor, its options in the order given (no wish first, so moving
 * down from it by a key press never lands on "rather not"). What was chosen stays when something
 * is wrong; the answer takes the focus, as the button is far below it.
 */
export function WishesForm({
  action,
  mentors,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  mentors: { id: string; name: string; label: string; choice: string; facts: string[] }[];
  labels: { options: Option[]; save: string; saving: string; problem: string };
}) {
  const defaults = Object.fromEntries(mentors.map((mentor) => [`choice-${mentor.id}`, mentor.choice]));
  const { state, formAction, field } = useActionForm(action, defaults);
  return (
    <form action={formAction} className="space-y-4" data-testid="wishes-form">
      <FormStatus state={state} errorTitle={labels.problem} takeFocus />
      <ul className="space-y-3">
        {mentors.map((mentor) => {
          const choice = field(`choice-${mentor.id}`);
          return (
            <li key={mentor.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="wish-mentor">
              <h2 className="text-lg font-semibold">{mentor.name}</h2>
              <ul className="mb-2 text-stone-700">
                {mentor.facts.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
              {/* Drawn afresh when its value changes: a reset select would keep its first value. */}
              <SelectField
                key={`${choice.id}-${choice.defaultValue}`}
                {...choice}
                label={mentor.label}
                options={labels.options}
                className="max-w-xs"
              />
            </li>
          );
        })}
      </ul>
      <SubmitButton label={labels.save} pendingLabel={labels.saving} />
    </form>
  );
}
