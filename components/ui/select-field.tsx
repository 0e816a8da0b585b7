import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClass, describedBy, FieldError, FieldHint } from "@/components/ui/field-parts";

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

export function SelectField({ name, label, options, placeholder, hint, errors, id = name, className = "", ...select }: Props) {
  const ids = describedBy(id, hint, errors);
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} errors={errors} />
      <select
        id={id}
        name={name}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
