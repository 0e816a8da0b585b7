"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * The cohort's public application link in a read-only field that selects itself on focus, so it
 * can be copied by hand anywhere, with a copy button where the browser allows it, and a link that
 * opens the page in a new tab to see it as applicants do.
 */
export function PublicLinkField({
  link,
  label,
  hint,
  copyLabel,
  copiedLabel,
  previewLabel,
}: {
  link: string;
  label: string;
  hint: string;
  copyLabel: string;
  copiedLabel: string;
  previewLabel: string;
}) {
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Without clipboard access (e.g. plain http), select the text for copying by hand.
      input.current?.select();
    }
  }

  return (
    <div>
      <label htmlFor="public-link" className="block font-medium">
        {label}
      </label>
      <p id="public-link-hint" className="mt-1 text-sm text-stone-600">
        {hint}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="public-link"
          ref={input}
          type="text"
          readOnly
          value={link}
          aria-describedby="public-link-hint"
          onFocus={(event) => event.currentTarget.select()}
          className="block min-h-11 min-w-0 flex-1 rounded-md border border-stone-500 bg-stone-50 px-3 font-mono text-sm"
          data-testid="public-link"
        />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copyLabel}
        </Button>
      </div>
      <a
        href={link}
        target="_blank"
        rel="noopener"
        className="mt-2 inline-flex min-h-11 items-center text-accent-700 underline underline-offset-2"
        data-testid="public-link-preview"
      >
        {previewLabel}
      </a>
      <p aria-live="polite" className="mt-1 text-sm text-emerald-800">
        {copied ? copiedLabel : ""}
      </p>
    </div>
  );
}
