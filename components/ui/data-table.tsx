import Link from "next/link";
import type { ReactNode } from "react";

// Table parts for coordinators' lists: sortable headers as links (the sort lives in the URL),
// a count above, pagination below. The page builds the URLs; these only render.

export function TableCount({ children }: { children: ReactNode }) {
  return (
    <p className="mb-2 font-medium" data-testid="table-count" aria-live="polite">
      {children}
    </p>
  );
}

export function SortHeader({ label, href, direction }: { label: string; href: string; direction?: "asc" | "desc" }) {
  return (
    <th
      scope="col"
      aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
      className="py-2 pr-4 text-left"
    >
      <Link href={href} className="inline-flex min-h-11 items-center gap-1 text-accent-700 underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true">{direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}</span>
      </Link>
    </th>
  );
}

export function Pagination({
  page,
  pageCount,
  hrefFor,
  labels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; position: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {labels.previous}
        </Link>
      )}
      <span>{labels.position}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
