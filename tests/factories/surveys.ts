import type {
  ParticipantRole,
  Prisma,
  QuestionType,
  ResponseMode,
  SurveyAnswer,
  SurveyResponse,
  SurveyRound,
  SurveyRoundStatus,
} from "@/lib/generated/prisma/client";
import { ensureBuiltInTemplates } from "@/lib/surveys/built-in-templates";
import { ANSWER_CODES, type BuiltInKey, SCALE_RANGES } from "@/lib/surveys/instruments";
import type { FactoryDb } from "./factory-db";

export type SurveyRoundInput = {
  cohortId: string;
  /** A built-in template (default "goal_evaluation.mentee"), or any template by id. */
  builtInKey?: BuiltInKey;
  templateId?: string;
  status?: SurveyRoundStatus;
  opensAt?: Date | null;
  closesAt?: Date | null;
};

export async function templateIdFor(db: FactoryDb, builtInKey: BuiltInKey): Promise<string> {
  const template = await db.surveyTemplate.findUnique({ where: { builtInKey }, select: { id: true } });
  return template?.id ?? (await ensureBuiltInTemplates(db))[builtInKey].templateId;
}

export async function createSurveyRound(db: FactoryDb, input: SurveyRoundInput): Promise<SurveyRound> {
  const status = input.status ?? "OPEN";
  return db.surveyRound.create({
    data: {
      cohortId: input.cohortId,
      templateId: input.templateId ?? (await templateIdFor(db, input.builtInKey ?? "goal_evaluation.mentee")),
      status,
      opensAt: input.opensAt !== undefined ? input.opensAt : status === "DRAFT" ? null : new Date(),
      closesAt: input.closesAt ?? null,
    },
  });
}

/** An answer by question key: a code ("yes", "during" …), a number for scales, text for TEXT. Null or absent: not answered. */
export type AnswerValue = string | number | null | undefined;
export type Answers = Record<string, AnswerValue>;

export type QuestionForAnswers = { id: string; key: string; type: QuestionType; options: string[] };

/** SurveyAnswer rows for the given answers; throws on an unknown key or a value the question does not accept. */
export function buildAnswerRows(
  questions: readonly QuestionForAnswers[],
  answers: Answers,
): Omit<Prisma.SurveyAnswerCreateManyInput, "responseId">[] {
  const byKey = new Map(questions.map((question) => [question.key, question]));
  const rows: Omit<Prisma.SurveyAnswerCreateManyInput, "responseId">[] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue;
    const question = byKey.get(key);
    if (!question) throw new Error(`The template has no question "${key}"`);
    const base = { questionId: question.id, questionKey: key };
    switch (question.type) {
      case "TEXT":
        rows.push({ ...base, text: String(value) });
        break;
      case "SCALE_1_5":
      case "SCALE_0_10": {
        const range = SCALE_RANGES[question.type];
        if (typeof value !== "number" || !Number.isInteger(value) || value < range.min || value > range.max) {
          throw new Error(`"${key}" takes a whole number ${range.min}–${range.max}, not ${String(value)}`);
        }
        rows.push({ ...base, number: value });
        break;
      }
      default: {
        const codes: readonly string[] = question.type === "CHOICE" ? question.options : ANSWER_CODES[question.type];
        if (typeof value !== "string" || !codes.includes(value)) {
          throw new Error(`"${key}" takes one of ${codes.join(", ")}, not ${String(value)}`);
        }
        rows.push({ ...base, code: value });
      }
    }
  }
  return rows;
}

export type SurveyResponseInput = {
  roundId: string;
  participation: { id: string; role: ParticipantRole; professionalFieldId: string };
  answers: Answers;
  mode?: ResponseMode;
  enteredById?: string | null;
  /** Defaults to now; null for a response that was started but not submitted. */
  submittedAt?: Date | null;
};

export async function createSurveyResponse(
  db: FactoryDb,
  input: SurveyResponseInput,
): Promise<SurveyResponse & { answers: SurveyAnswer[] }> {
  const round = await db.surveyRound.findUniqueOrThrow({
    where: { id: input.roundId },
    select: {
      template: {
        select: { role: true, questions: { select: { id: true, key: true, type: true, options: true } } },
      },
    },
  });
  if (round.template.role !== input.participation.role) {
    throw new Error(`A ${input.participation.role} cannot answer a ${round.template.role} survey`);
  }
  return db.surveyResponse.create({
    data: {
      roundId: input.roundId,
      participationId: input.participation.id,
      respondentRole: input.participation.role,
      professionalFieldId: input.participation.professionalFieldId,
      mode: input.mode ?? "WEB",
      enteredById: input.enteredById ?? null,
      submittedAt: input.submittedAt !== undefined ? input.submittedAt : new Date(),
      answers: { createMany: { data: buildAnswerRows(round.template.questions, input.answers) } },
    },
    include: { answers: true },
  });
}
