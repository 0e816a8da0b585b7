"use client";

import { useActionState, useState, type ComponentProps, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/lib/generated/prisma/client";
import type { DecisionState } from "@/lib/applications/application-schemas";
import { paths } from "@/lib/paths";
import { DataTable, type Column, type SortDirection } from "@/components/ui/data-table";
import { TextLink } from "@/components/ui/text-link";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { BulkDecisionPanel } from "@/components/applications/bulk-decision-panel";

/** One row, with every value already formatted in the viewer's language. */
export type ApplicationTableRow = {
  id: string;
  name: string;
  role: string;
  field: string;
  city: string;
  languages: string;
  status: ApplicationStatus;
  statusLabel: string;
  submitted: string;
};

export type SortLink = { label: string; href: string; direction?: SortDirection };

type Props = {
  rows: ApplicationTableRow[];
  caption: string;
  /** "42 applications", above the bulk decision. */
  count: ReactNode;
  /** What to show when no application is on the page. */
  empty: ReactNode;
  sortLinks: { name: SortLink; field: SortLink; status: SortLink; submitted: SortLink };
  action: (state: DecisionState, formData: FormData) => Promise<DecisionState>;
};

const initialState: DecisionState = { ok: false };

function Checkbox({ label, ...input }: { label: string } & ComponentProps<"input">) {
  return (
    <label className="flex min-h-11 min-w-11 items-center">
      <input type="checkbox" className="size-5 accent-accent-600" {...input} />
      <span className="sr-only">{label}</span>
    </label>
  );
}

/** Which applications of the page are ticked; a decision that went through clears them. */
function useSelection(rows: ApplicationTableRow[], state: DecisionState) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // React's "adjust state on a prop change" pattern.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok) setSelected(new Set());
  }

  const ids = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  const all = rows.length > 0 && ids.length === rows.length;
  return {
    ids,
    all,
    some: ids.length > 0 && !all,
    has: (id: string) => selected.has(id),
    toggle: (id: string, checked: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        if (checked) next.add(id);
        else next.delete(id);
        return next;
      }),
    toggleAll: (checked: boolean) => setSelected(checked ? new Set(rows.map((row) => row.id)) : new Set()),
  };
}

/** The column of checkboxes, with "select all on this page" in its header. */
function selectColumn(
  selection: ReturnType<typeof useSelection>,
  labels: { all: string; one: (name: string) => string },
): Column<ApplicationTableRow> {
  return {
    key: "select",
    className: "w-12",
    header: (
      <Checkbox
        // The error summary's "select at least one" links here.
        id="applicationIds"
        label={labels.all}
        checked={selection.all}
        ref={(element) => {
          if (element) element.indeterminate = selection.some;
        }}
        onChange={(event) => selection.toggleAll(event.target.checked)}
        data-testid="select-all"
      />
    ),
    cell: (row) => (
      <Checkbox
        label={labels.one(row.name)}
        checked={selection.has(row.id)}
        onChange={(event) => selection.toggle(row.id, event.target.checked)}
      />
    ),
  };
}

/**
 * The applications of one page with a checkbox each. What is ticked goes to the bulk decision
 * form as hidden fields rather than through the checkboxes themselves: React resets a form after
 * its action, and the selection must survive a decision that was refused.
 */
export function ApplicationTable({ rows, caption, count, empty, sortLinks, action }: Props) {
  const t = useTranslations("applications");
  const [state, formAction] = useActionState(action, initialState);
  const selection = useSelection(rows, state);
  const sorted = ({ label, ...sort }: SortLink) => ({ header: label, sort });
  const columns: Column<ApplicationTableRow>[] = [
    selectColumn(selection, { all: t("table.selectAll"), one: (name) => t("table.select", { name }) }),
    {
      key: "name",
      ...sorted(sortLinks.name),
      rowHeader: true,
      cell: (row) => <TextLink href={paths.application(row.id)}>{row.name}</TextLink>,
    },
    { key: "role", header: t("columns.role"), cell: (row) => row.role },
    { key: "field", ...sorted(sortLinks.field), cell: (row) => row.field },
    { key: "city", header: t("columns.city"), cell: (row) => row.city },
    { key: "languages", header: t("columns.languages"), cell: (row) => row.languages },
    {
      key: "status",
      ...sorted(sortLinks.status),
      cell: (row) => <ApplicationStatusBadge status={row.status} label={row.statusLabel} />,
    },
    { key: "submitted", ...sorted(sortLinks.submitted), className: "whitespace-nowrap", cell: (row) => row.submitted },
  ];

  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      rowTestId="application-row"
      count={count}
      empty={empty}
      actions={<BulkDecisionPanel formAction={formAction} state={state} selectedIds={selection.ids} />}
      minWidth="min-w-[56rem]"
      framed
    />
  );
}
