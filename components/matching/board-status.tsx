"use client";

import { createContext, useActionState, useContext, useState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/lib/action-state";

// The board's answers are read out in one place at the top of the board: a proposal that is
// rejected or swapped leaves the page with its own form, so its form cannot say how it went.

type Announce = (state: ActionState) => void;

const AnnounceContext = createContext<Announce>(() => {});

export function BoardStatus({ children }: { children: ReactNode }) {
  const [last, setLast] = useState<ActionState>(idleState);
  return (
    <AnnounceContext.Provider value={setLast}>
      <p
        role="status"
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

/** useActionState for a board form: the answer also goes to the board's status line. */
export function useBoardAction(action: (state: ActionState, formData: FormData) => Promise<ActionState>) {
  const announce = useContext(AnnounceContext);
  return useActionState(async (previous: ActionState, formData: FormData) => {
    const state = await action(previous, formData);
    announce(state);
    return state;
  }, idleState);
}
