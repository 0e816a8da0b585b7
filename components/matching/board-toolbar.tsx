import { getTranslations } from "next-intl/server";
import { suggestAllAction } from "@/lib/matching-board/board-actions";
import { publishMatchingAction } from "@/lib/pairs/pair-actions";
import { BoardButton } from "@/components/matching/board-button";

/**
 * The board's two main actions while a cohort is being matched: suggest for everyone, and publish
 * (asked first). Publishing takes every proposal of the cohort; while one field is shown, the
 * button says so.
 */
export async function BoardToolbar({
  cohortId,
  toPublish,
  filtered,
}: {
  cohortId: string;
  toPublish: { count: number; version: string; breakingRules: number };
  filtered: boolean;
}) {
  const t = await getTranslations("matching");
  return (
    <div className="my-4 flex flex-wrap gap-3">
      <BoardButton
        action={suggestAllAction.bind(null, cohortId)}
        label={t("actions.suggestAll")}
        pendingLabel={t("actions.suggesting")}
        testId="suggest-all"
      />
      {toPublish.count > 0 && (
        <BoardButton
          action={publishMatchingAction.bind(null, cohortId)}
          label={t(filtered ? "actions.publishAll" : "actions.publish", { count: toPublish.count })}
          pendingLabel={t("actions.publishing")}
          variant="secondary"
          testId="publish"
          leavesPage
          fields={{ board: toPublish.version }}
          confirm={{
            question: [
              t("actions.publishQuestion", { count: toPublish.count }),
              toPublish.breakingRules > 0 ? t("actions.publishBreaking", { count: toPublish.breakingRules }) : "",
            ]
              .filter(Boolean)
              .join(" "),
            yes: t("actions.publishYes"),
            no: t("actions.publishNo"),
          }}
        />
      )}
    </div>
  );
}
