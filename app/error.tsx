"use client";

import { useTranslations } from "next-intl";

// Unexpected failures end here. The message shown is always our own: error.message may carry
// database details and is logged on the server instead.
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="max-w-prose" data-testid="error-page">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-700">{t("body")}</p>
      <button
        type="button"
        onClick={() => retry()}
        className="mt-4 min-h-11 rounded-md bg-accent-600 px-4 font-medium text-white hover:bg-accent-700"
      >
        {t("retry")}
      </button>
    </div>
  );
}
