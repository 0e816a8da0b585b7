import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  confirmField,
  echoForm,
  idleState,
  toFieldErrors,
  type ActionState,
  type Confirmation,
  type FieldErrors,
} from "@/lib/actions/action-state";
import { fieldsWithControlCharacters, withoutControlCharacters } from "@/lib/actions/control-characters";
import { Refusal } from "@/lib/actions/refusal";
import { recordAudit, type AuditInput } from "@/lib/audit/audit";
import type { Viewer } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { idSchema } from "@/lib/ids";
import { clientAddress } from "@/lib/request/client-address";

// Every server action of Tandem runs through defineAction, in the same six steps:
//
//   1 who      the signed-in viewer (or anyone, for the public forms)
//   2 what     the bound arguments (ids, unless `params` says otherwise) and the form, parsed with zod;
//              a control character in any text field is refused next to that field
//   3 may they `authorize` finds the resource the ids name, through lib/auth/access.ts; null = not found;
//              an action that cannot be undone then asks first (`confirm`): unless the form carries
//              the confirmation, nothing runs and the answer is what would happen (decision 0013)
//   4 do       `run`, inside one transaction when `transaction` is set
//   5 audit    ctx.audit(...) records who changed whose data, in that transaction
//   6 after    revalidations, then the redirect, once the change is committed
//
// Expected failures come back in the action state in the viewer's language: one message for a
// signed-out viewer, one for anything not found or not theirs, field errors next to their fields.
// A `Refusal` thrown from `run` rolls the transaction back and answers with its message.

export type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Tx = Prisma.TransactionClient;

const brand = Symbol.for("tandem.action");

/** True for a function made by defineAction; the test of all server actions checks this. */
export function isDefinedAction(value: unknown): boolean {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[brand] === true;
}

type Who = "viewer" | "anyone";
type ViewerOf<W extends Who> = W extends "anyone" ? Viewer | null : Viewer;
type BoundValues<B extends readonly string[]> = { [K in keyof B]: string };

export type ActionContext<W extends Who, P, I, R> = {
  viewer: ViewerOf<W>;
  /** The bound arguments, parsed. */
  params: P;
  /** The form's fields, parsed by `fields` (undefined without a schema). */
  input: I;
  /** What `authorize` found. */
  resource: R;
  formData: FormData;
  t: Translate;
  /** The transaction when `transaction` is set; the shared client otherwise. */
  tx: Tx;
  /** What the form sent, without secrets, to show again after a problem. */
  values: Record<string, string>;
  /**
   * Records an audit entry; the actor is the viewer. It joins the action's transaction, or the one
   * given (a change made inside withCohortLock passes its own).
   */
  audit: (entry: Omit<AuditInput, "actorId">, inTransaction?: Tx) => Promise<void>;
  /** Pages to refresh once the change is committed (also after a refusal, so the page shows what holds now). */
  revalidate: (path: string, type?: "layout" | "page") => void;
  /** Where to send the person once the change is committed. */
  redirectTo: (path: string) => void;
};

type Spec<W extends Who, B extends readonly string[], P, F extends z.ZodType | undefined, R, S> = {
  /** Who may call it; "viewer" (the default) answers a signed-out caller with the one signed-out message. */
  who?: W;
  /** The names of the bound arguments (`action.bind(null, cohortId)`), in order. */
  bound?: B;
  /** The bound arguments' schema; without it every bound argument is an id. */
  params?: z.ZodType<P>;
  /** The form's fields. Issues come back as field errors in the viewer's language. */
  fields?: F;
  /** A form of buttons, with no field to put an error next to: a problem with its input is one message. */
  messageOnly?: boolean;
  /** The raw input for `fields`; by default every text field of the form. */
  read?: (formData: FormData, params: P) => unknown;
  /** The values shown again after a problem; by default every non-secret text field. */
  echo?: (formData: FormData) => Record<string, string>;
  /** Step 3: the resource the ids name when the viewer may act on it, else null (answered "not found"). */
  authorize: (viewer: ViewerOf<W>, params: P) => Promise<R | null> | R | null;
  /**
   * An action that cannot be undone asks first: unless the form says it is confirmed, nothing
   * runs and the form is answered with this question (what will happen, who is emailed), read
   * from the database as it is now. Null when this input needs no question (waitlisting, say).
   */
  confirm?: (
    ctx: Omit<ActionContext<W, P, F extends z.ZodType ? z.infer<F> : undefined, R>, "audit" | "revalidate" | "redirectTo">,
  ) => Promise<Confirmation | null> | Confirmation | null;
  /** Run `run` in one transaction (for changes of more than one row). */
  transaction?: boolean;
  /** The state a refusal or a field error answers with, for actions with their own state shape. */
  failure?: (state: Failure) => S;
  run: (ctx: ActionContext<W, P, F extends z.ZodType ? z.infer<F> : undefined, R>) => Promise<NoInfer<S> | void>;
};

