import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MatchingBoard } from "@/lib/matching-board/board-queries";
import { unpublishPairAction } from "@/lib/pairs/pair-actions";
import { paths } from "@/lib/paths";
import type { FieldName } from "@/components/matching/board-fields";
import { BoardButton } from "@/components/matching/board-button";
import type { FieldNames } from "@/components/matching/pair-explanation";
import { PairCard } from "@/components/matching/listed-pair-item";

/**
 * The pairs published while the cohort is still being matched, to check before it starts: each may
 * be taken back (a proposal again) or given another mentor, and both people are told either way.
 */
export async function BoardPublished({ board, fields, fieldName }: { board: MatchingBoard; fields: FieldNames; fieldName: FieldName }) {
  const t = await getTranslations("matching");
  const pairs = board.publishedBeforeStart;
  if (pairs.length === 0) return null;
  return (
    <section aria-labelledby="published-heading" className="mb-8" data-testid="published-before-start">
      <h2 id="published-heading" tabIndex={-1} className="mb-1 text-xl font-semibold" data-focus-fallback>
        {t("publishedPairs.title", { count: pairs.length })}
      </h2>
      <p className="mb-3 text-stone-700">{t("publishedPairs.beforeStart")}</p>
      <ul className="space-y-3">
        {pairs.map((pair) => {
          const names = { mentee: pair.mentee.name, mentor: pair.mentor.name };
          return (
            <PairCard key={pair.id} pair={pair} listed="ACTIVE" fields={fields} fieldName={fieldName} testId="published-pair">
              <div className="mt-3 flex flex-wrap items-center gap-3">
                <BoardButton
                  action={unpublishPairAction.bind(null, board.cohort.id, pair.id)}
                  label={t("publishedPairs.unpublish", names)}
                  pendingLabel={t("publishedPairs.unpublishing")}
                  variant="secondary"
                  testId="unpublish"
                  leavesPage
                  confirm={{
                    question: t("publishedPairs.unpublishQuestion", names),
                    yes: t("publishedPairs.unpublishYes"),
                    no: t("actions.publishNo"),
                  }}
                />
                <Link
                  href={paths.chooseMentor(board.cohort.id, pair.mentee.id, pair.id)}
                  className="inline-flex min-h-11 items-center text-accent-700 underline"
                >
                  {t("publishedPairs.replace", names)}
                </Link>
              </div>
            </PairCard>
          );
        })}
      </ul>
    </section>
  );
}
