"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { importStartState, type ImportState } from "@/lib/participants/import-state";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: (state: ImportState, formData: FormData) => Promise<ImportState>;
  listHref: string;
  /** This page, to start again with another file. */
  importHref: string;
  maxKilobytes: number;
};

type Preview = Extract<ImportState, { stage: "preview" }>;
type Done = Extract<ImportState, { stage: "done" }>;

/**
 * Upload, check, confirm. The preview lists every row with its problems; only a file without
 * problems can be confirmed, and the confirmation sends the same text back to be checked again.
 */
export function ImportWizard({ action, listHref, importHref, maxKilobytes }: Props) {
  const t = useTranslations("import");
  const [state, formAction] = useActionState(action, importStartState);
  // A file over the limit is answered here, before it is sent: a very large one would otherwise
  // reach the server's own limit on a request's size, which answers with an error page.
  const [tooLarge, setTooLarge] = useState(false);

  // Each answer (a problem, the preview, the result) takes the focus, so it is seen and read out.
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    top.current?.querySelector<HTMLElement>("[tabindex='-1']")?.focus();
  }, [state, tooLarge]);

  if (state.stage === "done") {
    return (
      <div ref={top}>
        <ImportDone done={state} listHref={listHref} importHref={importHref} />
      </div>
    );
  }

  return (
    <div className="space-y-6" ref={top}>
      <div aria-live="polite">
        {tooLarge ? (
          <ErrorSummary title={t("errors.title")} message={t("errors.tooLarge", { max: maxKilobytes })} />
        ) : (
          state.stage === "start" && state.message && <ErrorSummary title={t("errors.title")} message={state.message} />
        )}
      </div>
      <form
        action={formAction}
        onSubmit={(event) => {
          const file = new FormData(event.currentTarget).get("file");
          const over = file instanceof File && file.size > maxKilobytes * 1000;
          setTooLarge(over);
          if (over) event.preventDefault();
        }}
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
        data-testid="import-upload"
      >
        <input type="hidden" name="intent" value="preview" />
        <div>
          <label htmlFor="import-file" className="block font-medium">
            {state.stage === "preview" ? t("upload.labelAgain") : t("upload.label")}
          </label>
          <p id="import-file-hint" className="mt-1 text-sm text-stone-600">
            {t("upload.hint", { kilobytes: maxKilobytes })}
          </p>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            className="mt-2 block min-h-11 w-full rounded-md border border-stone-500 bg-white p-2"
          />
        </div>
        <SubmitButton label={t("upload.submit")} pendingLabel={t("upload.submitting")} />
      </form>
      {state.stage === "preview" && <ImportPreview preview={state} formAction={formAction} />}
    </div>
  );
}

function ImportDone({ done, listHref, importHref }: { done: Done; listHref: string; importHref: string }) {
  const t = useTranslations("import.done");
  return (
    <section className="space-y-3 rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 sm:p-6" data-testid="import-done">
      <h2 className="text-lg font-semibold" tabIndex={-1}>
        {t("title")}
      </h2>
      <p>{t("imported", { count: done.imported })}</p>
      <p>{t("emails", { count: done.imported })}</p>
      <div className="flex flex-wrap gap-4">
        <Link href={listHref} className="inline-flex min-h-11 items-center font-medium text-accent-700 underline">
          {t("seeList")}
        </Link>
        {/* A full load starts the import again from the beginning. */}
        <a href={importHref} className="inline-flex min-h-11 items-center text-accent-700 underline">
          {t("another")}
        </a>
      </div>
    </section>
  );
}

function ImportPreview({ preview, formAction }: { preview: Preview; formAction: (formData: FormData) => void }) {
  const t = useTranslations("import.preview");
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = onlyProblems ? preview.rows.filter((row) => row.problems.length > 0) : preview.rows;
  const total = preview.rows.length;

  return (
    <section aria-labelledby="import-preview-title" className="space-y-4" data-testid="import-preview">
      <h2 id="import-preview-title" className="text-xl font-semibold" tabIndex={-1}>
        {t("title", { file: preview.fileName || t("unnamed") })}
      </h2>
      <div aria-live="polite" className="space-y-3">
        {preview.message && (
          <p className="font-medium text-red-800" data-testid="import-message">
            {preview.message}
          </p>
        )}
        {preview.ready ? (
          <p className="rounded-md border-2 border-emerald-700 bg-emerald-50 p-4 font-medium" data-testid="import-summary">
            {t("ready", { count: total })}
          </p>
        ) : (
          <div className="rounded-md border-2 border-red-700 bg-red-50 p-4" data-testid="import-summary">
            <p className="font-semibold">{t("notReady", { problems: preview.problemRows, count: total })}</p>
            <p className="mt-1">{t("fix")}</p>
            {preview.fileProblems.length > 0 && (
              <>
                <p className="mt-3 font-semibold">{t("fileProblems")}</p>
                <ul className="list-disc pl-5" data-testid="import-file-problems">
                  {preview.fileProblems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>

      {preview.ready && (
        <form action={formAction} data-testid="import-confirm">
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="fileName" value={preview.fileName} />
          <input type="hidden" name="csv" value={preview.csv} />
          <SubmitButton label={t("confirm", { count: total })} pendingLabel={t("confirming")} />
        </form>
      )}

      {preview.problemRows > 0 && total > preview.problemRows && (
        <Button type="button" variant="secondary" aria-pressed={onlyProblems} onClick={() => setOnlyProblems((value) => !value)}>
          {onlyProblems ? t("showAll") : t("showProblems")}
        </Button>
      )}

      {rows.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[56rem] border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                {(["line", "name", "email", "role", "field", "city", "programme", "check"] as const).map((column) => (
                  <th key={column} scope="col" className="px-3 py-2">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.line}
                  className={`border-b border-stone-200 align-top ${row.problems.length ? "bg-red-50" : ""}`}
                  data-testid="import-row"
                  data-problems={row.problems.length}
                >
                  <td className="px-3 py-2 tabular-nums">{row.line}</td>
                  <th scope="row" className="px-3 py-2 font-medium">
                    {row.name}
                  </th>
                  <td className="px-3 py-2 break-all">{row.email}</td>
                  <td className="px-3 py-2">{row.role}</td>
                  <td className="px-3 py-2">{row.field}</td>
                  <td className="px-3 py-2">{row.city}</td>
                  <td className="px-3 py-2">{row.inProgramme ? t("inProgramme") : ""}</td>
                  <td className="px-3 py-2">
                    {row.problems.length === 0 ? (
                      <Badge tone="success">{t("ok")}</Badge>
                    ) : (
                      <>
                        <Badge tone="warning">{t("problem", { count: row.problems.length })}</Badge>
                        <ul className="mt-1 list-disc pl-5 text-red-800" data-testid="import-problem">
                          {row.problems.map((problem) => (
                            <li key={problem}>{problem}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
