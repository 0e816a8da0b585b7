import { getTranslations } from "next-intl/server";

const linkClass = "inline-flex min-h-11 items-center text-accent-700 underline underline-offset-2";

/**
 * The ways to download a list as a file, with the filters shown: `href(format)` is the export's
 * address for csv or xlsx. The file holds personal data, and the hint says so.
 */
export async function ExportLinks({ href, hint, testId }: { href: (format: "csv" | "xlsx") => string; hint?: string; testId?: string }) {
  const t = await getTranslations("exports.links");
  return (
    <section aria-labelledby="export-title" className="mt-6 rounded-lg border border-stone-200 bg-white p-4" data-testid={testId}>
      <h2 id="export-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{hint ?? t("hint")}</p>
      <div className="mt-2 flex flex-wrap gap-x-6">
        {(["csv", "xlsx"] as const).map((format) => (
          // A plain link: the browser downloads the file instead of the app navigating to it.
          <a key={format} href={href(format)} download className={linkClass}>
            {t(format)}
          </a>
        ))}
      </div>
    </section>
  );
}
