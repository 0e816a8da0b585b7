import { getTranslations } from "next-intl/server";
import { changeProposalAction } from "@/lib/matching-board/board-actions";
import type { BoardProposal, MatchingBoard } from "@/lib/matching-board/board-queries";
import { paths } from "@/lib/paths";
import type { FieldName } from "@/components/matching/board-fields";
import { PairExplanationView, type FieldNames } from "@/components/matching/pair-explanation";
import { pairParts } from "@/components/matching/pair-parts";
import { ProposalCard } from "@/components/matching/proposal-card";

/**
 * A proposal while the cohort is being matched, with its buttons; it may swap mentors with another
 * unlocked proposal of the same field that has a different mentor, after seeing the two new pairs.
 */
export async function ProposalItem({
  board,
  proposal,
  fields,
  fieldName,
}: {
  board: MatchingBoard;
  proposal: BoardProposal;
  fields: FieldNames;
  fieldName: FieldName;
}) {
  const t = await getTranslations("matching");
  const { heading, score, explanation, badges } = pairParts(t, proposal, { listed: "PROPOSED", fields, fieldName });
  const swapOptions = board.proposals
    .filter(
      (other) =>
        other.id !== proposal.id &&
        !other.locked &&
        other.mentee.fieldKey === proposal.mentee.fieldKey &&
        other.mentor.id !== proposal.mentor.id,
    )
    .map((other) => ({ value: other.id, label: t("actions.swapOption", { mentee: other.mentee.name, mentor: other.mentor.name }) }));
  const where = { field: board.fieldKey ?? undefined, page: board.page > 1 ? board.page : undefined };
  const boardFields = Object.fromEntries(
    Object.entries(where).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
  );
  const preview = board.swapPreview?.pairId === proposal.id ? board.swapPreview : null;
  return (
    <ProposalCard
      id={proposal.id}
      menteeId={proposal.mentee.id}
      action={changeProposalAction.bind(null, board.cohort.id, proposal.id)}
      heading={heading}
      score={score}
      badges={badges}
      explanation={explanation}
      accepted={proposal.accepted}
      locked={proposal.locked}
      swapOptions={swapOptions}
      board={{ action: paths.matching(board.cohort.id), fields: boardFields, href: paths.matching(board.cohort.id, where) }}
      swapPreview={
        preview && {
          withId: preview.withId,
          possible: preview.pairs.every((pair) => !pair.refused),
          content: (
            <>
              <p className="font-medium" data-testid="swap-scores">
                {t("swap.scores", {
                  was: preview.was.map((value) => value ?? 0).join(" + "),
                  will: preview.pairs.map((pair) => pair.score).join(" + "),
                })}
              </p>
              <ul className="space-y-3">
                {preview.pairs.map((pair) => (
                  <li key={pair.menteeId} data-testid="swap-pair">
                    <p className="font-semibold">
                      {t("proposals.heading", { mentee: pair.mentee.name, mentor: pair.mentor.name })}:{" "}
                      {t("proposals.score", { score: pair.score })}
                    </p>
                    <PairExplanationView explanation={pair.explanation} fields={fields} />
                  </li>
                ))}
              </ul>
              {!preview.pairs.every((pair) => !pair.refused) && <p className="font-medium text-red-800">{t("swap.impossible")}</p>}
            </>
          ),
        }
      }
      labels={{
        accept: t("actions.accept"),
        lock: t("actions.lock"),
        unlock: t("actions.unlock"),
        reject: t("actions.reject"),
        exclude: t("actions.exclude"),
        unpair: t("actions.unpair"),
        swapWith: t("actions.swapWith"),
        swapChoose: t("actions.swapChoose"),
        swapPreview: t("swap.preview"),
        swapConfirm: t("swap.confirm"),
        swapCancel: t("swap.cancel"),
      }}
    />
  );
}
