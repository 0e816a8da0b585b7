import type { InputHTMLAttributes, ReactNode } from "react";
import { Field } from "@/components/ui/field";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] };

/** A labelled input with its hint and errors above it, linked for screen readers. */
export function TextField({ name, label, hint, errors, id = name, className, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => <input {...control} name={name} {...input} />}
    </Field>
  );
}

/** A whole number within the limits its schema sets; phones show a numeric keyboard. */
export function NumberField({ limits, ...props }: Omit<Props, "type" | "min" | "max"> & { limits: { min: number; max: number } }) {
  return <TextField type="number" inputMode="numeric" min={limits.min} max={limits.max} {...props} />;
}
