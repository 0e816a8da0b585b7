"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { changePasswordAction } from "@/lib/accounts/password-actions";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

/** Changing the password while signed in: the current one, then the new one twice. Nothing typed is sent back. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
  const tNew = useTranslations("setPassword");
  const [state, formAction] = useActionState(changePasswordAction, idleState);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormStatus state={state} errorTitle={t("errors.summary")} />
      {/* Lets password managers store the new password with the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("current")}
        errors={errors?.currentPassword}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={tNew("password")}
        hint={tNew("passwordHint")}
        errors={errors?.password}
      />
      <TextField name="confirm" type="password" autoComplete="new-password" label={tNew("confirm")} errors={errors?.confirm} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
