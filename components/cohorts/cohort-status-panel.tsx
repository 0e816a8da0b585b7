import { getTranslations } from "next-intl/server";
import { changeCohortStatusAction, closeCohortAction } from "@/lib/cohorts/cohort-actions";
import { getFormat } from "@/lib/i18n/format";
import { ActionButton } from "@/components/ui/action-button";
import { COHORT_STATUSES, nextStatus, previousStatus, type CohortStatus } from "@/lib/cohorts/cohort-status";
import { Card } from "@/components/ui/card";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { CohortStatusForm, type StatusChoice } from "@/components/cohorts/cohort-status-form";

/** Where the cohort is in its life, what each step allows, and the way to the next (or previous) step. */
export async function CohortStatusPanel({
  cohortId,
  status,
  closed,
}: {
  cohortId: string;
  status: CohortStatus;
  /** When a closed cohort closed and how its pairs ended. */
  closed?: { at: Date | null; pairsRanCourse: number; pairsEndedEarly: number };
}) {
  const t = await getTranslations("cohorts.status");
  const tClosing = await getTranslations("cohorts.closing");
  const format = await getFormat();
  const tStatus = await getTranslations("cohortStatus");
  const forward = nextStatus(status);
  const back = previousStatus(status);
  const choices: StatusChoice[] = [
    // Closing asks first and has a button of its own, below.
    ...(forward && forward !== "CLOSED" ? [{ status: forward, label: t(`forward.${forward}`), direction: "forward" as const }] : []),
    ...(back ? [{ status: back, label: t(`back.${back}`), direction: "back" as const }] : []),
  ];
  return (
    <Card title={t("title")}>
      <p className="mb-4 flex flex-wrap items-center gap-2" data-testid="cohort-status">
        <span>{t("current")}</span>
        <CohortStatusBadge status={status} />
      </p>
      <ol className="mb-4 space-y-2">
        {COHORT_STATUSES.map((step) => (
          <li
            key={step}
            aria-current={step === status ? "step" : undefined}
            className={`rounded-md border p-3 ${step === status ? "border-accent-600 bg-accent-50" : "border-stone-200"}`}
          >
            <span className="font-semibold">{tStatus(step)}</span>
            {step === status && <span className="sr-only"> ({t("currentMarker")})</span>}
            <span className="block text-stone-700">{t(`explain.${step}`)}</span>
          </li>
        ))}
      </ol>
      {choices.length > 0 && <CohortStatusForm action={changeCohortStatusAction.bind(null, cohortId)} choices={choices} />}
      {forward === "CLOSED" && (
        <div className="mt-4 border-t border-stone-200 pt-4" data-testid="close-cohort">
          <h3 className="font-semibold">{tClosing("title")}</h3>
          <p className="mb-2 text-stone-700">{tClosing("explain")}</p>
          <p className="mb-2 text-stone-700">{t("closeWarning")}</p>
          <ActionButton action={closeCohortAction.bind(null, cohortId)} label={t("forward.CLOSED")} />
        </div>
      )}
      {status === "CLOSED" && (
        <div data-testid="cohort-closed">
          <p className="text-stone-700">{t("final")}</p>
          {closed && (
            <p className="mt-2">
              {closed.at ? tClosing("closedOn", { when: format.dateTime(closed.at, { dateStyle: "long" }) }) : tClosing("closedEarlier")}{" "}
              {tClosing("pairsSummary", { ranCourse: closed.pairsRanCourse, endedEarly: closed.pairsEndedEarly })}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}
