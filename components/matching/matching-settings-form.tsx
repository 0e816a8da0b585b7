"use client";

import { useActionState } from "react";
import { idleState, type ActionState, type FieldErrors } from "@/lib/actions/action-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export type SettingsFormLabels = {
  weightsLegend: string;
  weightsHint: string;
  rulesLegend: string;
  rulesHint: string;
  minimumScore: string;
  minimumScoreHint: string;
  save: string;
  saving: string;
  problem: string;
};

type Weight = { key: string; label: string; value: number };
type Rule = { key: string; label: string; on: boolean };

/** The cohort's criteria weights, hard rules and minimum score, as the next run of suggestions uses them. */
export function MatchingSettingsForm({
  action,
  weights,
  rules,
  minimumScore,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  weights: Weight[];
  rules: Rule[];
  minimumScore: number;
  labels: SettingsFormLabels;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const errors = state.ok ? undefined : state.fieldErrors;
  const values = state.ok ? undefined : state.values;
  const value = (name: string, fallback: string) => values?.[name] ?? fallback;
  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="matching-settings">
      {!state.ok && <ErrorSummary title={labels.problem} errors={errors} message={state.message} />}
      <WeightsFieldset weights={weights} labels={labels} value={value} errors={errors} />
      <RulesFieldset rules={rules} labels={labels} values={values} />
      <TextField
        name="minimumScore"
        label={labels.minimumScore}
        hint={labels.minimumScoreHint}
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        defaultValue={value("minimumScore", String(minimumScore))}
        errors={errors?.minimumScore}
        className="max-w-xs"
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={labels.save} pendingLabel={labels.saving} />
        <p role="status" className="font-medium text-emerald-800" data-testid="settings-message">
          {state.ok ? state.message : ""}
        </p>
      </div>
    </form>
  );
}

/** A weight 0–10 per criterion; what was typed stays after a problem. */
function WeightsFieldset({
  weights,
  labels,
  value,
  errors,
}: {
  weights: Weight[];
  labels: SettingsFormLabels;
  value: (name: string, fallback: string) => string;
  errors: FieldErrors | undefined;
}) {
  return (
    <fieldset>
      <legend className="font-semibold">{labels.weightsLegend}</legend>
      <p className="text-sm text-stone-700">{labels.weightsHint}</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {weights.map((weight) => (
          <TextField
            key={weight.key}
            name={`weight-${weight.key}`}
            label={weight.label}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            defaultValue={value(`weight-${weight.key}`, String(weight.value))}
            errors={errors?.[`weight-${weight.key}`]}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** A checkbox per switchable rule; after a problem, as it was sent. */
function RulesFieldset({
  rules,
  labels,
  values,
}: {
  rules: Rule[];
  labels: SettingsFormLabels;
  values: Record<string, string> | undefined;
}) {
  return (
    <fieldset>
      <legend className="font-semibold">{labels.rulesLegend}</legend>
      <p className="text-sm text-stone-700">{labels.rulesHint}</p>
      <ul className="mt-2 space-y-1">
        {rules.map((rule) => (
          <li key={rule.key}>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                id={`rule-${rule.key}`}
                name={`rule-${rule.key}`}
                defaultChecked={values ? values[`rule-${rule.key}`] === "on" : rule.on}
                className="h-5 w-5"
              />
              {rule.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
