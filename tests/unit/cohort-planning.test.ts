import { describe, expect, it } from "vitest";
import { cohortDateProblems, cohortSchema } from "@/lib/cohorts/cohort-schemas";
import { planJointSessions } from "@/lib/cohorts/joint-session-plan";
import { addCalendarMonths, endOfStockholmDay, parseCalendarDate, stockholmInstant, toStockholmParts } from "@/lib/cohorts/stockholm-time";

const day = (value: string) => parseCalendarDate(value)!;

describe("Stockholm local time", () => {
  it("converts wall-clock times in winter, in summer and on the days the clocks change", () => {
    expect(stockholmInstant("2026-01-15", "17:00").toISOString()).toBe("2026-01-15T16:00:00.000Z");
    expect(stockholmInstant("2026-07-15", "17:00").toISOString()).toBe("2026-07-15T15:00:00.000Z");
    expect(stockholmInstant("2026-03-29", "17:00").toISOString()).toBe("2026-03-29T15:00:00.000Z");
    expect(stockholmInstant("2026-10-25", "17:00").toISOString()).toBe("2026-10-25T16:00:00.000Z");
    expect(toStockholmParts(new Date("2026-10-25T16:00:00Z"))).toEqual({ date: "2026-10-25", time: "17:00" });
    expect(endOfStockholmDay("2026-06-15").toISOString()).toBe("2026-06-15T21:59:59.999Z");
  });

  it("knows real calendar dates and adds months the way people count them", () => {
    expect(parseCalendarDate("2026-02-29")).toBeNull();
    expect(parseCalendarDate("15/3/2026")).toBeNull();
    expect(addCalendarMonths(day("2026-01-31"), 1)).toEqual(day("2026-02-28"));
    expect(addCalendarMonths(day("2026-09-01"), 7)).toEqual(day("2027-04-01"));
  });
});

describe("the first plan of joint sessions", () => {
  it("puts three sessions at the start, the middle and the end, in the evening", () => {
    const plan = planJointSessions(day("2026-09-01"), day("2027-04-01"), 3);
    expect(plan.map((session) => session.title.kind)).toEqual(["kickoff", "midway", "closing"]);
    expect(plan.map((session) => toStockholmParts(session.startsAt))).toEqual([
      { date: "2026-09-01", time: "17:00" },
      { date: "2026-12-16", time: "17:00" },
      { date: "2027-04-01", time: "17:00" },
    ]);
    expect(plan.map((session) => toStockholmParts(session.endsAt).time)).toEqual(["19:00", "19:00", "19:00"]);
  });

  it("spreads any number evenly, numbering the ones between", () => {
    expect(planJointSessions(day("2026-01-01"), day("2026-07-01"), 0)).toEqual([]);
    expect(planJointSessions(day("2026-01-01"), day("2026-07-01"), 1).map((session) => session.title)).toEqual([{ kind: "kickoff" }]);
    const four = planJointSessions(day("2026-01-01"), day("2026-01-31"), 4);
    expect(four.map((session) => session.title)).toEqual([
      { kind: "kickoff" },
      { kind: "numbered", number: 2 },
      { kind: "numbered", number: 3 },
      { kind: "closing" },
    ]);
    expect(four.map((session) => toStockholmParts(session.startsAt).date)).toEqual([
      "2026-01-01",
      "2026-01-11",
      "2026-01-21",
      "2026-01-31",
    ]);
    expect(planJointSessions(day("2026-01-01"), day("2026-01-31"), 5)[2]!.title).toEqual({ kind: "midway" });
  });
});

describe("a cohort's dates", () => {
  const dates = { startDate: "2026-09-01", endDate: "2027-04-01", applicationOpensAt: "2026-05-01", applicationClosesAt: "2026-06-15" };

  it("accept a cohort that ends after it starts, with a window closing after it opens", () => {
    expect(cohortDateProblems(dates)).toEqual([]);
    expect(cohortDateProblems({ ...dates, endDate: "", applicationOpensAt: "", applicationClosesAt: "" })).toEqual([]);
    expect(cohortDateProblems({ ...dates, applicationClosesAt: "2026-05-01" })).toEqual([]);
  });

  it("name the field that is wrong", () => {
    expect(cohortDateProblems({ ...dates, endDate: "2026-09-01" })).toEqual([{ field: "endDate", key: "cohorts.errors.endBeforeStart" }]);
    expect(cohortDateProblems({ ...dates, applicationClosesAt: "2026-04-30" })).toEqual([
      { field: "applicationClosesAt", key: "cohorts.errors.closesBeforeOpens" },
    ]);
    expect(cohortDateProblems({ ...dates, applicationClosesAt: "2027-04-02" })).toEqual([
      { field: "applicationClosesAt", key: "cohorts.errors.closesAfterEnd" },
    ]);
  });

  it("are checked by the form's schema together with the other fields", () => {
    const parsed = cohortSchema.safeParse({
      ...dates,
      endDate: "2026-08-01",
      name: "",
      defaultMentorCapacity: "1",
      menteeWishesEnabled: false,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual(
      expect.arrayContaining([
        ["name", "cohorts.errors.nameMissing"],
        ["endDate", "cohorts.errors.endBeforeStart"],
      ]),
    );
  });
});
