"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { LanguageLevels } from "@/components/apply/language-levels";
import type { ProfileFormOptions } from "@/components/profile/profile-options";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  options: ProfileFormOptions;
};

/**
 * The short invitation form: who, in which role and field, and how to reach them. After an
 * invitation is sent the form is empty again for the next person.
 */
export function InviteForm({ action, options }: Props) {
  const t = useTranslations("participants.invite");
  const tp = useTranslations("profile");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(action, idleState);
  // After each answer, move to the message at the top (the problems, or that it went through), as
  // the button is far from it; the summary and the message can take focus for that.
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    answer.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
  }, [state]);
  const failed = !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const optional = (label: string) => `${label} ${t("optional")}`;

  return (
    <form action={formAction} noValidate className="space-y-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <div aria-live="polite" ref={answer}>
        <ErrorSummary title={tv("summary")} errors={failed?.fieldErrors} message={failed?.message} />
        {state.ok && state.message && (
          <p
            className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-4 font-medium"
            role="status"
            tabIndex={-1}
            data-testid="invite-sent"
          >
            {state.message}
          </p>
        )}
      </div>
      <ChoiceGroup
        type="radio"
        name="role"
        legend={tp("labels.role")}
        options={[
          { value: "MENTEE", label: t("roles.MENTEE") },
          { value: "MENTOR", label: t("roles.MENTOR") },
        ]}
        defaultValue={values.role}
        errors={errors.role}
      />
      <TextField name="name" autoComplete="off" label={tp("labels.name")} defaultValue={values.name} errors={errors.name} />
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label={tp("labels.email")}
        hint={t("emailHint")}
        defaultValue={values.email}
        errors={errors.email}
      />
      <SelectField
        name="fieldKey"
        label={tp("labels.field")}
        placeholder={t("choose")}
        options={options.fields}
        defaultValue={values.fieldKey ?? ""}
        errors={errors.fieldKey}
      />
      <TextField
        name="phone"
        type="tel"
        autoComplete="off"
        label={optional(tp("labels.phone"))}
        defaultValue={values.phone}
        errors={errors.phone}
      />
      <TextField name="city" autoComplete="off" label={optional(tp("labels.city"))} defaultValue={values.city} errors={errors.city} />
      <LanguageLevels
        legend={optional(tp("labels.languages"))}
        hint={t("languagesHint")}
        moreLabel={t("moreLanguages")}
        common={options.commonLanguages}
        other={options.otherLanguages}
        levels={{ none: tp("levels.none"), basic: tp("levels.basic"), good: tp("levels.good"), fluent: tp("levels.fluent") }}
        values={values}
        errors={errors.languages}
      />
      <ChoiceGroup
        type="radio"
        name="locale"
        legend={t("locale")}
        hint={t("localeHint")}
        options={[
          { value: "sv", label: t("locales.sv") },
          { value: "en", label: t("locales.en") },
        ]}
        defaultValue={values.locale ?? "sv"}
        errors={errors.locale}
      />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
    </form>
  );
}
