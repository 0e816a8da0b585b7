"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { nextMeetingFields, nextMeetingLimits } from "@/lib/pairs/next-meeting-schemas";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { NumberField, TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type NextMeetingValues = { date: string; time: string; minutes: string; place: string };

/** Plans the pair's next meeting, or moves the planned one: a day and time in Stockholm time. */
export function NextMeetingForm({ action, defaults, submitLabel }: { action: Action; defaults: NextMeetingValues; submitLabel: string }) {
  const t = useTranslations("nextMeeting");
  const { state, formAction, field } = useActionForm(action, defaults, { idPrefix: "next-meeting", schema: nextMeetingFields });
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} errorTitle={t("errorSummary")} idPrefix="next-meeting" />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField {...field("date")} type="date" label={t("fields.date")} />
        <TextField {...field("time")} type="time" label={t("fields.time")} hint={t("fields.timeHint")} />
        <NumberField {...field("minutes")} limits={nextMeetingLimits.minutes} label={t("fields.minutes")} />
      </div>
      <TextField {...field("place")} label={t("fields.place")} hint={t("fields.placeHint")} autoComplete="off" />
      <SubmitButton label={submitLabel} pendingLabel={t("saving")} />
    </form>
  );
}
