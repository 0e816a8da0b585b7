import type { z } from "zod";

/**
 * What every server action answers to its form. Expected failures (bad input, not allowed,
 * conflicts) come back here in the reader's language; unexpected ones are thrown to error.tsx.
 * `values` echoes the submitted non-secret fields so nothing typed is lost.
 */
export type ActionState =
  | { ok: true; message?: string }
  | { ok: false; message?: string; fieldErrors?: FieldErrors; values?: Record<string, string>; confirm?: Confirmation };

/**
 * What an action that cannot be undone would do, asked before it does it: the question (what
 * happens, who is emailed) and the words of the button that goes ahead.
 */
export type Confirmation = { question: string; proceed: string };

/** The field the button that goes ahead sends ("yes"); without it, an action that asks first changes nothing. */
export const confirmField = "confirmed";

export type FieldErrors = Record<string, string[] | undefined>;

export const idleState: ActionState = { ok: false };

/** A message key and the values it is written with ("The text has {count} characters …"). */
export type IssueMessage = { key: string; values: Record<string, string | number> };

const isMessageKey = (text: string) => /^[a-zA-Z]+(\.[A-Za-z_]+)+$/.test(text);

const lengthOf = (input: unknown) => (typeof input === "string" || Array.isArray(input) ? input.length : 0);

/** What a limit or a custom check says about the input: the limit, the range, the current length. */
function issueValues(issue: z.core.$ZodIssue): Record<string, string | number> {
  if (issue.code === "too_big") return { max: Number(issue.maximum), count: lengthOf(issue.input) };
  if (issue.code === "too_small") return { min: Number(issue.minimum), count: lengthOf(issue.input) };
  if (issue.code === "custom") return (issue.params ?? {}) as Record<string, string | number>;
  return {};
}

/**
 * The message for a zod issue without a key of ours: said after what went wrong (a limit named, a
 * whole number asked for, a choice to make), never a bare "check this".
 */
function fallbackKey(issue: z.core.$ZodIssue): IssueMessage {
  const values = issueValues(issue);
  const empty = issue.input === undefined || issue.input === null || issue.input === "";
  switch (issue.code) {
    case "invalid_type":
      if (empty) return { key: "validation.required", values };
      return { key: issue.expected === "number" || issue.expected === "int" ? "validation.wholeNumber" : "validation.invalid", values };
    case "invalid_value":
      return { key: "validation.choose", values };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.emailFormat" : "validation.invalid", values };
    case "too_big":
      return {
        key: issue.origin === "string" ? "validation.tooLong" : issue.origin === "number" ? "validation.atMost" : "validation.tooMany",
        values,
      };
    case "too_small":
      if (issue.origin === "string") return { key: Number(issue.minimum) <= 1 ? "validation.required" : "validation.tooShort", values };
      return { key: issue.origin === "number" ? "validation.atLeast" : "validation.choose", values };
    case "invalid_union": {
      // "" or a number, say: the alternative that was not the empty one tells what was wrong.
      const telling = issue.errors.flat().find((inner) => !(inner.code === "invalid_value" && inner.values.every((value) => value === "")));
      return telling ? issueMessage(telling) : { key: "validation.invalid", values };
    }
    default:
      return { key: "validation.invalid", values };
  }
}

/** The message key of a zod issue (ours, or one said after the kind of problem) with its values. */
export function issueMessage(issue: z.core.$ZodIssue): IssueMessage {
  return isMessageKey(issue.message) ? { key: issue.message, values: issueValues(issue) } : fallbackKey(issue);
}

/**
 * Zod issues carry message keys (e.g. "validation.required"); this turns them into translated
 * field errors, each written with its values: a text too long names its limit and its length.
 */
export function toFieldErrors(error: z.ZodError, translate: (key: string, values: Record<string, string | number>) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const { key, values } = issueMessage(issue);
    (errors[field] ??= []).push(translate(key, values));
  }
  return errors;
}

const secretNames = /password|confirm|token|secret|csv/i;

/**
 * What a form sent, to show again after a problem: every text field except secrets (an emptied one
 * too, so it stays empty), whole: a text over its limit comes back as typed, for the person to
 * shorten; a field sent more than once (a checkbox group) joined with commas. A checkbox left unticked is not sent at all: a form with one gives
 * its own `echo`.
 */
export function echoForm(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  let count = 0;
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION") || secretNames.test(name) || ++count > 300) continue;
    const texts = formData.getAll(name).filter((value): value is string => typeof value === "string");
    if (texts.length) values[name.slice(0, 200)] = texts.filter(Boolean).join(",");
  }
  return values;
}

/** A text field of the form; "" when it is missing or is a file. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
