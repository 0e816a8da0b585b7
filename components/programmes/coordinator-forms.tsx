"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Appoints a coordinator by name and email; after success the form is empty for the next one. */
export function AppointCoordinatorForm({ action }: { action: Action }) {
  const t = useTranslations("programmes.coordinators");
  const [state, formAction] = useActionState(action, idleState);
  const failed = !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby="appoint-heading">
      <h3 id="appoint-heading" className="font-semibold">
        {t("appointTitle")}
      </h3>
      <p className="text-stone-700">{t("appointHint")}</p>
      <div aria-live="polite">
        <ErrorSummary
          title={t("errorSummary")}
          // The programme form on the same page has a "name" field too, so these ids are prefixed.
          errors={
            failed?.fieldErrors &&
            Object.fromEntries(Object.entries(failed.fieldErrors).map(([field, texts]) => [`coordinator-${field}`, texts]))
          }
          message={failed?.message}
        />
        {state.ok && state.message && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900" data-testid="form-success">
            {state.message}
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="coordinator-name"
          name="name"
          label={t("name")}
          autoComplete="off"
          defaultValue={failed?.values?.name}
          errors={failed?.fieldErrors?.name}
        />
        <TextField
          id="coordinator-email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="off"
          defaultValue={failed?.values?.email}
          errors={failed?.fieldErrors?.email}
        />
      </div>
      <SubmitButton label={t("appoint")} pendingLabel={t("appointing")} />
    </form>
  );
}

export function RemoveCoordinatorButton({ action, label }: { action: Action; label: string }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction}>
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      <p aria-live="polite" className="mt-1 font-medium text-red-800">
        {!state.ok ? (state.message ?? "") : ""}
      </p>
    </form>
  );
}
