import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HISTORY_FILES, isIsoDay, readHistory, type HistoryFile } from "@/lib/history/history-files";

const FIELDS = ["law", "economics", "social_science", "hr", "information_systems", "communications", "other"];

/** The example folder shipped with the format's documentation. */
function templates(): Record<HistoryFile, string> {
  const folder = path.join(process.cwd(), "docs", "history-templates");
  return Object.fromEntries(HISTORY_FILES.map((file) => [file, readFileSync(path.join(folder, `${file}.csv`), "utf8")])) as Record<
    HistoryFile,
    string
  >;
}

const problemsOf = (texts: Partial<Record<HistoryFile, string>>) =>
  readHistory(texts, { fieldKeys: FIELDS }).problems.map(({ file, line, column, key }) => [file, line, column, key]);

describe("readHistory", () => {
  it("reads the documented example folder without a problem", () => {
    const { problems, folder } = readHistory(templates(), { fieldKeys: FIELDS });
    expect(problems).toEqual([]);
    expect(folder.cohorts.map((cohort) => [cohort.ref, cohort.name, cohort.startDate])).toEqual([
      ["2014-h", "Hösten 2014", "2014-09-01"],
      ["2015-v", "Våren 2015", "2015-02-01"],
    ]);
    // A person without an email is anonymised; one without a name keeps none.
    expect(folder.people.map((person) => [person.ref, person.name, person.email])).toEqual([
      ["p001", "Amira Haddad", "amira.haddad@example.org"],
      ["p002", "Lars Nilsson", "lars.nilsson@example.org"],
      ["p003", null, null],
      ["p004", "Sofia Berg", null],
    ]);
    expect(folder.pairs).toHaveLength(2);
    // The rounds listed, and each one the answers imply, once.
    expect(folder.rounds.map((round) => `${round.cohortRef} ${round.builtInKey}`).sort()).toEqual([
      "2014-h goal_evaluation.mentee",
      "2014-h goal_evaluation.mentor",
      "2015-v effect_survey.mentee",
    ]);
    const [goals, effect] = folder.responses;
    expect(goals).toMatchObject({ personRef: "p001", builtInKey: "goal_evaluation.mentee", mode: "PAPER", submittedOn: "2015-03-31" });
    expect(Object.fromEntries(goals!.answers)).toEqual({
      useful_reference: { code: "yes" },
      job_interview: { code: "no" },
      workplace_culture: { number: 4 },
      recommend: { number: 9 },
    });
    expect(effect!.answers.get("contribution")).toEqual({ code: "direct_contacts" });
  });

  it("reads semicolons, a byte order mark, capitals in codes and headers in any order", () => {
    const files = templates();
    files.cohorts =
      "\uFEFFname;cohort_ref;end_date;start_date\nHösten 2014;2014-h;2015-03-31;2014-09-01\nVåren 2015;2015-v;2015-08-31;2015-02-01\n";
    files.participations = files.participations.replace("p001,2014-h,mentee,law", "p001,2014-h,Mentee,LAW");
    expect(problemsOf(files)).toEqual([]);
  });

  it("names every problem of the files with its file, line and column", () => {
    expect(
      problemsOf({
        cohorts: "cohort_ref,name,start_date,end_date\nc1,Hösten,2014-09-01,2014-08-01\nc1,Again,2014-09-01,2015-01-01\nc2,,2014-02-30,\n",
        people: "person_ref,name,email\np1,A,a@example.org\np2,B,A@example.org\np3,C,not-an-email\n",
        participations:
          "person_ref,cohort_ref,role,field\np1,c1,mentee,law\np2,c1,adept,law\np3,c1,mentor,medicine\nnobody,c9,mentor,law\np1,c1,mentee,law\n",
        pairs: "cohort_ref,mentee_ref,mentor_ref\nc1,p1,p2\n",
      }),
    ).toEqual([
      ["cohorts", 2, "end_date", "endBeforeStart"],
      ["cohorts", 3, "cohort_ref", "refTwice"],
      ["cohorts", 4, "name", "required"],
      ["cohorts", 4, "start_date", "date"],
      ["cohorts", 4, "end_date", "required"],
      ["people", 3, "email", "emailTwice"],
      ["people", 4, "email", "email"],
      ["participations", 3, "role", "role"],
      ["participations", 4, "field", "field"],
      ["participations", 5, "person_ref", "unknownPerson"],
      ["participations", 5, "cohort_ref", "unknownCohort"],
      ["participations", 6, "person_ref", "participationTwice"],
      ["pairs", 2, "mentor_ref", "notInCohortAs"],
    ]);
  });

  it("says which files and columns are missing, and which columns it does not know", () => {
    expect(problemsOf({ cohorts: "cohort_ref,name,start,end_date\n", people: "" })).toEqual([
      ["cohorts", 1, null, "unknownColumn"],
      ["cohorts", 1, "start_date", "missingColumn"],
      ["people", null, null, "noHeader"],
      ["participations", null, null, "missingFile"],
      ["pairs", null, null, "missingFile"],
    ]);
  });

  it("checks each answer against its question, the skip logic and one answer per question", () => {
    const files = templates();
    const header = "person_ref,cohort_ref,instrument,role,mode,submitted_on,question_key,answer";
    const row = (question: string, answer: string, extra = "phone,2018-05-14") =>
      `p003,2015-v,effect_survey,mentee,${extra},${question},${answer}`;
    files.responses = [
      header,
      row("qualified_job_now", "no"),
      row("qualified_job_obtained", "during"),
      row("contribution", "maybe"),
      row("searched_before", "yes"),
      row("searched_before", "no"),
      row("searched_after", "yes", "web,2018-05-14"),
      row("salary", "40000"),
      "p001,2014-h,goal_evaluation,mentee,paper,2015-03-31,recommend,11",
      "p001,2014-h,goal_evaluation,mentee,paper,2015-03-31,workplace_culture,3.5",
      "p002,2014-h,goal_evaluation,mentee,paper,2015-03-31,recommend,7",
      "p001,2014-h,goal_evaluation,mentee,fax,2015-13-01,job_interview,yes",
    ].join("\n");
    expect(problemsOf(files)).toEqual([
      ["responses", 3, "answer", "notAsked"],
      ["responses", 4, "answer", "answer.code"],
      ["responses", 6, "question_key", "answerTwice"],
      ["responses", 7, "mode", "responseDiffers"],
      ["responses", 8, "question_key", "question"],
      ["responses", 9, "answer", "answer.range"],
      ["responses", 10, "answer", "answer.wholeNumber"],
      ["responses", 11, "person_ref", "notInCohortAs"],
      ["responses", 12, "mode", "mode"],
      ["responses", 12, "submitted_on", "date"],
    ]);
  });
});

