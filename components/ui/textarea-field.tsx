import type { ReactNode, TextareaHTMLAttributes } from "react";
import { Field } from "@/components/ui/field";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] };

export function TextareaField({ name, label, hint, errors, id = name, className, rows = 4, ...textarea }: Props) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => <textarea {...control} name={name} rows={rows} className={`${control.className} py-2`} {...textarea} />}
    </Field>
  );
}