type Failure = { message?: string; fieldErrors?: FieldErrors; values?: Record<string, string>; confirm?: Confirmation };

/** Text fields of the form, as they would be parsed when no `read` is given. */
export function formFields(formData: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$ACTION") || name === confirmField) continue;
    const values = formData.getAll(name).filter((value): value is string => typeof value === "string");
    if (values.length) fields[name] = values.length === 1 ? values[0]! : values;
  }
  return fields;
}

/**
 * Field errors in the order the form sent its fields, which is the order it shows them (the
 * schema's order may differ); a field that sent nothing (no box ticked) comes after them.
 */
function inFormOrder(errors: FieldErrors, formData: FormData): FieldErrors {
  const sent = [...new Set(formData.keys())];
  const place = (field: string) => {
    const index = sent.findIndex((name) => name === field || name.startsWith(`${field}.`));
    return index < 0 ? sent.length : index;
  };
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => place(a) - place(b)));
}

/**
 * A control character (a NUL byte above all) in any text field: named next to its field, or as
 * the form's message where there is no field to show it by, rather than left to the database.
 */
function controlCharacterProblem(formData: FormData, t: Translate, byField: boolean): Failure | null {
  const garbled = fieldsWithControlCharacters(formData);
  if (garbled.length === 0) return null;
  const message = t("validation.controlCharacter");
  const named = byField && garbled.every((name) => !name.startsWith("$ACTION") && name === withoutControlCharacters(name));
  return named ? { fieldErrors: Object.fromEntries(garbled.map((name) => [name, [message]])) } : { message };
}

/** The values shown again, without control characters: the field says one was taken out. */
function cleanValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, withoutControlCharacters(value)]));
}

/**
 * Defines a server action: `export const saveThingAction = defineAction({ ... })` in a
 * `"use server"` file. The result is called like any action: (...bound, previousState, formData).
 */
export function defineAction<
  W extends Who = "viewer",
  const B extends readonly string[] = [],
  P = { [K in B[number]]: string },
  F extends z.ZodType | undefined = undefined,
  R = unknown,
  S = ActionState,
