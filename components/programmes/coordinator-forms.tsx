"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { appointCoordinatorSchema } from "@/lib/programmes/programme-schemas";
import { ActionButton } from "@/components/ui/action-button";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

// The programme form on the same page has a "name" field too, so these ids are prefixed.
const idPrefix = "coordinator";

/** Appoints a coordinator by name and email; after success the form is empty for the next one. */
export function AppointCoordinatorForm({ action }: { action: Action }) {
  const t = useTranslations("programmes.coordinators");
  const { state, formAction, field } = useActionForm(action, { name: "", email: "" }, { idPrefix, schema: appointCoordinatorSchema });
  return (
    <form action={formAction} noValidate className="space-y-4" aria-labelledby="appoint-heading">
      <h3 id="appoint-heading" className="font-semibold">
        {t("appointTitle")}
      </h3>
      <p className="text-stone-700">{t("appointHint")}</p>
      <FormStatus state={state} errorTitle={t("errorSummary")} idPrefix={idPrefix} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name")} label={t("name")} autoComplete="off" />
        <TextField {...field("email")} type="email" label={t("email")} autoComplete="off" />
      </div>
      <SubmitButton label={t("appoint")} pendingLabel={t("appointing")} />
    </form>
  );
}

export function RemoveCoordinatorButton({ action, label }: { action: Action; label: string }) {
  return <ActionButton action={action} label={label} />;
}
