"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

/** A new password typed twice, from a set-password or a reset link (the action is bound to the link's token). */
export function NewPasswordForm({
  action,
  email,
  submitLabel,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  email: string;
  submitLabel: string;
}) {
  const t = useTranslations("setPassword");
  const [state, formAction] = useActionState(action, idleState);
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
      <SubmitButton label={submitLabel} pendingLabel={t("submitting")} />
    </form>
  );
}
