import type { FieldErrors } from "@/lib/actions/action-state";

/** The form's problems at the top, each linking to its field (GOV.UK's error summary pattern). */
export function ErrorSummary({ title, errors, message }: { title: string; errors?: FieldErrors; message?: string }) {
  const items = Object.entries(errors ?? {}).flatMap(([field, texts]) => (texts ?? []).map((text) => ({ field, text })));
  if (items.length === 0 && !message) return null;
  return (
    <div className="rounded-md border-2 border-red-700 bg-red-50 p-4" data-testid="error-summary" tabIndex={-1}>
      <p className="font-semibold">{title}</p>
      {message && (
        <p className="mt-1" data-testid="form-message">
          {message}
        </p>
      )}
      {items.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {items.map((item) => (
            <li key={`${item.field}-${item.text}`}>
              <a href={`#${item.field}`} className="text-red-800 underline">
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
