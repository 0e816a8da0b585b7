import type { getTranslations } from "next-intl/server";
import type { BoardProposal, MatchingBoard } from "@/lib/matching-board/board-queries";
import { Badge } from "@/components/ui/badge";
import type { FieldName } from "@/components/matching/board-fields";
import { PairExplanationView, type FieldNames } from "@/components/matching/pair-explanation";

type Translate = Awaited<ReturnType<typeof getTranslations<"matching">>>;

/**
 * What the board shows of every pair on its list, proposed or published: who with whom, the score,
 * the badges, and why (behind a disclosure).
 */
export function pairParts(
  t: Translate,
  proposal: BoardProposal,
  { listed, fields, fieldName }: { listed: MatchingBoard["listed"]; fields: FieldNames; fieldName: FieldName },
) {
  const heading = t("proposals.heading", { mentee: proposal.mentee.name, mentor: proposal.mentor.name });
  const score = proposal.score === null ? t("proposals.noScore") : t("proposals.score", { score: proposal.score });
  const explanation = proposal.explanation && (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent-700 underline">{t("proposals.why")}</summary>
      <PairExplanationView explanation={proposal.explanation} fields={fields} />
    </details>
  );
  const broken = proposal.explanation?.brokenRules ?? [];
  const badges = (
    <>
      <Badge>{fieldName(proposal.mentee.fieldKey)}</Badge>
      {proposal.locked && <Badge tone="info">{t("badges.locked")}</Badge>}
      {proposal.accepted && !proposal.locked && <Badge tone="success">{t("badges.accepted")}</Badge>}
      {!proposal.accepted && listed === "PROPOSED" && <Badge tone="warning">{t("badges.suggested")}</Badge>}
      {proposal.handMade && <Badge>{t("badges.handMade")}</Badge>}
      {broken.length > 0 && (
        <Badge tone="warning">
          <span data-testid="breaks-rules">
            {t("badges.breaksRules", { list: broken.map((rule) => t(`explain.rules.${rule}`)).join(", ") })}
          </span>
        </Badge>
      )}
    </>
  );
  return { heading, score, explanation, badges };
}
