import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";

/** Said instead of the forms when the cohort does not take applications now. */
export async function ApplicationsClosed({ opensAt, backHref }: { opensAt: Date | null; backHref?: string }) {
  const t = await getTranslations("apply.closed");
  const format = await getFormat();
  return (
    <div className="max-w-prose rounded-lg border-2 border-amber-400 bg-amber-50 p-4 sm:p-6" data-testid="applications-closed">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-2">{t("body")}</p>
      {opensAt && <p className="mt-2 font-medium">{t("opensOn", { date: format.dateTime(opensAt, { dateStyle: "long" }) })}</p>}
      {backHref && (
        <Link href={backHref} className="mt-3 inline-flex min-h-11 items-center text-accent-700 underline">
          {t("back")}
        </Link>
      )}
    </div>
  );
}
