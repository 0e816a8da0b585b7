"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { sendSignInLinkAction } from "@/lib/accounts/sign-in-link-actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/**
 * Offered inside the sign-in form while wrong passwords hold this address back: a link by email
 * that signs the owner of the address in. Its button sends the form's email field to its own
 * action. The answer is the same whether or not the address has an account.
 */
export function SignInLinkOffer() {
  const t = useTranslations("login");
  const [state, formAction, pending] = useActionState(sendSignInLinkAction, idleState);
  return (
    <section
      className="space-y-3 rounded-md border border-stone-300 bg-stone-50 p-4"
      aria-labelledby="sign-in-link-title"
      data-testid="sign-in-link-offer"
    >
      <h2 id="sign-in-link-title" className="text-lg font-semibold">
        {t("link.title")}
      </h2>
      <FormStatus state={state} errorTitle={t("errors.summary")} />
      {!state.ok && (
        <>
          <p className="text-stone-700">{t("link.lead")}</p>
          <Button type="submit" variant="secondary" formAction={formAction} disabled={pending} aria-disabled={pending}>
            {pending ? t("link.submitting") : t("link.submit")}
          </Button>
        </>
      )}
    </section>
  );
}
