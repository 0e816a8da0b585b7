import Papa from "papaparse";
import { hasControlCharacter } from "@/lib/actions/control-characters";
import { detectDelimiter } from "@/lib/participants/import-csv";
import { emailSchema } from "@/lib/profiles/profile-schemas";
import { getInstrument, type BuiltInKey } from "@/lib/surveys/instruments";
import { isAsked, readAnswer, type Answer } from "@/lib/surveys/survey-answers";

// Reading a programme's history folder (docs/history-format.md) into plain data, with every problem
// of every file and row named by file, line and column. Pure: what needs the database (what an
// earlier import already saved, accounts of the emails) is checked by the import itself.

export const HISTORY_FILES = ["cohorts", "people", "participations", "pairs", "rounds", "responses"] as const;
export type HistoryFile = (typeof HISTORY_FILES)[number];

const COLUMNS = {
  cohorts: ["cohort_ref", "name", "start_date", "end_date"],
  people: ["person_ref", "name", "email"],
  participations: ["person_ref", "cohort_ref", "role", "field"],
  pairs: ["cohort_ref", "mentee_ref", "mentor_ref"],
  rounds: ["cohort_ref", "instrument", "role"],
  responses: ["person_ref", "cohort_ref", "instrument", "role", "mode", "submitted_on", "question_key", "answer"],
} as const satisfies Record<HistoryFile, readonly string[]>;

const OPTIONAL_FILES: readonly HistoryFile[] = ["rounds", "responses"];

/** Refs and names are short; a longer cell is a column mixed up. */
const MAX_REF = 100;
const MAX_NAME = 200;

export type HistoryProblem = {
  file: HistoryFile;
  /** The line as a spreadsheet numbers it (the header is line 1); null for the file as a whole. */
  line: number | null;
  column: string | null;
  /** A message key under `history.problems`. */
  key: string;
  values?: Record<string, string | number>;
};

export type HistoryRole = "MENTEE" | "MENTOR";
export type HistoryMode = "WEB" | "PHONE" | "PAPER";

export type HistoryCohort = { ref: string; name: string; startDate: string; endDate: string; line: number };
export type HistoryPerson = { ref: string; name: string | null; email: string | null; line: number };
export type HistoryParticipation = { personRef: string; cohortRef: string; role: HistoryRole; fieldKey: string; line: number };
export type HistoryPair = { cohortRef: string; menteeRef: string; mentorRef: string; line: number };
export type HistoryRound = { cohortRef: string; builtInKey: BuiltInKey };
export type HistoryResponse = {
  personRef: string;
  cohortRef: string;
  builtInKey: BuiltInKey;
  mode: HistoryMode;
  submittedOn: string;
  /** By question key. */
  answers: Map<string, Answer>;
  /** The response's first line in responses.csv. */
  line: number;
};

export type HistoryFolder = {
  cohorts: HistoryCohort[];
  people: HistoryPerson[];
  participations: HistoryParticipation[];
  pairs: HistoryPair[];
  /** Those of rounds.csv and those the responses imply, each once. */
  rounds: HistoryRound[];
  responses: HistoryResponse[];
};

export type HistoryReading = { problems: HistoryProblem[]; folder: HistoryFolder };

type Row = { line: number; get: (column: string) => string };