describe("the problems' messages", () => {
  it("exist in Swedish and English for every problem the reader names", async () => {
    const keys = new Set<string>();
    const collect = (texts: Partial<Record<HistoryFile, string>>) =>
      readHistory(texts, { fieldKeys: FIELDS }).problems.forEach((p) => keys.add(p.key));
    collect({ cohorts: "cohort_ref,x,x\n", pairs: "", participations: "person_ref,cohort_ref,role,field\n\u0001,c,x,y\n" });
    collect({
      cohorts: "cohort_ref,name,start_date,end_date\nc,N,2014-01-01,2013-01-01\nc,N,x,\n" + `${"x".repeat(101)},N,2014-01-01,2014-02-01\n`,
      people: "person_ref,name,email\np,A,a@example.org\np,B,a@example.org\nq,C,bad\n",
      participations: "person_ref,cohort_ref,role,field\np,c,mentee,law\np,c,mentee,law\nz,y,x,w\n",
      pairs: "cohort_ref,mentee_ref,mentor_ref\nc,p,p\n",
      rounds: "cohort_ref,instrument,role\nc,x,mentee\n",
      responses:
        "person_ref,cohort_ref,instrument,role,mode,submitted_on,question_key,answer\np,c,effect_survey,mentee,fax,2014-01-01,qualified_job_now,x\n",
    });
    expect(keys.size).toBeGreaterThan(15);
    for (const locale of ["sv", "en"]) {
      const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as {
        history: { problems: object };
      };
      for (const key of keys) {
        const found = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages.history.problems);
        expect(typeof found, `${locale}: history.problems.${key}`).toBe("string");
      }
    }
  });
});

describe("isIsoDay", () => {
  it("takes only real days written YYYY-MM-DD", () => {
    expect(["2016-02-29", "2015-12-31"].every(isIsoDay)).toBe(true);
    expect(["2015-02-29", "2015-1-01", "01/02/2015", "2015-12-31T00:00"].some(isIsoDay)).toBe(false);
  });
});
