"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { findManagedCohort } from "@/lib/auth/access";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { idSchema } from "@/lib/ids";
import { decodeCsvBytes, maxImportBytes, type ImportProblem } from "@/lib/participants/import-csv";
import { checkImport, importParticipants, type ImportCheck } from "@/lib/participants/import-run";
import type { ImportState } from "@/lib/participants/import-state";
import { getAddTarget } from "@/lib/participants/participant-admin-add";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

const importRequestSchema = z.object({
  cohortId: idSchema,
  intent: z.enum(["preview", "confirm"]),
  fileName: z.string().max(255).optional(),
  // The confirmation sends back the text the preview showed.
  csv: z.string().max(maxImportBytes).optional(),
});

function problemText(t: Translate, problem: ImportProblem, headers: ImportCheck["headers"]): string {
  const message = t(problem.key as never, problem.values as never);
  if (!problem.column || problem.key === "import.problems.missingColumn") return message;
  return `${headers[problem.column] ?? problem.column}: ${message}`;
}

function previewState(t: Translate, check: ImportCheck, csv: string, fileName: string, message?: string): ImportState {
  return {
    stage: "preview",
    fileName,
    csv,
    ready: check.ready,
    message,
    fileProblems: check.fileProblems.map((problem) => problemText(t, problem, check.headers)),
    problemRows: check.rows.filter((row) => row.problems.length > 0).length,
    rows: check.rows.map((row) => {
      const email = row.shown.email.trim().toLowerCase();
      const readable = z.email().safeParse(email).success;
      return {
        line: row.line,
        ...row.shown,
        account: readable ? (check.knownEmails.has(email) ? "existing" : "new") : null,
        problems: row.problems.map((problem) => problemText(t, problem, check.headers)),
      };
    }),
  };
}

/**
 * The two steps of a CSV import. "preview" reads the uploaded file and checks every row;
 * "confirm" receives the same text again, checks it again and, only when no row has a problem,
 * saves everyone in one transaction. Nothing is kept on the server between the two.
 */
export async function importParticipantsAction(cohortId: string, _previous: ImportState, formData: FormData): Promise<ImportState> {
  const t = await getTranslations();
  const viewer = await getViewer();
  if (!viewer) return { stage: "start", message: t("import.errors.notSignedIn") };

  const parsed = importRequestSchema.safeParse({
    cohortId,
    intent: formData.get("intent"),
    fileName: formData.get("fileName") ?? undefined,
    csv: formData.get("csv") ?? undefined,
  });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.path[0] === "csv");
    return { stage: "start", message: t(tooLong ? "import.errors.tooLarge" : "import.errors.notFound", { max: maxImportBytes / 1000 }) };
  }

  const cohort = await findManagedCohort(viewer, parsed.data.cohortId);
  const target = cohort && (await getAddTarget(db, cohort.id));
  if (!target) return { stage: "start", message: t("import.errors.notFound") };

  if (parsed.data.intent === "preview") {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { stage: "start", message: t("import.errors.noFile") };
    if (file.size > maxImportBytes) return { stage: "start", message: t("import.errors.tooLarge", { max: maxImportBytes / 1000 }) };
    const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const fileName = file.name.slice(0, 255);
    return previewState(t, await checkImport(db, target, text), text, fileName);
  }

  const text = parsed.data.csv ?? "";
  const fileName = parsed.data.fileName ?? "";
  const outcome = await importParticipants(db, target, viewer.id, text);
  if (!outcome.ok) {
    const message = t(outcome.changed ? "import.errors.changedMeanwhile" : "import.errors.notReady");
    return previewState(t, outcome.check, text, fileName, message);
  }

  revalidatePath(`/coordinator/cohorts/${target.id}/participants`);
  revalidatePath(`/coordinator/cohorts/${target.id}`);
  revalidatePath("/coordinator");
  return {
    stage: "done",
    imported: outcome.imported,
    newAccounts: outcome.result.newAccounts,
    existingAccounts: outcome.result.existingAccounts,
    passwordLinks: outcome.result.passwordLinks,
  };
}
