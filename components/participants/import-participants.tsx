import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { importParticipantsAction } from "@/lib/participants/import-actions";
import { IMPORT_COLUMNS, IMPORT_HEADERS, REQUIRED_IMPORT_COLUMNS } from "@/lib/participants/import-columns";
import { maxImportBytes, maxImportRows } from "@/lib/participants/import-csv";
import { getImportPage } from "@/lib/participants/import-queries";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ImportWizard } from "@/components/participants/import-wizard";

const required: ReadonlySet<string> = new Set(REQUIRED_IMPORT_COLUMNS);

/** The CSV import page: how to prepare the file, the template, and the upload with its preview. */
export async function ImportParticipants({ cohortId }: { cohortId: string }) {
  const page = await getImportPage(await requireViewer(), cohortId);
  if (!page) notFound();
  const { cohort, fields } = page;
  const t = await getTranslations("import");
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  const list = paths.cohortParticipants(cohort.id);
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <Link href={list} className="mb-2 inline-flex min-h-11 items-center text-accent-700 underline">
          {t("back")}
        </Link>
        <PageHeader title={t("title")} lead={t("lead")} />
      </div>

      {cohort.status === "CLOSED" ? (
        <EmptyState title={t("errors.closed")} />
      ) : (
        <>
          <section aria-labelledby="import-how" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="import-how" className="text-lg font-semibold">
              {t("how.title")}
            </h2>
            <ol className="list-decimal space-y-2 pl-6">
              <li>{t("how.template")}</li>
              <li>{t("how.save")}</li>
              <li>{t("how.columns")}</li>
              <li>{t("how.languages")}</li>
              <li>{t("how.check", { rows: maxImportRows })}</li>
              <li>{t("how.emails")}</li>
            </ol>
            <a
              href={paths.importTemplate(cohort.id)}
              download
              className="inline-flex min-h-11 items-center font-medium text-accent-700 underline"
              data-testid="import-template"
            >
              {t("how.download")}
            </a>
            <details>
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent-700 underline underline-offset-2">
                {t("columns.title")}
              </summary>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full min-w-[40rem] border-collapse text-left">
                  <caption className="sr-only">{t("columns.title")}</caption>
                  <thead>
                    <tr className="border-b border-stone-300">
                      <th scope="col" className="py-2 pr-4">
                        {t("columns.column")}
                      </th>
                      <th scope="col" className="py-2 pr-4">
                        {t("columns.meaning")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {IMPORT_COLUMNS.map((column) => (
                      <tr key={column} className="border-b border-stone-200 align-top">
                        <th scope="row" className="py-2 pr-4 font-mono text-sm font-normal">
                          {IMPORT_HEADERS[locale][column]}
                          {IMPORT_HEADERS[locale][column] !== column && <span className="block text-stone-600">{column}</span>}
                        </th>
                        <td className="py-2 pr-4">
                          {t(`columns.about.${column}`)} {required.has(column) && <strong>{t("columns.required")}</strong>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h3 className="mt-4 font-semibold">{t("columns.fieldsTitle")}</h3>
              <ul className="mt-1 list-disc pl-5">
                {fields.map((field) => (
                  <li key={field.key}>
                    <code>{field.key}</code> · {field.nameSv} · {field.nameEn}
                  </li>
                ))}
              </ul>
            </details>
          </section>
          <ImportWizard
            action={importParticipantsAction.bind(null, cohort.id)}
            listHref={list}
            importHref={paths.importParticipants(cohort.id)}
            maxKilobytes={maxImportBytes / 1000}
          />
        </>
      )}
    </div>
  );
}
