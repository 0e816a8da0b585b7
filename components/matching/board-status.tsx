"use client";

import { createContext, useActionState, useContext, useRef, useState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";

// The board's answers are read out in one place at the top of the board (a status line), while the
// keyboard focus stays where the person works: on the card acted on, or when that card is gone, on
// the card that took its place in the list (the next one, else the one before, else the list's
// heading). Only a change with no card of its own (publishing everything) leaves the focus on the
// status line. Cards are list items marked `data-card` (their heading `data-card-heading`, focusable
// with tabIndex -1); a card made anew for the same mentee (a swap) is found by `data-mentee`.

/** Where the focus goes after a change on a card: the card itself, the card that takes its place, or the new card of its mentee. */
export type FocusAfter = "self" | "neighbour" | "sameMentee";

type FocusPlan = { card: HTMLElement | null; after: FocusAfter };
/** Says the answer; with a plan, also moves the focus as it says. */
type Announce = (state: ActionState, plan: FocusPlan | null) => void;

const AnnounceContext = createContext<Announce>(() => {});

function headingOf(card: Element): HTMLElement {
  return card.querySelector<HTMLElement>("[data-card-heading]") ?? (card as HTMLElement);
}

/** The cards around one, in order of preference, and the heading of its list as the last resort. */
function neighbours(card: HTMLElement): Element[] {
  const around = [card.nextElementSibling, card.previousElementSibling].filter(
    (element): element is Element => element !== null && element.hasAttribute("data-card"),
  );
  const fallback = card.closest("section")?.querySelector("[data-focus-fallback]");
  return fallback ? [...around, fallback] : around;
}

export function BoardStatus({ children }: { children: ReactNode }) {
  const [last, setLast] = useState<ActionState>(idleState);
  const line = useRef<HTMLParagraphElement>(null);
  const announce: Announce = (state, plan) => {
    setLast(state);
    if (!plan) return;
    const { card, after } = plan;
    const focusLine = () => line.current?.focus();
    if (!card) {
      if (state.ok) focusLine();
      return;
    }
    const mentee = card.dataset.mentee;
    const id = card.dataset.card;
    const others = neighbours(card);
    // The page is refreshed with the answer; wait for it (at most about two seconds) where needed.
    let frames = 0;
    const step = () => {
      frames += 1;
      const settled = frames > 120;
      if (!state.ok || after === "self") {
        // The card stays, unless a refusal found it gone: then its place is taken like after a removal.
        if (card.isConnected) {
          if (!state.ok) return;
          headingOf(card).focus();
          return;
        }
      } else if (after === "sameMentee" && mentee && !settled) {
        const fresh = document.querySelector(`[data-mentee="${CSS.escape(mentee)}"]:not([data-card="${CSS.escape(id ?? "")}"])`);
        if (fresh) {
          headingOf(fresh).focus();
          return;
        }
        requestAnimationFrame(step);
        return;
      } else if (card.isConnected && !settled) {
        requestAnimationFrame(step);
        return;
      }
      const next = others.find((element) => element.isConnected);
      if (next) headingOf(next).focus();
      else focusLine();
    };
    requestAnimationFrame(step);
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
 * useActionState for a board form: the answer also goes to the board's status line, and the focus
 * goes as `after` says for the change submitted (see FocusAfter), from the card holding the button
 * pressed. Without `after` the focus stays where it is (a change that leaves its form in place).
 */
export function useBoardAction(
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  after?: (formData: FormData) => FocusAfter,
) {
  const announce = useContext(AnnounceContext);
  return useActionState(async (previous: ActionState, formData: FormData) => {
    // The button pressed has the focus: its card is the one acted on.
    const card = document.activeElement?.closest<HTMLElement>("[data-card]") ?? null;
    const state = await action(previous, formData);
    announce(state, after ? { card, after: after(formData) } : null);
    return state;
  }, idleState);
}
