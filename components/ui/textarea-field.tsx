import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlClass, describedBy, FieldError, FieldHint } from "@/components/ui/field-parts";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: ReactNode; hint?: ReactNode; errors?: string[] };

export function TextareaField({ name, label, hint, errors, id = name, className = "", rows = 4, ...textarea }: Props) {
  const ids = describedBy(id, hint, errors);
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <FieldError id={ids.errorId} errors={errors} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={ids.errorId ? true : undefined}
        aria-describedby={ids.describedBy}
        className={`${controlClass(Boolean(ids.errorId))} py-2`}
        {...textarea}
      />
    </div>
  );
}
