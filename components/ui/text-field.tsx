import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClass, describedBy, FieldError, FieldHint } from "@/components/ui/field-parts";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] };

/** A labelled input with its hint and errors above it, linked for screen readers. */
export function TextField({ name, label, hint, errors, id = name, className = "", ...input }: Props) {
  const ids = describedBy(id, hint, errors);
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} errors={errors} />
      <input
        id={id}
        name={name}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClass(Boolean(ids.errorId))}
        {...input}
      />
    </div>
  );
}
