import { getTranslations } from "next-intl/server";
import { changeCohortStatusAction } from "@/lib/cohorts/cohort-actions";
import { COHORT_STATUSES, nextStatus, previousStatus, type CohortStatus } from "@/lib/cohorts/cohort-status";
import { Card } from "@/components/ui/card";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { CohortStatusForm, type StatusChoice } from "@/components/cohorts/cohort-status-form";

/** Where the cohort is in its life, what each step allows, and the way to the next (or previous) step. */
export async function CohortStatusPanel({ cohortId, status }: { cohortId: string; status: CohortStatus }) {
  const t = await getTranslations("cohorts.status");
  const tStatus = await getTranslations("cohortStatus");
  const forward = nextStatus(status);
  const back = previousStatus(status);
  const choices: StatusChoice[] = [
    ...(forward ? [{ status: forward, label: t(`forward.${forward}`), direction: "forward" as const }] : []),
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
      {choices.length > 0 ? (
        <>
          {forward === "CLOSED" && <p className="mb-2 text-stone-700">{t("closeWarning")}</p>}
          <CohortStatusForm action={changeCohortStatusAction.bind(null, cohortId)} choices={choices} />
        </>
      ) : (
        <p className="text-stone-700">{t("final")}</p>
      )}
    </Card>
  );
}
