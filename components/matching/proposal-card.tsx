"use client";

import Form from "next/form";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "@/components/ui/button";
import { useBoardAction, type FocusAfter } from "@/components/matching/board-status";

export type ProposalLabels = {
  accept: string;
  lock: string;
  unlock: string;
  reject: string;
  exclude: string;
  unpair: string;
  swapWith: string;
  swapChoose: string;
  swapPreview: string;
  swapConfirm: string;
  swapCancel: string;
};

type ProposalCardProps = {
  id: string;
  menteeId: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  heading: ReactNode;
  score: ReactNode;
  badges: ReactNode;
  explanation: ReactNode;
  accepted: boolean;
  locked: boolean;
  swapOptions: SwapOption[];
  /** Where the board is, as a GET form's target and fields: a swap is previewed there first. */
  board: { action: string; fields: Record<string, string>; href: string };
  /** The swap asked for, shown before it is confirmed: the two new pairs, rendered on the server. */
  swapPreview: { withId: string; content: ReactNode; possible: boolean } | null;
  labels: ProposalLabels;
};

type SwapOption = { value: string; label: string };

/** Where the focus goes after each button (see board-status.tsx). */
const focusAfter = (formData: FormData): FocusAfter => {
  const intent = formData.get("intent");
  if (intent === "swap") return "sameMentee";
  return intent === "accept" || intent === "lock" || intent === "unlock" ? "self" : "neighbour";
};

/**
 * One proposal on the board: who with whom, the score, and the buttons a coordinator may press
 * for it now. The explanation comes rendered from the server as `explanation`. Swapping mentors
 * with another proposal shows the two new pairs first (the board's URL names the swap), and only
 * the confirmation makes it.
 */
export function ProposalCard({
  id,
  menteeId,
  action,
  heading,
  score,
  badges,
  explanation,
  accepted,
  locked,
  swapOptions,
  board,
  swapPreview,
  labels,
}: ProposalCardProps) {
  const router = useRouter();
  const [, formAction, pending] = useBoardAction(async (previous, formData) => {
    const state = await action(previous, formData);
    // A swap made: the board's address no longer names it.
    if (state.ok && formData.get("intent") === "swap") router.replace(board.href, { scroll: false });
    return state;
  }, focusAfter);
  const headingId = `proposal-${id}`;
  const button = (intent: string, label: string, variant: "primary" | "secondary" = "secondary") => (
    <button type="submit" name="intent" value={intent} aria-disabled={pending} className={buttonClass(variant)}>
      {label}
    </button>
  );
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid="proposal" data-card={id} data-mentee={menteeId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} tabIndex={-1} data-card-heading className="text-lg font-semibold">
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
      </form>
      {!locked && swapOptions.length > 0 && (
        <Form action={board.action} scroll={false} aria-labelledby={headingId} className="mt-3 flex flex-wrap items-end gap-2">
          {Object.entries(board.fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="swap" value={id} />
          <label className="block">
            <span className="block text-sm font-medium">{labels.swapWith}</span>
            <select
              name="with"
              defaultValue={swapPreview?.withId ?? ""}
              className="min-h-11 max-w-64 rounded-md border border-stone-400 bg-white px-2"
            >
              <option value="">{labels.swapChoose}</option>
              {swapOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {labels.swapPreview}
          </button>
        </Form>
      )}
      {swapPreview && (
        <SwapPreview
          formAction={formAction}
          pending={pending}
          preview={swapPreview}
          onCancel={() => {
            router.replace(board.href, { scroll: false });
            document.getElementById(headingId)?.focus();
          }}
          labels={labels}
        />
      )}
    </li>
  );
}

/** The two pairs a swap would make, and the buttons to make it or leave things as they are. */
function SwapPreview({
  formAction,
  pending,
  preview,
  onCancel,
  labels,
}: {
  formAction: (formData: FormData) => void;
  pending: boolean;
  preview: NonNullable<ProposalCardProps["swapPreview"]>;
  onCancel: () => void;
  labels: ProposalLabels;
}) {
  const panel = useRef<HTMLDivElement>(null);
  // Shown after choosing: the focus moves to what is now to be read.
  useEffect(() => panel.current?.focus(), [preview.withId]);
  return (
    <div ref={panel} tabIndex={-1} className="mt-3 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="swap-preview">
      {preview.content}
      <form action={formAction} onSubmit={(event) => pending && event.preventDefault()} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="swapWith" value={preview.withId} />
        {preview.possible && (
          <button type="submit" name="intent" value="swap" aria-disabled={pending} className={buttonClass("primary")}>
            {labels.swapConfirm}
          </button>
        )}
        <button type="button" onClick={onCancel} className={buttonClass("secondary")}>
          {labels.swapCancel}
        </button>
      </form>
    </div>
  );
}
