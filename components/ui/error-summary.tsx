"use client";

import { useSyncExternalStore } from "react";
import type { FieldErrors } from "@/lib/actions/action-state";

type Item = { field: string; text: string };

/** The fields' places on the page do not change while the summary shows. */
const noChanges = () => () => {};

/** The fields in the order the page shows them; a field not on the page keeps its place at the end. */
function inPageOrder(fields: string[]): string[] {
  const placed = fields.map((field, index) => ({ field, index, element: document.getElementById(field) }));
  return placed
    .sort((a, b) => {
      if (!a.element || !b.element) return a.element ? -1 : b.element ? 1 : a.index - b.index;
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map((entry) => entry.field);
}

/**
 * The form's problems at the top, each linking to its field (GOV.UK's error summary pattern), in
 * the order of the fields on the form. The server answers them in the order the form sent its
 * fields; here a field that sent nothing (no box ticked) takes its place among them too.
 */
export function ErrorSummary({ title, errors, message }: { title: string; errors?: FieldErrors; message?: string }) {
  const items: Item[] = Object.entries(errors ?? {}).flatMap(([field, texts]) => (texts ?? []).map((text) => ({ field, text })));
  const fields = [...new Set(items.map((item) => item.field))];
  const served = fields.join(" ");
  // The page's order, read from the page once it is there; on the server, the order answered.
  const ordered = useSyncExternalStore(
    noChanges,
    () => inPageOrder(fields).join(" "),
    () => served,
  ).split(" ");
  const sortedItems = [...items].sort((a, b) => ordered.indexOf(a.field) - ordered.indexOf(b.field));

  if (items.length === 0 && !message) return null;
  return (
    <div className="rounded-md border-2 border-red-700 bg-red-50 p-4" data-testid="error-summary" tabIndex={-1}>
      <p className="font-semibold">{title}</p>
      {message && (
        <p className="mt-1" data-testid="form-message">
          {message}
        </p>
      )}
      {sortedItems.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {sortedItems.map((item) => (
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
