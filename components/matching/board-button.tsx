"use client";

import { useRef, useState, type FormEvent, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { buttonClass } from "@/components/ui/button";
import { useBoardAction } from "@/components/matching/board-status";

export type Confirmation = { question: string; yes: string; no: string };

type BoardButtonProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  testId: string;
  /**
   * The button is gone once its change is made: the focus moves to the card that takes the place of
   * the button's card, or to the status line when the button is on no card.
   */
  leavesPage?: boolean;
  confirm?: Confirmation;
  /** Hidden fields sent with the action. */
  fields?: Record<string, string>;
};

/**
 * One button that runs one board action ("suggest all", "publish"); the answer goes to the status
 * line. With `confirm`, the first press asks the question and only "yes" runs the action. While the
 * action runs the button says so and ignores presses, but keeps the keyboard focus.
 */
export function BoardButton({
  action,
  label,
  pendingLabel,
  variant = "primary",
  testId,
  leavesPage = false,
  confirm,
  fields = {},
}: BoardButtonProps) {
  const [asking, setAsking] = useState(false);
  const [, formAction, pending] = useBoardAction(
    async (previous, formData) => {
      const state = await action(previous, formData);
      setAsking(false);
      return state;
    },
    leavesPage ? () => "neighbour" : undefined,
  );
  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <AskFirstForm
      formAction={formAction}
      pending={pending}
      hidden={hidden}
      confirm={confirm}
      asking={asking}
      setAsking={setAsking}
      label={pending ? pendingLabel : label}
      variant={variant}
      testId={testId}
    />
  );
}

/**
 * A board form's button; with `confirm`, its first press asks the question instead, "yes" runs the
 * action and "no" goes back to the button. The focus follows: to the question, then back. While
 * the action runs, presses are ignored. `children` (an answer line) follows the form.
 */
export function AskFirstForm({
  formAction,
  pending,
  hidden,
  confirm,
  asking,
  setAsking,
  label,
  variant = "primary",
  testId,
  className,
  children,
}: {
  formAction: (formData: FormData) => void;
  pending: boolean;
  hidden: ReactNode;
  confirm?: Confirmation;
  asking: boolean;
  setAsking: (asking: boolean) => void;
  label: string;
  variant?: "primary" | "secondary";
  testId: string;
  className?: string;
  children?: ReactNode;
}) {
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ignoreWhilePending = (event: FormEvent) => {
    if (pending) event.preventDefault();
  };

  if (confirm && asking) {
    return (
      <div className={children ? "space-y-2" : undefined}>
        <form
          action={formAction}
          onSubmit={ignoreWhilePending}
          className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          {hidden}
          <p ref={question} tabIndex={-1} className="font-medium" data-testid={`${testId}-question`}>
            {confirm.question}
          </p>
          <button type="submit" aria-disabled={pending} className={buttonClass("primary")} data-testid={`${testId}-yes`}>
            {confirm.yes}
          </button>
          <button
            type="button"
            onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => button.current?.focus());
            }}
            className={buttonClass("secondary")}
          >
            {confirm.no}
          </button>
        </form>
        {children}
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={ignoreWhilePending} className={className}>
      {hidden}
      <button
        ref={button}
        type={confirm ? "button" : "submit"}
        onClick={
          confirm
            ? () => {
                setAsking(true);
                requestAnimationFrame(() => question.current?.focus());
              }
            : undefined
        }
        aria-disabled={pending}
        className={buttonClass(variant)}
        data-testid={testId}
      >
        {label}
      </button>
      {children}
    </form>
  );
}
