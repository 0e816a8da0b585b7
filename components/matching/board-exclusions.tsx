import { getTranslations } from "next-intl/server";
import { removeExclusionAction } from "@/lib/matching-board/board-actions";
import type { MatchingBoard } from "@/lib/matching-board/board-queries";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { BoardButton } from "@/components/matching/board-button";

/** The pairs never to be suggested (excluded or rejected); while matching, each may be let back in. */
export async function BoardExclusions({
  cohortId,
  exclusions,
  open,
}: {
  cohortId: string;
  exclusions: MatchingBoard["exclusions"];
  open: boolean;
}) {
  const t = await getTranslations("matching");
  return (
    <Card title={t("exclusions.title", { count: exclusions.length })}>
      <p tabIndex={-1} data-focus-fallback className="mb-2 text-stone-700">
        {t("exclusions.hint")}
      </p>
      {exclusions.length === 0 ? (
        <p>{t("exclusions.none")}</p>
      ) : (
        <ul className="divide-y divide-stone-200" data-testid="exclusions">
          {exclusions.map((exclusion) => (
            <li
              key={exclusion.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
              data-testid="exclusion"
              data-card={exclusion.id}
            >
              <span tabIndex={-1} data-card-heading>
                {t("exclusions.pair", { mentee: exclusion.mentee.name, mentor: exclusion.mentor.name })}{" "}
                <Badge tone={exclusion.kind === "EXCLUDED" ? "warning" : "neutral"}>{t(`exclusions.kind.${exclusion.kind}`)}</Badge>
              </span>
              {open && (
                <BoardButton
                  action={removeExclusionAction.bind(null, cohortId, exclusion.id)}
                  label={t("exclusions.remove")}
                  pendingLabel={t("exclusions.removing")}
                  variant="secondary"
                  testId="remove-exclusion"
                  leavesPage
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
