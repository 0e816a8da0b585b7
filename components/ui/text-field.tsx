import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input with its hint and errors above it, linked for screen readers. */
export function TextField({ name, label, hint, errors, id = name, className = "", ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mt-1 font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`mt-1 block min-h-11 w-full rounded-md border px-3 ${errorId ? "border-2 border-red-700" : "border-stone-500"}`}
        {...input}
      />
    </div>
  );
}
