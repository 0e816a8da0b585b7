"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idleState } from "@/lib/actions/action-state";
import { confirmApplicationChangeAction } from "@/lib/applications/application-submit-actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FocusedMessage } from "@/components/ui/focused-message";
import { PageHeader } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * The page of the link that confirms a change of an application: what it is about and one button,
 * or, for a link that is used, expired or wrong, that it no longer works. Once confirmed, the
 * answer stays on the page, though the page, read again, finds the link used up.
 */
/** What the link is about, in the reader's language. */
export type ChangeLinkView = { cohort: string; programme: string; role: "MENTOR" | "MENTEE" };

export function ConfirmApplicationChange({ token, link }: { token: string; link: ChangeLinkView | null }) {
  const t = useTranslations("apply.confirm");
  const [state, formAction] = useActionState(confirmApplicationChangeAction.bind(null, token), idleState);
  if (state.ok) {
    return (
      <div className="max-w-prose">
        <PageHeader title={t("doneTitle")} />
        <FocusedMessage testId="change-confirmed">{state.message}</FocusedMessage>
      </div>
    );
  }
  if (!link) {
    return (
      <div className="max-w-prose" data-testid="link-invalid">
        <PageHeader title={t("invalidTitle")} lead={t("invalidLink")} />
      </div>
    );
  }
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader title={t("title")} lead={t("lead", { cohort: link.cohort, programme: link.programme, role: link.role })} />
      <p>{t("notYou")}</p>
      <form action={formAction} className="space-y-4" data-testid="confirm-change">
        <div aria-live="polite">{state.message && <ErrorSummary title={t("problem")} message={state.message} />}</div>
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </form>
    </div>
  );
}