>(spec: Spec<W, B, P, F, R, S>): (...args: [...BoundValues<B>, S, FormData]) => Promise<S> {
  const bound = spec.bound ?? ([] as unknown as B);
  const paramsSchema = (spec.params ?? z.object(Object.fromEntries(bound.map((name) => [name, idSchema])))) as z.ZodType<P>;
  const fail = (state: Failure): S => {
    if (state.values && Object.keys(state.values).length === 0) delete state.values;
    return spec.failure ? spec.failure(state) : ({ ok: false, ...state } as S);
  };

  const action = async (...args: unknown[]): Promise<S> => {
    const formData = args[args.length - 1] instanceof FormData ? (args[args.length - 1] as FormData) : new FormData();
    const t = await getTranslations();
    const values = cleanValues((spec.echo ?? echoForm)(formData));

    // 1 who
    const viewer = (await getViewer()) as ViewerOf<W>;
    if (!viewer && (spec.who ?? "viewer") === "viewer") return fail({ message: t("actions.signedOut"), values });

    // 2 what: the ids first (a malformed one is simply not found), then, once allowed, the fields
    const params = paramsSchema.safeParse(Object.fromEntries(bound.map((name, index) => [name, args[index]])));
    if (!params.success) return fail({ message: t("actions.notFound"), values });

    // 3 may they
    const resource = await spec.authorize(viewer, params.data);
    if (resource === null || resource === undefined) return fail({ message: t("actions.notFound"), values });

    const garbled = controlCharacterProblem(formData, t, Boolean(spec.fields) && !spec.messageOnly);
    if (garbled) return fail({ ...garbled, values });

    let input: unknown = undefined;
    if (spec.fields) {
      const raw = spec.read ? spec.read(formData, params.data) : formFields(formData);
      // With the input in each issue, a text over its limit is answered with its length.
      const parsed = spec.fields.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        const fieldErrors = inFormOrder(
          toFieldErrors(parsed.error, (key, messageValues) => t(key as never, messageValues as never)),
          formData,
        );
        return fail(spec.messageOnly ? { message: Object.values(fieldErrors).flat()[0], values } : { fieldErrors, values });
      }
      input = parsed.data;
    }

    // Asked first: nothing changes until the person has read what will happen and gone ahead.
    if (spec.confirm && formData.get(confirmField) !== "yes") {
      // "No, go back" from a browser without scripts: the form again, as it was typed.
      if (formData.get(confirmField) === "back") return fail({ values });
      const confirmation = await spec.confirm({ viewer, params: params.data, input, resource, formData, t, tx: db, values } as never);
      if (confirmation) return fail({ confirm: confirmation, values });
    }

    // 4 do, 5 audit
    const revalidations: Array<[string, "layout" | "page" | undefined]> = [];
    let destination: string | null = null;
    const address = spec.who === "anyone" ? clientAddress(await headers()) : null;
    const context = (tx: Tx) =>
      ({
        viewer,
        params: params.data,
        input,
        resource,
        formData,
        t,
        tx,
        values,
        audit: (entry: Omit<AuditInput, "actorId">, inTransaction?: Tx) =>
          recordAudit({ ip: address, ...entry, actorId: viewer?.id ?? null }, inTransaction ?? tx),
        revalidate: (path: string, type?: "layout" | "page") => void revalidations.push([path, type]),
        redirectTo: (path: string) => void (destination = path),
      }) as unknown as ActionContext<W, P, F extends z.ZodType ? z.infer<F> : undefined, R>;

    let result: S | void;
    try {
      result = spec.transaction
        ? await db.$transaction((tx) => spec.run(context(tx)), { timeout: 30_000, maxWait: 15_000 })
        : await spec.run(context(db));
    } catch (error) {
      // Two people saving the same thing at once: the unique index lets one of them through.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") error = new Refusal("actions.changedMeanwhile");
      if (!(error instanceof Refusal)) throw error;
      for (const [path, type] of revalidations) revalidatePath(path, type);
      const message = t(error.key as never, error.params as never);
      return fail(error.field ? { fieldErrors: { [error.field]: [message] }, values } : { message, values });
    }

    // 6 after the commit
    for (const [path, type] of revalidations) revalidatePath(path, type);
    if (destination) redirect(destination);
    return result ?? ({ ok: true } as S);
  };
  Object.defineProperty(action, brand, { value: true });
  return action;
}

/**
 * A server action for a plain `<form action={...}>` with no state to answer (the language switch,
 * signing out): the same pipeline, called with the form only.
 */
export function defineFormAction<W extends Who = "viewer", F extends z.ZodType | undefined = undefined, R = unknown>(
  spec: Spec<W, [], Record<string, never>, F, R, ActionState>,
): (formData: FormData) => Promise<void> {
  const action = defineAction<W, [], Record<string, never>, F, R, ActionState>(spec);
  const formAction = async (formData: FormData): Promise<void> => {
    await action(idleState, formData);
  };
  Object.defineProperty(formAction, brand, { value: true });
  return formAction;
}
