import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form's action state and what its fields show: after a refusal, the values that were sent
 * (so nothing typed is lost) and the errors; otherwise the defaults. For client components.
 * Where several forms share a page, `idPrefix` keeps their field ids apart.
 */
export function useActionForm<Values extends Record<string, string>>(action: Action, defaults: Values, idPrefix?: string) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const failed = state.ok ? undefined : state;
  const values: Values = { ...defaults, ...(failed?.values as Partial<Values> | undefined) };
  const errors = failed?.fieldErrors;
  /** What ties one text field to its id, echoed value and errors. */
  const field = (name: keyof Values & string) => ({
    id: idPrefix ? `${idPrefix}-${name}` : name,
    name,
    defaultValue: values[name],
    errors: errors?.[name],
  });
  return { state, formAction, pending, values, errors, field };
}
