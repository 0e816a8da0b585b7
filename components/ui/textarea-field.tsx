import type { ReactNode, TextareaHTMLAttributes } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import { Field } from "@/components/ui/field";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** The most characters the field takes: the count shows under it as the person types. Nothing typed is cut. */
  limit?: number;
};

export function TextareaField({ name, label, hint, errors, limit, id = name, className, rows = 4, ...textarea }: Props) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <>
          <textarea
            {...control}
            aria-describedby={
              limit === undefined ? control["aria-describedby"] : [control["aria-describedby"], `${id}-count`].filter(Boolean).join(" ")
            }
            name={name}
            rows={rows}
            className={`${control.className} py-2`}
            {...textarea}
          />
          {limit !== undefined && (
            <CharacterCount controlId={id} limit={limit} initial={String(textarea.defaultValue ?? "").length} always />
          )}
        </>
      )}
    </Field>
  );
}
