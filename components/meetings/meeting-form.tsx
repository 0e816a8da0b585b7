"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { MEETING_MODES, MEETING_TOPICS, meetingLimits, meetingSchema } from "@/lib/meetings/meeting-schemas";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { NumberField, TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type MeetingFormValues = {
  heldOn: string;
  durationMinutes: string;
  mode: string;
  /** The ticked topics, comma-separated (as a refused form echoes them). */
  topics: string;
  sharedNotes: string;
  privateNote: string;
};

/**
 * Logs a meeting or changes one: short enough to fill in on a phone in a minute. The date is
 * today unless changed; a refused form keeps everything typed and says what is wrong by its field.
 */
export function MeetingForm({
  action,
  defaults,
  today,
  firstDay,
  submitLabel,
}: {
  action: Action;
  defaults: MeetingFormValues;
  today: string;
  firstDay?: string;
  submitLabel: string;
}) {
  const t = useTranslations("meetings");
  const { state, formAction, field, values, errors } = useActionForm(action, defaults, { schema: meetingSchema });
  const duration = meetingLimits.durationMinutes;
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} errorTitle={t("log.errorSummary")} takeFocus />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("heldOn")} type="date" max={today} min={firstDay} label={t("fields.heldOn")} hint={t("fields.heldOnHint")} />
        <NumberField
          {...field("durationMinutes")}
          limits={duration}
          step={5}
          label={t("fields.durationMinutes")}
          hint={t("fields.durationHint", { min: duration.min, max: duration.max })}
        />
      </div>
      <ChoiceGroup
        name="mode"
        type="radio"
        legend={t("fields.mode")}
        options={MEETING_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
        defaultValue={values.mode}
        errors={errors?.mode}
        columns={3}
      />
      <ChoiceGroup
        name="topics"
        type="checkbox"
        legend={t("fields.topics")}
        hint={t("fields.topicsHint")}
        options={MEETING_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
        defaultValue={values.topics ? values.topics.split(",") : []}
        errors={errors?.topics}
        columns={2}
      />
      <TextareaField {...field("sharedNotes")} label={t("fields.sharedNotes")} hint={t("fields.sharedNotesHint")} rows={3} />
      <TextareaField {...field("privateNote")} label={t("fields.privateNote")} hint={t("fields.privateNoteHint")} rows={2} />
      <SubmitButton label={submitLabel} pendingLabel={t("log.saving")} />
    </form>
  );
}
