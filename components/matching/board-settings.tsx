import { getTranslations } from "next-intl/server";
import { saveMatchingSettingsAction } from "@/lib/matching-board/board-actions";
import type { MatchingBoard } from "@/lib/matching-board/board-queries";
import { CRITERIA, SWITCHABLE_RULES } from "@/lib/matching/matching-types";
import { MatchingSettingsForm } from "@/components/matching/matching-settings-form";

/** The cohort's criteria and rules, behind a disclosure, until the cohort runs. */
export async function BoardSettings({ cohortId, settings }: { cohortId: string; settings: MatchingBoard["settings"] }) {
  const t = await getTranslations("matching");
  return (
    <details className="mt-8 rounded-lg border border-stone-200 bg-white p-4" data-testid="settings-panel">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold">{t("settings.title")}</summary>
      <MatchingSettingsForm
        action={saveMatchingSettingsAction.bind(null, cohortId)}
        weights={CRITERIA.map((criterion) => ({
          key: criterion,
          label: t(`explain.criteria.${criterion}`),
          value: settings.weights[criterion],
        }))}
        rules={SWITCHABLE_RULES.map((rule) => ({ key: rule, label: t(`settings.rules.${rule}`), on: settings.rules[rule] }))}
        minimumScore={settings.minimumScore}
        labels={{
          weightsLegend: t("settings.weights"),
          weightsHint: t("settings.weightsHint"),
          rulesLegend: t("settings.rulesLegend"),
          rulesHint: t("settings.rulesHint"),
          minimumScore: t("settings.minimumScore"),
          minimumScoreHint: t("settings.minimumScoreHint"),
          save: t("settings.save"),
          saving: t("settings.saving"),
          problem: t("settings.problem"),
        }}
      />
    </details>
  );
}
