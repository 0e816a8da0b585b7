"use client";

import { createContext, useActionState, useContext, useRef, useState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";

// The board's answers are read out in one place at the top of the board: a proposal that is
// rejected or swapped leaves the page with its own form, so its form cannot say how it went. When
// the form that was used is gone, the keyboard focus moves to that line instead of the page's start.

type Announce = (state: ActionState, takeFocus: boolean) => void;

const AnnounceContext = createContext<Announce>(() => {});

export function BoardStatus({ children }: { children: ReactNode }) {
  const [last, setLast] = useState<ActionState>(idleState);
  const line = useRef<HTMLParagraphElement>(null);
  const announce: Announce = (state, takeFocus) => {
    setLast(state);
    if (takeFocus) line.current?.focus();
  };
  return (
    <AnnounceContext.Provider value={announce}>
      <p
        ref={line}
        role="status"
        tabIndex={-1}
        data-testid="board-message"
        className={`sticky top-0 z-10 min-h-6 rounded-md px-1 py-1 font-medium ${last.message ? "bg-white shadow-sm" : ""} ${
          last.ok ? "text-emerald-800" : "text-red-800"
        }`}
      >
        {last.message ?? ""}
      </p>
      {children}
    </AnnounceContext.Provider>
  );
}

/**
 * useActionState for a board form: the answer also goes to the board's status line, which takes
 * the focus when `leavesPage` says the submitted change removes the form from the page.
 */
export function useBoardAction(
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  leavesPage: (formData: FormData) => boolean = () => false,
) {
  const announce = useContext(AnnounceContext);
  return useActionState(async (previous: ActionState, formData: FormData) => {
    const state = await action(previous, formData);
    announce(state, state.ok && leavesPage(formData));
    return state;
  }, idleState);
}
