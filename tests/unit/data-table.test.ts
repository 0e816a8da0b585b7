import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "@/components/ui/data-table";

type Row = { id: string; name: string; count: number };

const rows: Row[] = [
  { id: "a", name: "Ada", count: 3 },
  { id: "b", name: "Bo", count: 12 },
];

const columns: Column<Row>[] = [
  { key: "name", header: "Name", rowHeader: true, sort: { href: "/list?sort=name&dir=desc", direction: "asc" }, cell: (row) => row.name },
  { key: "count", header: "Count", numeric: true, sort: { href: "/list?sort=count" }, cell: (row) => String(row.count) },
  { key: "note", header: "Note", cell: () => "–" },
];

const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, { caption: "People", columns, rows, rowKey: (row) => row.id, rowTestId: "person", ...props }),
  );

describe("DataTable", () => {
  it("has a caption, column headers and a row header naming each row", () => {
    const html = render();
    expect(html).toContain('<caption class="sr-only">People</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html.match(/<th scope="row"[^>]*>(Ada|Bo)<\/th>/g)).toHaveLength(2);
    expect(html.match(/data-testid="person"/g)).toHaveLength(2);
  });

  it("says the sort state of the sorted column only, and links every sortable header", () => {
    const html = render();
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toMatch(/<th scope="col"[^>]*aria-sort="ascending"><a [^>]*href="\/list\?sort=name&amp;dir=desc"/);
    expect(html).toContain('href="/list?sort=count"');
    expect(html).toMatch(/<th scope="col"[^>]*>Note<\/th>/);
  });

  it("shows the count above the table, and the empty state instead of an empty table", () => {
    expect(render({ count: "2 people" })).toMatch(/data-testid="table-count"[^>]*>2 people<\/p>.*<table/);
    const empty = render({ rows: [], count: "0 people", empty: createElement("p", null, "Nobody yet") });
    expect(empty).toBe("<p>Nobody yet</p>");
  });
});
