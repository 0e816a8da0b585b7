import type { z } from "zod";

/**
 * What every server action answers to its form. Expected failures (bad input, not allowed,
 * conflicts) come back here in the reader's language; unexpected ones are thrown to error.tsx.
 * `values` echoes the submitted non-secret fields so nothing typed is lost.
 */
export type ActionState =
  { ok: true; message?: string } | { ok: false; message?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export type FieldErrors = Record<string, string[] | undefined>;

export const idleState: ActionState = { ok: false };

/**
 * Zod issues carry message keys (e.g. "validation.required"); this turns them into translated
 * field errors. Issues without a key of ours fall back to a generic message.
 */
export function toFieldErrors(error: z.ZodError, translate: (key: string) => string, fallbackKey = "validation.invalid"): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const key = /^[a-zA-Z]+(\.[A-Za-z_]+)+$/.test(issue.message) ? issue.message : fallbackKey;
    (errors[field] ??= []).push(translate(key));
  }
  return errors;
}
