import type { ReactNode, SelectHTMLAttributes } from "react";
import { Field } from "@/components/ui/field";

export type Option = { value: string; label: string };

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: ReactNode;
  options: Option[];
  /** A first, empty choice such as "Choose …". */
  placeholder?: string;
  hint?: ReactNode;
  errors?: string[];
};

export function SelectField({ name, label, options, placeholder, hint, errors, id = name, className, ...select }: Props) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <select {...control} name={name} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
