import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getMatchingBoard } from "@/lib/matching-board/board-queries";
import { PageHeader } from "@/components/ui/page-header";
import { boardFieldNames } from "@/components/matching/board-fields";
import { BoardExclusions } from "@/components/matching/board-exclusions";
import { BoardPairList } from "@/components/matching/board-pair-list";
import { BoardPeople } from "@/components/matching/board-people";
import { BoardPublished } from "@/components/matching/board-published";
import { BoardSettings } from "@/components/matching/board-settings";
import { BoardStatus } from "@/components/matching/board-status";
import { BoardSummary } from "@/components/matching/board-summary";
import { BoardToolbar } from "@/components/matching/board-toolbar";
import { FieldFilter } from "@/components/matching/field-filter";
import { PairExportLinks } from "@/components/exports/pair-export-links";

type Props = { cohortId: string; searchParams: Record<string, string | string[] | undefined> };

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * The field and page asked for in the URL, and a swap to preview (`swap` and `with`, two proposals);
 * anything unreadable means all fields, first page, no swap.
 */
function boardFilter(searchParams: Props["searchParams"]) {
  const page = Number.parseInt(one(searchParams.page) ?? "1", 10);
  const swap = one(searchParams.swap);
  const withId = one(searchParams.with);
  return {
    fieldKey: one(searchParams.field) ?? null,
    page: Number.isFinite(page) && page > 0 ? page : 1,
    swap: swap && withId ? { pairId: swap, withId } : null,
  };
}

/**
 * The matching board of one cohort: suggestions for everyone, each proposal with its score and
 * why, the mentees still waiting and the mentors with room, the pairs never to be made, and the
 * criteria. Only coordinators of the cohort's programme reach it (the board's query checks).
 */
export async function MatchingBoardPage({ cohortId, searchParams }: Props) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  const board = await getMatchingBoard(viewer, cohortId, boardFilter(searchParams), t("erased"));
  const { fields, fieldName } = boardFieldNames(board.fields, locale);
  const status = board.cohort.status;
  const open = status === "MATCHING";

  return (
    <>
      <PageHeader title={t("title")} lead={t(`lead.${status}`)} />
      <BoardSummary summary={board.summary} />
      <BoardStatus>
        {open && <BoardToolbar cohortId={board.cohort.id} toPublish={board.toPublish} filtered={board.fieldKey !== null} />}
        <FieldFilter
          cohortId={board.cohort.id}
          fieldKeys={board.fields.map((field) => field.key)}
          fieldKey={board.fieldKey}
          fieldName={fieldName}
        />
        <BoardPairList board={board} fields={fields} fieldName={fieldName} />
        <BoardPublished board={board} fields={fields} fieldName={fieldName} />
        <BoardPeople board={board} fieldName={fieldName} />
        <BoardExclusions cohortId={board.cohort.id} exclusions={board.exclusions} open={open} />
      </BoardStatus>
      <PairExportLinks cohortId={board.cohort.id} fieldKey={board.fieldKey} />
      {status !== "ACTIVE" && status !== "CLOSED" && <BoardSettings cohortId={board.cohort.id} settings={board.settings} />}
    </>
  );
}
