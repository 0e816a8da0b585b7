"use server";

import { z } from "zod";
import { defineAction, type Translate } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { decodeCsvBytes, maxImportBytes, type ImportProblem } from "@/lib/participants/import-csv";
import { checkImport, importParticipants, type ImportCheck } from "@/lib/participants/import-run";
import type { ImportState } from "@/lib/participants/import-state";
import { findAddTarget } from "@/lib/participants/participant-admin-invite";

const importRequestSchema = z.object({
  intent: z.enum(["preview", "confirm"], "validation.invalid"),
  fileName: z.string().max(255).optional(),
  // The confirmation sends back the text the preview showed; its size is checked in the action.
  csv: z.string().optional(),
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
    rows: check.rows.map((row) => ({
      line: row.line,
      ...row.shown,
      inProgramme: check.inProgramme.has(row.shown.email.trim().toLowerCase()),
      problems: row.problems.map((problem) => problemText(t, problem, check.headers)),
    })),
  };
}

/**
 * The two steps of a CSV import. "preview" reads the uploaded file and checks every row;
 * "confirm" receives the same text again, checks it again and, only when no row has a problem,
 * saves everyone in one transaction. Nothing is kept on the server between the two.
 */
export const importParticipantsAction = defineAction({
  bound: ["cohortId"],
  authorize: (viewer, { cohortId }) => findAddTarget(viewer, cohortId),
  fields: importRequestSchema,
  messageOnly: true,
  failure: ({ message }): ImportState => ({ stage: "start", message }),
  run: async ({ viewer, t, input, formData, resource: target, revalidate }): Promise<ImportState> => {
    const tooLarge = () => new Refusal("import.errors.tooLarge", { max: maxImportBytes / 1000 });
    if (input.intent === "preview") {
      const file = formData.get("file");
      if (!(file instanceof File) || file.size === 0) throw new Refusal("import.errors.noFile");
      if (file.size > maxImportBytes) throw tooLarge();
      const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      if (text === null) throw new Refusal("import.errors.notText");
      return previewState(t, await checkImport(db, target, text), text, file.name.slice(0, 255));
    }

    const text = input.csv ?? "";
    if (text.length > maxImportBytes) throw tooLarge();
    const fileName = input.fileName ?? "";
    const outcome = await importParticipants(db, target, viewer.id, text);
    if (!outcome.ok) {
      const message = t(outcome.changed ? "import.errors.changedMeanwhile" : "import.errors.notReady");
      return previewState(t, outcome.check, text, fileName, message);
    }

    revalidate(paths.cohortParticipants(target.id));
    revalidate(paths.cohort(target.id));
    revalidate(paths.coordinator());
    return { stage: "done", imported: outcome.imported };
  },
});
