"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { paths } from "@/lib/paths";
import { signInAction, type SignInState } from "@/lib/accounts/sign-in-actions";
import { SignInLinkOffer } from "@/components/accounts/sign-in-link-offer";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

/** Works before JavaScript has loaded too: the form posts to a server action. */
export function LoginForm() {
  const t = useTranslations("login");
  const [state, formAction] = useActionState<SignInState, FormData>(signInAction, idleState);
  const failed = !state.ok ? state : undefined;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <div aria-live="polite">
        <ErrorSummary title={t("errors.summary")} errors={failed?.fieldErrors} message={failed?.message} />
      </div>
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        label={t("email")}
        defaultValue={failed?.values?.email}
        errors={failed?.fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        errors={failed?.fieldErrors?.password}
      />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
      <p>
        <TextLink href={paths.forgotPassword()}>{t("forgotLink")}</TextLink>
      </p>
      {failed?.offerLink && <SignInLinkOffer key={failed.values?.email} />}
    </form>
  );
}
