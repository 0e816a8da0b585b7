"use client";

import type { ActionState } from "@/lib/action-state";
import { buttonClass } from "@/components/ui/button";
import { useBoardAction } from "@/components/matching/board-status";

/** One button that runs one board action ("suggest all", "publish"); the answer goes to the status line. */
export function BoardButton({
  action,
  label,
  pendingLabel,
  variant = "primary",
  testId,
  leavesPage = false,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  testId: string;
  /** The button is gone once its change is made (the focus then moves to the status line). */
  leavesPage?: boolean;
}) {
  const [, formAction, pending] = useBoardAction(action, () => leavesPage);
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)} data-testid={testId}>
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
