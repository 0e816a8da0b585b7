import { getTranslations } from "next-intl/server";
import type { MatchingBoard } from "@/lib/matching-board/board-queries";

/** The board's four counts for the whole cohort, whatever field is shown. */
export async function BoardSummary({ summary }: { summary: MatchingBoard["summary"] }) {
  const t = await getTranslations("matching");
  const counts = [
    ["waiting", summary.waiting],
    ["proposals", summary.listed],
    ["published", summary.published],
    ["mentorsWithRoom", summary.mentorsWithRoom],
  ] as const;
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="board-summary">
      {counts.map(([key, count]) => (
        <div key={key} className="rounded-lg border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-700">{t(`summary.${key}`)}</dt>
          <dd className="text-2xl font-semibold" data-testid={`summary-${key}`}>
            {count}
          </dd>
        </div>
      ))}
    </dl>
  );
}
