import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { BUILT_IN_INSTRUMENTS, type BuiltInKey, type InstrumentQuestion } from "@/lib/surveys/instruments";

type DbOrTransaction = Db | Prisma.TransactionClient;

export type BuiltInTemplateIds = Record<BuiltInKey, { templateId: string; questionIdsByKey: Record<string, string> }>;

/** Gap between sort orders, so a programme's copy can place its own questions in between. */
const SORT_STEP = 10;

function questionColumns(question: InstrumentQuestion, index: number) {
  return {
    type: question.type,
    options: (question.options ?? []).map((option) => option.code),
    textSv: question.text.sv,
    textEn: question.text.en,
    required: question.required,
    showWhen: question.showWhen ? { key: question.showWhen.key, in: [...question.showWhen.in] } : null,
    sortOrder: (index + 1) * SORT_STEP,
  };
}

type QuestionColumns = ReturnType<typeof questionColumns>;

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function isUpToDate(stored: QuestionColumns, wanted: QuestionColumns): boolean {
  return (
    stored.type === wanted.type &&
    stored.textSv === wanted.textSv &&
    stored.textEn === wanted.textEn &&
    stored.required === wanted.required &&
    stored.sortOrder === wanted.sortOrder &&
    canonicalJson(stored.options) === canonicalJson(wanted.options) &&
    canonicalJson(stored.showWhen) === canonicalJson(wanted.showWhen)
  );
}

function toWrite(columns: QuestionColumns) {
  return { ...columns, showWhen: columns.showWhen ?? Prisma.DbNull };
}

/**
 * Makes the built-in survey templates (programmeId null) and their questions match
 * lib/surveys/instruments.ts. Safe to run at every start and from several instances: rows are
 * found by their stable keys, only what differs is written, and questions are never deleted
 * (answers refer to them). Returns the ids by built-in key and question key.
 */
export async function ensureBuiltInTemplates(db: DbOrTransaction): Promise<BuiltInTemplateIds> {
  const stored = await db.surveyTemplate.findMany({
    where: { builtInKey: { in: BUILT_IN_INSTRUMENTS.map((instrument) => instrument.builtInKey) } },
    select: {
      id: true,
      builtInKey: true,
      kind: true,
      role: true,
      name: true,
      programmeId: true,
      questions: {
        select: {
          id: true,
          key: true,
          type: true,
          options: true,
          textSv: true,
          textEn: true,
          required: true,
          showWhen: true,
          sortOrder: true,
        },
      },
    },
  });
  const storedByKey = new Map(stored.map((template) => [template.builtInKey, template]));

  const result = {} as BuiltInTemplateIds;
  for (const instrument of BUILT_IN_INSTRUMENTS) {
    const templateColumns = {
      kind: instrument.kind,
      role: instrument.role,
      name: instrument.name.sv,
      programmeId: null,
    };
    const template = storedByKey.get(instrument.builtInKey);
    let templateId: string;
    if (!template) {
      const row = await db.surveyTemplate.upsert({
        where: { builtInKey: instrument.builtInKey },
        create: { builtInKey: instrument.builtInKey, ...templateColumns },
        update: templateColumns,
        select: { id: true },
      });
      templateId = row.id;
    } else {
      templateId = template.id;
      if (
        template.kind !== templateColumns.kind ||
        template.role !== templateColumns.role ||
        template.name !== templateColumns.name ||
        template.programmeId !== null
      ) {
        await db.surveyTemplate.update({ where: { id: templateId }, data: templateColumns });
      }
    }

    const storedQuestions = new Map((template?.questions ?? []).map((question) => [question.key, question]));
    const questionIdsByKey: Record<string, string> = {};
    for (const [index, question] of instrument.questions.entries()) {
      const wanted = questionColumns(question, index);
      const existing = storedQuestions.get(question.key);
      if (existing && isUpToDate(existing as QuestionColumns, wanted)) {
        questionIdsByKey[question.key] = existing.id;
        continue;
      }
      const row = await db.surveyQuestion.upsert({
        where: { templateId_key: { templateId, key: question.key } },
        create: { templateId, key: question.key, ...toWrite(wanted) },
        update: toWrite(wanted),
        select: { id: true },
      });
      questionIdsByKey[question.key] = row.id;
    }
    result[instrument.builtInKey] = { templateId, questionIdsByKey };
  }
  return result;
}
