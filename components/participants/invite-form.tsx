"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { textLimit } from "@/lib/actions/text-limits";
import { emailSchema } from "@/lib/profiles/profile-schemas";
import type { ProfileFieldName } from "@/lib/profiles/profile-fields";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { FormAnswer } from "@/components/profiles/form-answer";
import { ProfileField } from "@/components/profiles/profile-field";
import type { ProfileFormOptions } from "@/components/profiles/profile-options";

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
  const failed = !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const field = (name: ProfileFieldName, extra: { hint?: string; optional?: boolean } = {}) => (
    <ProfileField
      name={name}
      values={values}
      errors={errors}
      options={options}
      words={{ optional: t("optional"), choose: t("choose"), moreLanguages: t("moreLanguages") }}
      autoFill={false}
      {...extra}
    />
  );

  return (
    <form action={formAction} noValidate className="space-y-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <FormAnswer state={state} summaryTitle={tv("summary")} doneTestId="invite-sent" />
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
      {field("name")}
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label={tp("labels.email")}
        hint={t("emailHint")}
        limit={textLimit(emailSchema)}
        defaultValue={values.email}
        errors={errors.email}
      />
      {field("fieldKey")}
      {field("phone")}
      {field("city")}
      {/* The person completes their languages later, so here they may be left out. */}
      {field("languages", { hint: t("languagesHint"), optional: true })}
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
