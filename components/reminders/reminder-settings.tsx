"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { saveReminderSettingsAction } from "@/lib/reminders/reminder-actions";
import { reminderKinds, type ReminderKind } from "@/lib/reminders/reminder-kinds";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/** The account page's reminders: a checkbox per kind, ticked for the kinds the person gets. */
export function ReminderSettings({ on }: { on: ReminderKind[] }) {
  const t = useTranslations("reminders");
  const tForm = useTranslations("validation");
  const [state, formAction] = useActionState(saveReminderSettingsAction, idleState);
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="reminder-settings">
      <FormStatus state={state} errorTitle={tForm("summary")} />
      <p className="max-w-prose text-stone-700">{t("lead")}</p>
      <ChoiceGroup
        name="on"
        type="checkbox"
        legend={t("legend")}
        options={reminderKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        defaultValue={on}
        errors={state.ok ? undefined : state.fieldErrors?.on}
      />
      <SubmitButton label={t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}
