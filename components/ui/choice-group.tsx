import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";
import type { Option } from "@/components/ui/select-field";

type Props = {
  name: string;
  legend: ReactNode;
  options: Option[];
  /** checkbox: any number (submitted as repeated `name`); radio: exactly one. */
  type: "checkbox" | "radio";
  defaultValue?: string[] | string;
  hint?: ReactNode;
  errors?: string[];
  /** Lay the options out in columns on wide screens. */
  columns?: 1 | 2 | 3;
};

/** A fieldset of checkboxes or radio buttons with a legend, hint and errors; 44 px tap targets. */
export function ChoiceGroup({ name, legend, options, type, defaultValue, hint, errors, columns = 1 }: Props) {
  const chosen = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <Field group id={name} label={legend} hint={hint} errors={errors}>
      <div className={`mt-1 grid gap-x-4 ${grid}`}>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <label key={option.value} htmlFor={id} className="flex min-h-11 items-center gap-3">
              <input
                id={id}
                type={type}
                name={name}
                value={option.value}
                defaultChecked={chosen.has(option.value)}
                className="size-5 accent-accent-600"
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </Field>
  );
}
