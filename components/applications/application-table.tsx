"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/lib/generated/prisma/client";
import type { DecisionState } from "@/lib/applications/application-schemas";
import { SortHeader } from "@/components/ui/data-table";
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

export type SortLink = { label: string; href: string; direction?: "asc" | "desc" };

type Props = {
  rows: ApplicationTableRow[];
  caption: string;
  sortLinks: { name: SortLink; field: SortLink; status: SortLink; submitted: SortLink };
  action: (state: DecisionState, formData: FormData) => Promise<DecisionState>;
};

const initialState: DecisionState = { ok: false };

/**
 * The applications of one page with a checkbox each. What is ticked goes to the bulk decision
 * form as hidden fields rather than through the checkboxes themselves: React resets a form after
 * its action, and the selection must survive a decision that was refused.
 */
export function ApplicationTable({ rows, caption, sortLinks, action }: Props) {
  const t = useTranslations("applications");
  const [state, formAction] = useActionState(action, initialState);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // A decision that went through clears the selection (React's "adjust state on a prop change" pattern).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.ok) setSelected(new Set());
  }

  const selectedOnPage = rows.filter((row) => selected.has(row.id));
  const allSelected = rows.length > 0 && selectedOnPage.length === rows.length;
  const someSelected = selectedOnPage.length > 0 && !allSelected;

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (checked: boolean) => setSelected(checked ? new Set(rows.map((row) => row.id)) : new Set());

  return (
    <>
      <BulkDecisionPanel formAction={formAction} state={state} selectedIds={selectedOnPage.map((row) => row.id)} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full min-w-[56rem] border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="w-12 py-2 pl-3">
                <label className="flex min-h-11 min-w-11 items-center">
                  <input
                    // The error summary's "select at least one" links here.
                    id="applicationIds"
                    type="checkbox"
                    className="size-5 accent-accent-600"
                    checked={allSelected}
                    ref={(element) => {
                      if (element) element.indeterminate = someSelected;
                    }}
                    onChange={(event) => toggleAll(event.target.checked)}
                    data-testid="select-all"
                  />
                  <span className="sr-only">{t("table.selectAll")}</span>
                </label>
              </th>
              <SortHeader {...sortLinks.name} />
              <th scope="col" className="py-2 pr-4">
                {t("columns.role")}
              </th>
              <SortHeader {...sortLinks.field} />
              <th scope="col" className="py-2 pr-4">
                {t("columns.city")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("columns.languages")}
              </th>
              <SortHeader {...sortLinks.status} />
              <SortHeader {...sortLinks.submitted} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-200 align-top" data-testid="application-row">
                <td className="py-1 pl-3">
                  <label className="flex min-h-11 min-w-11 items-center">
                    <input
                      type="checkbox"
                      className="size-5 accent-accent-600"
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.target.checked)}
                    />
                    <span className="sr-only">{t("table.select", { name: row.name })}</span>
                  </label>
                </td>
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link
                    href={`/coordinator/applications/${row.id}`}
                    className="inline-flex min-h-11 items-center text-accent-700 underline"
                  >
                    {row.name}
                  </Link>
                </th>
                <td className="py-3 pr-4">{row.role}</td>
                <td className="py-3 pr-4">{row.field}</td>
                <td className="py-3 pr-4">{row.city}</td>
                <td className="py-3 pr-4">{row.languages}</td>
                <td className="py-3 pr-4">
                  <ApplicationStatusBadge status={row.status} label={row.statusLabel} />
                </td>
                <td className="py-3 pr-4 whitespace-nowrap">{row.submitted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