const ROLES: Record<string, HistoryRole> = { mentee: "MENTEE", mentor: "MENTOR" };
const MODES: Record<string, HistoryMode> = { web: "WEB", phone: "PHONE", paper: "PAPER" };
const INSTRUMENTS = ["goal_evaluation", "effect_survey"] as const;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** The rows of one file under a header with exactly the file's columns; header problems leave no rows. */
function readTable(file: HistoryFile, text: string, problems: HistoryProblem[]): Row[] {
  const problem = (line: number | null, column: string | null, key: string, values?: HistoryProblem["values"]) =>
    problems.push({ file, line, column, key, values });
  const body = text.replace(/^\uFEFF/, "");
  const lines = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false }).data;
  const headerIndex = lines.findIndex((cells) => cells.some((cell) => cell.trim() !== ""));
  if (headerIndex === -1) {
    problem(null, null, "noHeader");
    return [];
  }
  const expected: readonly string[] = COLUMNS[file];
  const positions = new Map<string, number>();
  let headerOk = true;
  lines[headerIndex]!.forEach((cell, position) => {
    const column = cell.trim().toLowerCase();
    if (column === "") return;
    if (!expected.includes(column)) {
      problem(headerIndex + 1, null, "unknownColumn", { column: cell.trim() });
      headerOk = false;
    } else if (positions.has(column)) {
      problem(headerIndex + 1, column, "columnTwice", { column });
      headerOk = false;
    } else positions.set(column, position);
  });
  for (const column of expected) {
    if (!positions.has(column)) {
      problem(headerIndex + 1, column, "missingColumn", { column });
      headerOk = false;
    }
  }
  if (!headerOk) return [];

  const rows: Row[] = [];
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    const cells = lines[index]!;
    if (cells.every((cell) => cell.trim() === "")) continue;
    const line = index + 1;
    if (cells.some(hasControlCharacter)) problem(line, null, "controlCharacter");
    rows.push({ line, get: (column) => (cells[positions.get(column)!] ?? "").trim() });
  }
  return rows;
}

/**
 * Reads the folder's files (by name without `.csv`; a missing file is undefined) against the
 * programme's professional field keys. The folder is usable only when `problems` is empty.
 */
