import type { InputHTMLAttributes, ReactNode } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import { Field } from "@/components/ui/field";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** The most characters the field takes: a count shows as the text nears it. Nothing typed is cut. */
  limit?: number;
};

/** A labelled input with its hint and errors above it, linked for screen readers. */
export function TextField({ name, label, hint, errors, limit, id = name, className, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <>
          <input {...control} name={name} {...input} />
          {limit !== undefined && (
            <CharacterCount controlId={id} limit={limit} initial={String(input.defaultValue ?? "").length} always={false} />
          )}
        </>
      )}
    </Field>
  );
}

/** A whole number within the limits its schema sets; phones show a numeric keyboard. */
export function NumberField({
  limits,
  ...props
}: Omit<Props, "type" | "min" | "max" | "limit"> & { limits: { min: number; max: number } }) {
  return <TextField type="number" inputMode="numeric" min={limits.min} max={limits.max} {...props} />;
}
