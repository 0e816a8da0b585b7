"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

type Props = {
  /** The id of the input or textarea counted. */
  controlId: string;
  limit: number;
  /** The length of the text the control starts with. */
  initial: number;
  /** Shown from the start (a paragraph); else from 80 % of the limit on (a line of text). */
  always: boolean;
};

/**
 * How many characters a limited text has, under the control, as the person types: nothing is
 * ever cut, so a text over the limit shows by how much. Screen readers hear the count once typing
 * pauses. Without JavaScript the count of the text as it came is shown.
 */
export function CharacterCount({ controlId, limit, initial, always }: Props) {
  const t = useTranslations("common.characterCount");
  const [count, setCount] = useState(initial);
  const [announced, setAnnounced] = useState("");

  useEffect(() => {
    const control = document.getElementById(controlId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!control) return;
    let pause: ReturnType<typeof setTimeout> | undefined;
    const read = () => setCount(control.value.length);
    const typed = () => {
      read();
      clearTimeout(pause);
      pause = setTimeout(() => setAnnounced(words(t, control.value.length, limit)), 1000);
    };
    // A form is reset to what the server answered once an action is done: count that text.
    const reset = () => setTimeout(read, 0);
    read();
    control.addEventListener("input", typed);
    control.form?.addEventListener("reset", reset);
    return () => {
      clearTimeout(pause);
      control.removeEventListener("input", typed);
      control.form?.removeEventListener("reset", reset);
    };
  }, [controlId, limit, t]);

  const over = count > limit;
  const shown = always || count >= limit * 0.8;
  return (
    <>
      {shown && (
        <p
          id={`${controlId}-count`}
          className={over ? "mt-1 font-medium text-red-800" : "mt-1 text-sm text-stone-600"}
          data-testid="character-count"
        >
          {words(t, count, limit)}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}

function words(t: ReturnType<typeof useTranslations<"common.characterCount">>, count: number, limit: number): string {
  return count > limit ? t("over", { count, limit, over: count - limit }) : t("count", { count, limit });
}
