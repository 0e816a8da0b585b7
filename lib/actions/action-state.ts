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

const secretNames = /password|confirm|token|secret|csv/i;

/**
 * What a form sent, to show again after a problem: every text field except secrets (an emptied one
 * too, so it stays empty), each cut to 2,000 characters; a field sent more than once (a checkbox
 * group) joined with commas. A checkbox left unticked is not sent at all: a form with one gives
 * its own `echo`.
 */
export function echoForm(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  let count = 0;
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION") || secretNames.test(name) || ++count > 300) continue;
    const texts = formData.getAll(name).filter((value): value is string => typeof value === "string");
    if (texts.length) values[name.slice(0, 200)] = texts.filter(Boolean).join(",").slice(0, 2000);
  }
  return values;
}

/** A text field of the form; "" when it is missing or is a file. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
