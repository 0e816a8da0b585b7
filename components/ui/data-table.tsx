import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { TextLink } from "@/components/ui/text-link";

// The one table for coordinators' lists: a count above, a caption for screen readers, headers that
// sort as links (the sort lives in the URL), and an empty state in place of an empty table.
// Pagination goes below. The page builds the URLs and formats the values; these only render.
// No hooks but translations, so server and client components both use it.

export type SortDirection = "asc" | "desc";

export type Column<Row> = {
  /** Unique within the table. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row: its cells are row headers for screen readers. */
  rowHeader?: boolean;
  /** Right-aligned figures of one width, for counts. */
  numeric?: boolean;
  /** Where the page sorts by this column: the link that does, and the direction if it sorts by it now. */
  sort?: { href: string; direction?: SortDirection };
  /** More classes for the column's cells, e.g. "whitespace-nowrap". */
  className?: string;
};

type Props<Row> = {
  /** What the table holds, said to screen readers. */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowTestId?: string;
  /** "42 applications", above the table. */
  count?: ReactNode;
  /** Between the count and the table, such as a bulk decision for the selected rows. */
  actions?: ReactNode;
  /** Shown instead of the count, actions and table when there are no rows: what to do next. */
  empty?: ReactNode;
  /** Below this width the table scrolls sideways rather than squeezing its columns (a Tailwind class). */
  minWidth?: string;
  /** A border and white background, for a table that stands on the page rather than in a card. */
  framed?: boolean;
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ");

export function DataTable<Row>({ caption, columns, rows, rowKey, rowTestId, count, actions, empty, minWidth, framed }: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const cellClass = (column: Column<Row>) =>
    classes("px-3 py-2", !framed && "first:pl-0 last:pr-0", column.numeric && "text-right tabular-nums", column.className);
  return (
    <>
      {count !== undefined && (
        <p className="mb-2 font-medium" data-testid="table-count" aria-live="polite">
          {count}
        </p>
      )}
      {actions}
      <div className={classes("overflow-x-auto", framed && "rounded-lg border border-stone-200 bg-white")}>
        <table className={classes("w-full border-collapse text-left", minWidth)}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              {columns.map((column) => (
                <HeaderCell key={column.key} column={column} className={cellClass(column)} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className="border-b border-stone-200" data-testid={rowTestId}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={classes(cellClass(column), "font-medium")}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={cellClass(column)}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A column header; a sortable one is a link that says by its arrow, and to screen readers by aria-sort, how the table is sorted. */
function HeaderCell<Row>({ column, className }: { column: Column<Row>; className: string }) {
  const direction = column.sort?.direction;
  return (
    <th scope="col" className={className} aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined}>
      {column.sort ? (
        <Link
          href={column.sort.href}
          className="inline-flex min-h-11 items-center gap-1 text-accent-700 underline-offset-2 hover:underline"
        >
          {column.header}
          <span aria-hidden="true">{direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}</span>
        </Link>
      ) : (
        column.header
      )}
    </th>
  );
}

type PaginationLabels = { nav: string; previous: string; next: string; position: string };

/** Previous and next page links around "Page 2 of 5"; nothing when everything fits on one page. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Only where the page needs other words (the defaults are common.pagination). */
  labels?: PaginationLabels;
}) {
  const t = useTranslations("common.pagination");
  if (pageCount <= 1) return null;
  const text = labels ?? { nav: t("nav"), previous: t("previous"), next: t("next"), position: t("position", { page, pageCount }) };
  return (
    <nav aria-label={text.nav} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 && <TextLink href={hrefFor(page - 1)}>{text.previous}</TextLink>}
      <span>{text.position}</span>
      {page < pageCount && <TextLink href={hrefFor(page + 1)}>{text.next}</TextLink>}
    </nav>
  );
}
