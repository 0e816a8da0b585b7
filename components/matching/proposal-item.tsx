import { getTranslations } from "next-intl/server";
import { changeProposalAction } from "@/lib/matching-board/board-actions";
import type { BoardProposal } from "@/lib/matching-board/board-queries";
import type { FieldName } from "@/components/matching/board-fields";
import type { FieldNames } from "@/components/matching/pair-explanation";
import { pairParts } from "@/components/matching/pair-parts";
import { ProposalCard } from "@/components/matching/proposal-card";

/**
 * A proposal while the cohort is being matched, with its buttons; it may swap mentors with another
 * unlocked proposal of the same field that has a different mentor.
 */
export async function ProposalItem({
  cohortId,
  proposal,
  proposals,
  fields,
  fieldName,
}: {
  cohortId: string;
  proposal: BoardProposal;
  /** The proposals on the page, to swap with. */
  proposals: BoardProposal[];
  fields: FieldNames;
  fieldName: FieldName;
}) {
  const t = await getTranslations("matching");
  const { heading, score, explanation, badges } = pairParts(t, proposal, { listed: "PROPOSED", fields, fieldName });
  const swapOptions = proposals
    .filter(
      (other) =>
        other.id !== proposal.id &&
        !other.locked &&
        other.mentee.fieldKey === proposal.mentee.fieldKey &&
        other.mentor.id !== proposal.mentor.id,
    )
    .map((other) => ({ value: other.id, label: t("actions.swapOption", { mentee: other.mentee.name, mentor: other.mentor.name }) }));
  return (
    <ProposalCard
      id={proposal.id}
      action={changeProposalAction.bind(null, cohortId, proposal.id)}
      heading={heading}
      score={score}
      badges={badges}
      explanation={explanation}
      accepted={proposal.accepted}
      locked={proposal.locked}
      swapOptions={swapOptions}
      labels={{
        accept: t("actions.accept"),
        lock: t("actions.lock"),
        unlock: t("actions.unlock"),
        reject: t("actions.reject"),
        exclude: t("actions.exclude"),
        unpair: t("actions.unpair"),
        swap: t("actions.swap"),
        swapWith: t("actions.swapWith"),
        swapChoose: t("actions.swapChoose"),
      }}
    />
  );
}
