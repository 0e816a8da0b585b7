"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * The person's own address of their cohort's calendar feed, to paste into a calendar app, which then
 * shows every joint session and its changes. It is personal: the hint says not to share it.
 */
export function CalendarFeed({ address, idPrefix }: { address: string; idPrefix: string }) {
  const t = useTranslations("jointSessions.feed");
  const [copied, setCopied] = useState(false);
  const id = `${idPrefix}-feed`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {t("label")}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
        {t("hint")}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={address}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-stone-400 px-3 font-mono text-sm"
          data-testid="calendar-feed"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            navigator.clipboard.writeText(address).then(
              () => setCopied(true),
              () => document.getElementById(id)?.focus(),
            );
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
