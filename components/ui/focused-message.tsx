"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A message that takes the keyboard focus when it appears: for a page whose content was replaced
 * by the answer to what the person just did, so the focus is not left on a button that is gone.
 */
export function FocusedMessage({ children, testId }: { children: ReactNode; testId?: string }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), []);
  return (
    <p ref={message} tabIndex={-1} className="mb-4" data-testid={testId}>
      {children}
    </p>
  );
}
