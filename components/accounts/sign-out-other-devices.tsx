"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { signOutOtherDevicesAction } from "@/lib/accounts/sign-in-actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormStatus } from "@/components/ui/form-status";

/** Ends the person's sessions everywhere but here: a borrowed computer, a lost phone. */
export function SignOutOtherDevices() {
  const t = useTranslations("account.otherDevices");
  const tForm = useTranslations("validation");
  const [state, formAction, pending] = useActionState(signOutOtherDevicesAction, idleState);
  return (
    <Card title={t("title")}>
      <form action={formAction} className="space-y-3" data-testid="sign-out-other-devices">
        <FormStatus state={state} errorTitle={tForm("summary")} />
        <p className="max-w-prose text-stone-700">{t("lead")}</p>
        <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
          {t("submit")}
        </Button>
      </form>
    </Card>
  );
}
