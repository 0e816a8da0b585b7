"use client";

import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from "react";
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
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ignoreWhilePending = (event: FormEvent) => {
    if (pending) event.preventDefault();
  };
  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);

  if (confirm && asking) {
    return (
      <ConfirmForm
        formAction={formAction}
        onSubmit={ignoreWhilePending}
        hidden={hidden}
        confirm={confirm}
        pending={pending}
        testId={testId}
        questionRef={question}
        onNo={() => {
          setAsking(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <form action={formAction} onSubmit={ignoreWhilePending}>
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
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}

/** The question before a confirmed action: "yes" runs it, "no" goes back to the button. */
export function ConfirmForm({
  formAction,
  onSubmit,
  hidden,
  confirm,
  pending,
  testId,
  questionRef,
  onNo,
}: {
  formAction: (formData: FormData) => void;
  onSubmit: (event: FormEvent) => void;
  hidden: ReactNode;
  confirm: Confirmation;
  pending: boolean;
  testId: string;
  questionRef: RefObject<HTMLParagraphElement | null>;
  onNo: () => void;
}) {
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      {hidden}
      <p ref={questionRef} tabIndex={-1} className="font-medium" data-testid={`${testId}-question`}>
        {confirm.question}
      </p>
      <button type="submit" aria-disabled={pending} className={buttonClass("primary")} data-testid={`${testId}-yes`}>
        {confirm.yes}
      </button>
      <button type="button" onClick={onNo} className={buttonClass("secondary")}>
        {confirm.no}
      </button>
    </form>
  );
}
