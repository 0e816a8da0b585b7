"use client";

import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/accounts/password-link-actions";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** "Forgot your password?": the address to send a link to. The answer is the same for every address. */
export function ForgotPasswordForm() {
  const t = useTranslations("login");
  const { state, formAction, field } = useActionForm(requestPasswordResetAction, { email: "" });
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormStatus state={state} errorTitle={t("errors.summary")} />
      <TextField {...field("email")} type="email" autoComplete="email" label={t("forgot.email")} />
      <SubmitButton label={t("forgot.submit")} pendingLabel={t("forgot.submitting")} />
    </form>
  );
}
