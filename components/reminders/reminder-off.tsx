"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { paths } from "@/lib/paths";
import { turnOffRemindersAction } from "@/lib/reminders/reminder-actions";
import type { ReminderKind } from "@/lib/reminders/reminder-kinds";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FocusedMessage } from "@/components/ui/focused-message";
import { PageHeader } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";

/**
 * The page of the link at the end of a reminder: which kind it turns off and one button, or, for
 * a link that does not work, where else to turn reminders off.
 */
export function ReminderOff({ token, kind }: { token: string; kind: ReminderKind | null }) {
  const t = useTranslations("reminders.off");
  const tForm = useTranslations("validation");
  const [state, formAction] = useActionState(turnOffRemindersAction.bind(null, token), idleState);
  const account = (
    <p>
      <TextLink href={paths.account()}>{t("account")}</TextLink>
    </p>
  );
  if (state.ok) {
    return (
      <div className="max-w-prose">
        <PageHeader title={t("title")} />
        <FocusedMessage testId="reminders-off">{state.message}</FocusedMessage>
        {account}
      </div>
    );
  }
  if (!kind) {
    return (
      <div className="max-w-prose" data-testid="link-invalid">
        <PageHeader title={t("title")} lead={t("invalid")} />
        {account}
      </div>
    );
  }
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader title={t("title")} lead={t("lead", { kind })} />
      <form action={formAction} className="space-y-4" data-testid="turn-off-reminders">
        <div aria-live="polite">{state.message && <ErrorSummary title={tForm("summary")} message={state.message} />}</div>
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </form>
    </div>
  );
}
