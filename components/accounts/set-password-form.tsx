"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { setPasswordAction } from "@/lib/accounts/password-actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("setPassword");
  const [state, formAction] = useActionState(setPasswordAction.bind(null, token), idleState);
  const failed = !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <div aria-live="polite">
        <ErrorSummary title={t("errors.summary")} errors={failed?.fieldErrors} message={failed?.message} />
      </div>
      {/* Lets password managers store the new password with the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        errors={failed?.fieldErrors?.password}
      />
      <TextField name="confirm" type="password" autoComplete="new-password" label={t("confirm")} errors={failed?.fieldErrors?.confirm} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
