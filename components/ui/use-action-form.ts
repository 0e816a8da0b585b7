import { useActionState } from "react";
import type { z } from "zod";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { textLimits } from "@/lib/actions/text-limits";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Options = {
  /** Where several forms share a page: keeps their field ids apart. */
  idPrefix?: string;
  /** The form's schema: its text limits go to the fields, for their character counts. */
  schema?: z.ZodType;
};

/**
 * A form's action state and what its fields show: after a refusal, the values that were sent
 * (so nothing typed is lost) and the errors; otherwise the defaults. For client components.
 */
export function useActionForm<Values extends Record<string, string>>(action: Action, defaults: Values, { idPrefix, schema }: Options = {}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const failed = state.ok ? undefined : state;
  const values: Values = { ...defaults, ...(failed?.values as Partial<Values> | undefined) };
  const errors = failed?.fieldErrors;
  const limits = schema ? textLimits(schema) : {};
  /** What ties one text field to its id, echoed value, errors and limit. */
  const field = (name: keyof Values & string) => ({
    id: idPrefix ? `${idPrefix}-${name}` : name,
    name,
    defaultValue: values[name],
    errors: errors?.[name],
    limit: limits[name],
  });
  return { state, formAction, pending, values, errors, field };
}
