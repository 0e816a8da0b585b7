"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { signInWithLinkAction } from "@/lib/accounts/sign-in-link-actions";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

/** The button that uses a sign-in link up; opening the link alone signs nobody in. */
export function SignInLinkForm({ token }: { token: string }) {
  const t = useTranslations("login");
  const [state, formAction] = useActionState(signInWithLinkAction.bind(null, token), idleState);
  return (
    <form action={formAction} className="space-y-5">
      <FormStatus state={state} errorTitle={t("errors.summary")} />
      <SubmitButton label={t("link.signIn")} pendingLabel={t("submitting")} />
    </form>
  );
}
