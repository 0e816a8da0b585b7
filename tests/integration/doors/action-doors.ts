import { readFileSync } from "node:fs";
import path from "node:path";
import sv from "@/messages/sv.json";
import { idleState } from "@/lib/actions/action-state";
import type { DoorWorld } from "@/tests/factories/door-world";
import { sourceFiles, useServerDirectives } from "@/tests/integration/architecture/source-files";

// What the authorization matrix and the fuzzing of the server actions share: how every action of
// the app is found, how one is called the way a browser's form would call it, and how its answer
// is read (a state, or the redirect Next throws as a signal).

const root = path.resolve(import.meta.dirname, "../../..");

/** Where each action's entry goes; named in every failure about a missing one. */
export const actionTableFile = "tests/integration/doors/action-table.ts";

export type Person = { id: string };
export type FormFields = Record<string, string | string[] | File>;
export type ServerAction = (...args: unknown[]) => Promise<unknown>;

/** What an action answered: the state its form shows, or where it sent the browser. */
export type Answer = { state: unknown } | { redirect: string };

/** One server action as the matrix and the fuzzing use it. */
export type ActionEntry = {
  /** Who may do it: a person of the world, or "anyone" for the public forms (then everyone succeeds). */
  rightful: ((world: DoorWorld) => Person) | "anyone";
  /**
   * An action on the signed-in person's own account (no id names anyone): everyone signed in
   * succeeds, each on their own account, and someone signed out is refused.
   */
  ownAccount?: true;
  /** The participant of another pair who must find nothing (default: the mentor of programme A's second pair). */
  otherParticipant?: (world: DoorWorld) => Person;
  /** The bound arguments (`action.bind(null, ...)`), in order. */
  bound?: (world: DoorWorld) => string[];
  /** A form the rightful person's page would send. */
  form?: (world: DoorWorld) => FormFields | Promise<FormFields>;
  /** A plain `<form action>` (defineFormAction): called with the form only. */
  plainForm?: true;
  /** Checks the answer and the database after the rightful person's call. */
  succeeded: (answer: Answer, world: DoorWorld, person: Person | null) => Promise<void> | void;
  /**
   * Ids smuggled in the form rather than bound: someone with a right to the bound resource names
   * another programme's rows. Each must be refused with no row changed.
   */
  smuggled?: Array<{
    why: string;
    who: (world: DoorWorld) => Person;
    bound?: (world: DoorWorld) => string[];
    form: (world: DoorWorld) => FormFields;
  }>;
  /** Reads an answer of the action's own state shape; the default reads `ok`. */
  outcome?: (state: unknown) => "refused" | "done";
  /** For the fuzzing: the fields whose absence must be refused ("all": every field of the valid form). */
  required?: string[] | "all";
  /** For the fuzzing: fields read as ticked or not, where any value is a valid one. */
  checkboxes?: string[];
  /** For the fuzzing: tables a refused input may still change, and why. */
  mayChangeOnRefusal?: { tables: string[]; why: string };
};

/** The table: every `"use server"` module, each of its exports. */
export type ActionTable = Record<string, Record<string, ActionEntry>>;

export type FoundAction = { key: string; file: string; name: string; action: ServerAction };

/** Every server action of the app: each export of each module that starts with "use server". */
export async function findServerActions(): Promise<FoundAction[]> {
  const modules = sourceFiles(root, ["app", "components", "lib"]).filter(
    (file) => useServerDirectives(readFileSync(path.join(root, file), "utf8")).moduleLevel,
  );
  const found: FoundAction[] = [];
  for (const file of modules) {
    const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, ServerAction>;
    for (const name of Object.keys(exported).sort()) found.push({ key: `${file} ${name}`, file, name, action: exported[name]! });
  }
  return found;
}

export function toFormData(fields: FormFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  }
  return form;
}

/** Calls the action as its form would: bound arguments, the previous state, the form. */
export function callAction(found: FoundAction, entry: ActionEntry, bound: unknown[], form: unknown): Promise<unknown> {
  return entry.plainForm ? found.action(form) : found.action(...bound, idleState, form);
}

/** The answer, or the redirect Next signals by throwing; anything else thrown is thrown on. */
export async function answerOf(call: Promise<unknown>): Promise<Answer> {
  try {
    return { state: await call };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2] ?? "" };
    throw error;
  }
}

/** Whether the answer refused the input; a redirect is what a successful action gives. */
export function outcomeOf(entry: ActionEntry, answer: Answer): "refused" | "done" {
  if ("redirect" in answer) return "done";
  if (entry.outcome) return entry.outcome(answer.state);
  if (answer.state === undefined) return "done";
  return (answer.state as { ok?: unknown }).ok === true ? "done" : "refused";
}

/** A refusal says why: a message, or an error next to a field. */
export function explains(state: unknown): boolean {
  const { message, fieldErrors, confirm } = (state ?? {}) as {
    message?: unknown;
    fieldErrors?: Record<string, unknown>;
    confirm?: { question?: unknown };
  };
  if (typeof message === "string" && message.trim() !== "") return true;
  // An action that asks first says what it would do: nothing has happened yet, and the question says why.
  if (typeof confirm?.question === "string" && confirm.question.trim() !== "") return true;
  return Object.values(fieldErrors ?? {}).some(
    (errors) => Array.isArray(errors) && errors.some((error) => typeof error === "string" && error),
  );
}

/** The one answer for a signed-out caller and the one for anything not found or not theirs (Swedish, the default). */
export const refusals = { signedOut: sv.actions.signedOut, notFound: sv.actions.notFound };
