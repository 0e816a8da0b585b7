import { getLocale, getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/actions/action-state";
import type { MentorChoice } from "@/lib/matching-board/board-queries";
import { Badge } from "@/components/ui/badge";
import type { FieldName } from "@/components/matching/board-fields";
import { PairButton } from "@/components/matching/pair-button";
import { PairExplanationView, type FieldNames } from "@/components/matching/pair-explanation";

/** One mentor on the ranked list for a waiting mentee: the score, whether the rules hold, room left, why, and the button. */
export async function MentorChoiceCard({
  choice,
  menteeId,
  action,
  replacing,
  replacingPairId,
  fields,
  fieldName,
}: {
  choice: MentorChoice;
  menteeId: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** The cohort runs: the choice is published at once as the mentee's new mentor. */
  replacing: boolean;
  /** The published pair the choice replaces, before the cohort starts. */
  replacingPairId: string | null;
  fields: FieldNames;
  fieldName: FieldName;
}) {
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  const ruleList = (rules: string[]) =>
    new Intl.ListFormat(locale, { type: "conjunction" }).format(rules.map((rule) => t(`explain.rules.${rule}` as never)));
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid="mentor-choice">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {choice.mentor.name} <span className="text-base font-normal text-stone-700">({fieldName(choice.mentor.fieldKey)})</span>
        </h2>
        <p className="text-lg font-semibold">{t("proposals.score", { score: choice.score })}</p>
      </div>
      <p className="mt-1 flex flex-wrap gap-2">
        {choice.allowed ? (
          choice.belowMinimumScore ? (
            <Badge tone="warning">{t("choices.belowMinimum")}</Badge>
          ) : (
            <Badge tone="success">{t("choices.allowed")}</Badge>
          )
        ) : (
          <Badge tone="warning">{t("choices.breaksRules", { list: ruleList(choice.toConfirm) })}</Badge>
        )}
        <Badge>{t("mentors.room", { used: choice.used, capacity: choice.capacity })}</Badge>
      </p>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent-700 underline">{t("proposals.why")}</summary>
        <PairExplanationView explanation={choice.explanation} fields={fields} />
      </details>
      <div className="mt-2">
        <PairButton
          action={action}
          menteeId={menteeId}
          mentorId={choice.mentorId}
          label={t(replacing ? "choices.replace" : "choices.pair", { name: choice.mentor.name })}
          breaks={choice.toConfirm}
          replacing={replacingPairId}
          confirm={
            choice.toConfirm.length > 0
              ? {
                  question: t("choices.confirmBreaks", { name: choice.mentor.name, list: ruleList(choice.toConfirm) }),
                  yes: t("choices.confirmYes"),
                  no: t("choices.confirmNo"),
                }
              : undefined
          }
        />
      </div>
    </li>
  );
}
