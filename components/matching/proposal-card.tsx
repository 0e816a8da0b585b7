"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "@/components/ui/button";
import { useBoardAction } from "@/components/matching/board-status";

export type ProposalLabels = {
  accept: string;
  lock: string;
  unlock: string;
  reject: string;
  exclude: string;
  unpair: string;
  swap: string;
  swapWith: string;
  swapChoose: string;
};

type ProposalCardProps = {
  id: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  heading: ReactNode;
  score: ReactNode;
  badges: ReactNode;
  explanation: ReactNode;
  accepted: boolean;
  locked: boolean;
  swapOptions: SwapOption[];
  labels: ProposalLabels;
  testId?: string;
};

type SwapOption = { value: string; label: string };

/**
 * One proposal on the board: who with whom, the score, and the buttons a coordinator may press
 * for it now. The explanation comes rendered from the server as `explanation`.
 */
export function ProposalCard({
  id,
  action,
  heading,
  score,
  badges,
  explanation,
  accepted,
  locked,
  swapOptions,
  labels,
  testId = "proposal",
}: ProposalCardProps) {
  // Every change either removes the proposal or swaps the pressed button for another, so the
  // focus goes to the board's status line with the answer.
  const [, formAction, pending] = useBoardAction(action, () => true);
  const headingId = `proposal-${id}`;
  const button = (intent: string, label: string, variant: "primary" | "secondary" = "secondary") => (
    <button type="submit" name="intent" value={intent} aria-disabled={pending} className={buttonClass(variant)}>
      {label}
    </button>
  );
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {heading}
        </h3>
        <p className="text-lg font-semibold" data-testid="proposal-score">
          {score}
        </p>
      </div>
      <p className="mt-1 flex flex-wrap gap-2">{badges}</p>
      <div className="mt-2">{explanation}</div>
      <form
        action={formAction}
        onSubmit={(event) => pending && event.preventDefault()}
        aria-labelledby={headingId}
        className="mt-3 flex flex-wrap items-end gap-2"
      >
        {!accepted && button("accept", labels.accept, "primary")}
        {locked ? button("unlock", labels.unlock) : button("lock", labels.lock)}
        {!locked && !accepted && button("reject", labels.reject)}
        {!locked && accepted && button("unpair", labels.unpair)}
        {!locked && button("exclude", labels.exclude)}
        {!locked && swapOptions.length > 0 && <SwapControl options={swapOptions} labels={labels} button={button("swap", labels.swap)} />}
      </form>
    </li>
  );
}

/** Swapping mentors with another proposal: which one, and the button. */
function SwapControl({ options, labels, button }: { options: SwapOption[]; labels: ProposalLabels; button: ReactNode }) {
  return (
    <span className="flex flex-wrap items-end gap-2">
      <label className="block">
        <span className="block text-sm font-medium">{labels.swapWith}</span>
        <select name="swapWith" defaultValue="" className="min-h-11 max-w-64 rounded-md border border-stone-400 bg-white px-2">
          <option value="">{labels.swapChoose}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {button}
    </span>
  );
}
