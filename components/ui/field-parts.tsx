import type { ReactNode } from "react";

/** Ids that tie a field's hint and error to its control for screen readers. */
export function describedBy(id: string, hint?: ReactNode, errors?: string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

export function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  if (!id || !children) return null;
  return (
    <p id={id} className="mt-1 text-sm text-stone-600">
      {children}
    </p>
  );
}

export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  if (!id || !errors?.length) return null;
  return (
    <p id={id} className="mt-1 font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}

export const controlClass = (invalid: boolean) =>
  `mt-1 block min-h-11 w-full rounded-md border bg-white px-3 ${invalid ? "border-2 border-red-700" : "border-stone-500"}`;
