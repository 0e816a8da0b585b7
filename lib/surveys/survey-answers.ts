import { answerCodesFor, SCALE_RANGES, type InstrumentQuestion } from "@/lib/surveys/instruments";

// One answer to one question, read from what a person or a file gave, and the questionnaire's skip
// logic. Pure; shared by the answering forms, phone interviews and the history import.

/** The longest text answer kept. */
export const MAX_TEXT_ANSWER = 4_000;

export type Answer = { code: string } | { number: number } | { text: string };

export type AnswerReading =
  | { ok: true; answer: Answer | null }
  /** `key`: a message key under `surveys.answers.errors`, with its values. */
  | { ok: false; key: "code" | "wholeNumber" | "range" | "tooLong"; values: Record<string, string | number> };

/** Reads `raw` as an answer to `question`; empty (after trimming) is no answer. */
export function readAnswer(question: Pick<InstrumentQuestion, "type" | "options">, raw: string): AnswerReading {
  const value = raw.trim();
  if (value === "") return { ok: true, answer: null };
  const codes = answerCodesFor(question);
  if (codes) {
    const code = value.toLowerCase();
    return codes.includes(code) ? { ok: true, answer: { code } } : { ok: false, key: "code", values: { codes: codes.join(", ") } };
  }
  if (question.type === "SCALE_1_5" || question.type === "SCALE_0_10") {
    const { min, max } = SCALE_RANGES[question.type];
    if (!/^-?\d+$/.test(value)) return { ok: false, key: "wholeNumber", values: { min, max } };
    const number = Number(value);
    return number >= min && number <= max ? { ok: true, answer: { number } } : { ok: false, key: "range", values: { min, max } };
  }
  return value.length <= MAX_TEXT_ANSWER
    ? { ok: true, answer: { text: value } }
    : { ok: false, key: "tooLong", values: { max: MAX_TEXT_ANSWER, length: value.length } };
}

/** Whether a question is asked, given the codes answered so far by question key. */
export function isAsked(question: Pick<InstrumentQuestion, "showWhen">, codes: ReadonlyMap<string, string>): boolean {
  if (!question.showWhen) return true;
  const answered = codes.get(question.showWhen.key);
  return answered !== undefined && question.showWhen.in.includes(answered);
}