export function readHistory(texts: Partial<Record<HistoryFile, string>>, context: { fieldKeys: readonly string[] }): HistoryReading {
  const problems: HistoryProblem[] = [];
  const tables = {} as Record<HistoryFile, Row[]>;
  for (const file of HISTORY_FILES) {
    const text = texts[file];
    if (text === undefined) {
      if (!OPTIONAL_FILES.includes(file))
        problems.push({ file, line: null, column: null, key: "missingFile", values: { file: `${file}.csv` } });
      tables[file] = [];
    } else tables[file] = readTable(file, text, problems);
  }

  const at = (file: HistoryFile, row: Row) => (column: string | null, key: string, values?: HistoryProblem["values"]) =>
    problems.push({ file, line: row.line, column, key, values });

  /** A required cell, within its length; null (with the problem said) otherwise. */
  const cell = (say: ReturnType<typeof at>, row: Row, column: string, max: number): string | null => {
    const value = row.get(column);
    if (value === "") say(column, "required", { column });
    else if (value.length > max) say(column, "tooLong", { column, max });
    else return value;
    return null;
  };

  // cohorts.csv
  const cohorts = new Map<string, HistoryCohort>();
  for (const row of tables.cohorts) {
    const say = at("cohorts", row);
    const ref = cell(say, row, "cohort_ref", MAX_REF);
    const name = cell(say, row, "name", MAX_NAME);
    const dates = (["start_date", "end_date"] as const).map((column) => {
      const value = cell(say, row, column, 10);
      if (value !== null && !isIsoDay(value)) {
        say(column, "date", { value });
        return null;
      }
      return value;
    });
    const [startDate, endDate] = dates;
    if (startDate && endDate && endDate < startDate) say("end_date", "endBeforeStart");
    if (ref !== null && cohorts.has(ref)) say("cohort_ref", "refTwice", { ref, line: cohorts.get(ref)!.line });
    else if (ref !== null && name !== null && startDate && endDate) cohorts.set(ref, { ref, name, startDate, endDate, line: row.line });
  }

  // people.csv
  const people = new Map<string, HistoryPerson>();
  const emailLines = new Map<string, number>();
  for (const row of tables.people) {
    const say = at("people", row);
    const ref = cell(say, row, "person_ref", MAX_REF);
    const nameText = row.get("name");
    if (nameText.length > MAX_NAME) say("name", "tooLong", { column: "name", max: MAX_NAME });
    let email: string | null = null;
    const emailText = row.get("email");
    if (emailText !== "") {
      const parsed = emailSchema.safeParse(emailText);
      if (!parsed.success) say("email", "email", { value: emailText });
      else if (emailLines.has(parsed.data)) say("email", "emailTwice", { line: emailLines.get(parsed.data)! });
      else {
        email = parsed.data;
        emailLines.set(email, row.line);
      }
    }
    if (ref !== null && people.has(ref)) say("person_ref", "refTwice", { ref, line: people.get(ref)!.line });
    else if (ref !== null) people.set(ref, { ref, name: nameText === "" ? null : nameText.slice(0, MAX_NAME), email, line: row.line });
  }

  const knownCohort = (say: ReturnType<typeof at>, row: Row, column = "cohort_ref"): string | null => {
    const ref = row.get(column);
    if (ref === "") say(column, "required", { column });
    else if (!cohorts.has(ref)) say(column, "unknownCohort", { ref });
    else return ref;
    return null;
  };
  const knownPerson = (say: ReturnType<typeof at>, row: Row, column: string): string | null => {
    const ref = row.get(column);
    if (ref === "") say(column, "required", { column });
    else if (!people.has(ref)) say(column, "unknownPerson", { ref });
    else return ref;
    return null;
  };
  const role = (say: ReturnType<typeof at>, row: Row): HistoryRole | null => {
    const value = row.get("role");
    const known = ROLES[value.toLowerCase()];
    if (!known) say("role", "role", { value });
    return known ?? null;
  };
  const instrument = (say: ReturnType<typeof at>, row: Row, role: HistoryRole | null): BuiltInKey | null => {
    const value = row.get("instrument").toLowerCase();
    if (!(INSTRUMENTS as readonly string[]).includes(value)) {
      say("instrument", "instrument", { value: row.get("instrument") });
      return null;
    }
    return role ? (`${value}.${role.toLowerCase()}` as BuiltInKey) : null;
  };

  // participations.csv
  const participations = new Map<string, HistoryParticipation>();
  const taking = (personRef: string, cohortRef: string) => `${personRef}|${cohortRef}`;
  for (const row of tables.participations) {
    const say = at("participations", row);
    const personRef = knownPerson(say, row, "person_ref");
    const cohortRef = knownCohort(say, row);
    const asRole = role(say, row);
    const fieldKey = row.get("field").toLowerCase();
    if (!context.fieldKeys.includes(fieldKey)) say("field", "field", { value: row.get("field"), fields: context.fieldKeys.join(", ") });
    if (personRef === null || cohortRef === null || asRole === null || !context.fieldKeys.includes(fieldKey)) continue;
    const key = taking(personRef, cohortRef);
    if (participations.has(key)) say("person_ref", "participationTwice", { line: participations.get(key)!.line });
    else participations.set(key, { personRef, cohortRef, role: asRole, fieldKey, line: row.line });
  }
  const takesPartAs = (say: ReturnType<typeof at>, column: string, personRef: string, cohortRef: string, asRole: HistoryRole): boolean => {
    const found = participations.get(taking(personRef, cohortRef));
    if (found?.role === asRole) return true;
    say(column, "notInCohortAs", { ref: personRef, cohort: cohortRef, role: asRole.toLowerCase() });
    return false;
  };

  // pairs.csv
  const pairs = new Map<string, HistoryPair>();
  for (const row of tables.pairs) {
    const say = at("pairs", row);
    const cohortRef = knownCohort(say, row);
    const menteeRef = knownPerson(say, row, "mentee_ref");
    const mentorRef = knownPerson(say, row, "mentor_ref");
    if (cohortRef === null || menteeRef === null || mentorRef === null) continue;
    const mentee = takesPartAs(say, "mentee_ref", menteeRef, cohortRef, "MENTEE");
    const mentor = takesPartAs(say, "mentor_ref", mentorRef, cohortRef, "MENTOR");
    if (!mentee || !mentor) continue;
    const key = `${cohortRef}|${menteeRef}|${mentorRef}`;
    if (pairs.has(key)) say(null, "pairTwice", { line: pairs.get(key)!.line });
    else pairs.set(key, { cohortRef, menteeRef, mentorRef, line: row.line });
  }

  // rounds.csv
  const rounds = new Map<string, HistoryRound>();
  const addRound = (cohortRef: string, builtInKey: BuiltInKey) => rounds.set(`${cohortRef}|${builtInKey}`, { cohortRef, builtInKey });
  for (const row of tables.rounds) {
    const say = at("rounds", row);
    const cohortRef = knownCohort(say, row);
    const builtInKey = instrument(say, row, role(say, row));
    if (cohortRef !== null && builtInKey !== null) addRound(cohortRef, builtInKey);
  }

  // responses.csv: rows grouped into responses, each checked against its questionnaire.
  const responses = new Map<string, HistoryResponse & { answerLines: Map<string, number> }>();
  for (const row of tables.responses) {
    const say = at("responses", row);
    const personRef = knownPerson(say, row, "person_ref");
    const cohortRef = knownCohort(say, row);
    const asRole = role(say, row);
    const builtInKey = instrument(say, row, asRole);
    const mode = MODES[row.get("mode").toLowerCase()];
    if (!mode) say("mode", "mode", { value: row.get("mode") });
    const submittedOn = row.get("submitted_on");
    const dayOk = isIsoDay(submittedOn);
    if (!dayOk) say("submitted_on", submittedOn === "" ? "required" : "date", { value: submittedOn, column: "submitted_on" });
    if (personRef === null || cohortRef === null || asRole === null || builtInKey === null) continue;
    if (!takesPartAs(say, "person_ref", personRef, cohortRef, asRole)) continue;

    const questionKey = row.get("question_key").toLowerCase();
    const question = getInstrument(builtInKey).questions.find((candidate) => candidate.key === questionKey);
    if (!question) {
      say("question_key", "question", { value: row.get("question_key"), instrument: builtInKey });
      continue;
    }
    const reading = readAnswer(question, row.get("answer"));
    if (!reading.ok) {
      say("answer", `answer.${reading.key}`, { ...reading.values, key: questionKey });
      continue;
    }
    if (!mode || !dayOk) continue;

    const responseKey = `${personRef}|${cohortRef}|${builtInKey}`;
    let response = responses.get(responseKey);
    if (!response) {
      response = { personRef, cohortRef, builtInKey, mode, submittedOn, answers: new Map(), line: row.line, answerLines: new Map() };
      responses.set(responseKey, response);
    } else if (response.mode !== mode || response.submittedOn !== submittedOn) {
      say(response.mode !== mode ? "mode" : "submitted_on", "responseDiffers", { line: response.line });
      continue;
    }
    if (response.answerLines.has(questionKey)) {
      say("question_key", "answerTwice", { key: questionKey, line: response.answerLines.get(questionKey)! });
      continue;
    }
    response.answerLines.set(questionKey, row.line);
    if (reading.answer) response.answers.set(questionKey, reading.answer);
  }

  // The skip logic, once each response is whole: a question answered that was not asked.
  for (const response of responses.values()) {
    const codes = new Map<string, string>();
    for (const [key, answer] of response.answers) if ("code" in answer) codes.set(key, answer.code);
    for (const question of getInstrument(response.builtInKey).questions) {
      if (!response.answers.has(question.key) || isAsked(question, codes)) continue;
      problems.push({
        file: "responses",
        line: response.answerLines.get(question.key)!,
        column: "answer",
        key: "notAsked",
        values: { key: question.key, when: question.showWhen!.key, codes: question.showWhen!.in.join(", ") },
      });
    }
    addRound(response.cohortRef, response.builtInKey);
  }

  problems.sort((a, b) => HISTORY_FILES.indexOf(a.file) - HISTORY_FILES.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    folder: {
      cohorts: [...cohorts.values()],
      people: [...people.values()],
      participations: [...participations.values()],
      pairs: [...pairs.values()],
      rounds: [...rounds.values()],
      responses: [...responses.values()].map(({ answerLines: _lines, ...response }) => response),
    },
  };
}
