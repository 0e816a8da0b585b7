import { getTranslations } from "next-intl/server";
import type { MatchingBoard } from "@/lib/matching-board/board-queries";
import { paths } from "@/lib/paths";
import { Pagination } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { FieldName } from "@/components/matching/board-fields";
import type { FieldNames } from "@/components/matching/pair-explanation";
import { ProposalItem } from "@/components/matching/proposal-item";
import { ListedPairItem } from "@/components/matching/listed-pair-item";

/**
 * The pairs on the board, a page at a time: the proposals to review while the cohort is being
 * matched, its published pairs once it runs.
 */
export async function BoardPairList({ board, fields, fieldName }: { board: MatchingBoard; fields: FieldNames; fieldName: FieldName }) {
  const t = await getTranslations("matching");
  const open = board.cohort.status === "MATCHING";
  const running = board.cohort.status === "ACTIVE";
  const list = board.listed === "ACTIVE" ? "publishedPairs" : "proposals";
  const hrefFor = (target: number) => paths.matching(board.cohort.id, { field: board.fieldKey ?? undefined, page: target });
  return (
    <section aria-labelledby="proposals-heading" className="mb-8">
      <h2 id="proposals-heading" tabIndex={-1} data-focus-fallback className="mb-3 text-xl font-semibold">
        {t(`${list}.title`, { count: board.proposalCount })}
      </h2>
      {board.proposals.length === 0 ? (
        <EmptyState title={t(`${list}.none`)}>
          <p>{open ? t("proposals.noneHint") : t(`${list}.noneClosed`)}</p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {board.proposals.map((proposal) =>
            open ? (
              <ProposalItem key={proposal.id} board={board} proposal={proposal} fields={fields} fieldName={fieldName} />
            ) : (
              <ListedPairItem
                key={proposal.id}
                proposal={proposal}
                listed={board.listed}
                running={running}
                fields={fields}
                fieldName={fieldName}
              />
            ),
          )}
        </ul>
      )}
      <Pagination
        page={board.page}
        pageCount={board.pageCount}
        hrefFor={hrefFor}
        labels={{
          nav: t("pages.nav"),
          previous: t("pages.previous"),
          next: t("pages.next"),
          position: t("pages.position", { page: board.page, pageCount: board.pageCount }),
        }}
      />
    </section>
  );
}
