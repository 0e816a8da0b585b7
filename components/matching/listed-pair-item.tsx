import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { BoardProposal, MatchingBoard } from "@/lib/matching-board/board-queries";
import { endPairAction } from "@/lib/pairs/pair-actions";
import type { FieldName } from "@/components/matching/board-fields";
import { EndPairForm } from "@/components/matching/end-pair-form";
import type { FieldNames } from "@/components/matching/pair-explanation";
import { pairParts } from "@/components/matching/pair-parts";

/** A pair's card on the board: who, the score, the badges and the explanation, then `children` (its buttons). */
export async function PairCard({
  pair,
  listed,
  fields,
  fieldName,
  testId,
  children,
}: {
  pair: BoardProposal;
  listed: MatchingBoard["listed"];
  fields: FieldNames;
  fieldName: FieldName;
  testId: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("matching");
  const { heading, score, explanation, badges } = pairParts(t, pair, { listed, fields, fieldName });
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid={testId} data-card={pair.id} data-mentee={pair.mentee.id}>
      <h3 tabIndex={-1} data-card-heading className="text-lg font-semibold">
        {heading}
      </h3>
      <p>{score}</p>
      <p className="mt-1 flex flex-wrap gap-2">{badges}</p>
      {explanation}
      {children}
    </li>
  );
}

/**
 * A pair on the board's list when it is not up for review: a published pair, which may be ended
 * early while the cohort runs, or a proposal while the cohort is not being matched.
 */
export async function ListedPairItem({
  proposal,
  listed,
  running,
  fields,
  fieldName,
}: {
  proposal: BoardProposal;
  listed: MatchingBoard["listed"];
  running: boolean;
  fields: FieldNames;
  fieldName: FieldName;
}) {
  const t = await getTranslations("matching");
  return (
    <PairCard pair={proposal} listed={listed} fields={fields} fieldName={fieldName} testId="proposal">
      {running && (
        <EndPairForm
          action={endPairAction.bind(null, proposal.id)}
          pairId={proposal.id}
          labels={{
            open: t("end.open"),
            reason: t("end.reason"),
            reasonHint: t("end.reasonHint"),
            submit: t("end.submit", { mentee: proposal.mentee.name, mentor: proposal.mentor.name }),
          }}
        />
      )}
    </PairCard>
  );
}
