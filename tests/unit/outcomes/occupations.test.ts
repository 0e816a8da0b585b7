import { describe, expect, it } from "vitest";
import {
  findOccupation,
  judgeQualified,
  occupationName,
  postSecondaryFromParticipation,
  requiresHigherEducation,
  searchOccupations,
} from "@/lib/outcomes/occupations";
import { outcomeSchema } from "@/lib/outcomes/outcome-schemas";
import { SSYK_MAJOR_GROUPS, SSYK_OCCUPATIONS } from "@/lib/outcomes/ssyk-2012";

describe("the SSYK 2012 list", () => {
  it("has the 10 major groups and the 46 sub-major groups, each code once, under its major group", () => {
    expect(SSYK_MAJOR_GROUPS.map((group) => group.code)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(SSYK_OCCUPATIONS).toHaveLength(46);
    const codes = SSYK_OCCUPATIONS.map((occupation) => occupation.code);
    expect(new Set(codes).size).toBe(46);
    for (const occupation of SSYK_OCCUPATIONS) {
      expect(occupation.code).toMatch(/^\d\d$/);
      expect(SSYK_MAJOR_GROUPS.some((group) => group.code === occupation.code[0])).toBe(true);
      expect(occupation.sv.trim()).not.toBe("");
      expect(occupation.en.trim()).not.toBe("");
    }
  });

  it("gives the skill level of ISCO-08 by major group: 2 and 3 are 4 and 3, 4 to 8 are 2, 9 is 1", () => {
    const levels = (major: string) => new Set(SSYK_OCCUPATIONS.filter((o) => o.code.startsWith(major)).map((o) => o.skillLevel));
    expect(levels("2")).toEqual(new Set([4]));
    expect(levels("3")).toEqual(new Set([3]));
    for (const major of ["4", "5", "6", "7", "8"]) expect(levels(major)).toEqual(new Set([2]));
    expect(levels("9")).toEqual(new Set([1]));
    expect(levels("1")).toEqual(new Set([3, 4]));
    expect(findOccupation("01")?.skillLevel).toBe(4);
    expect(findOccupation("03")?.skillLevel).toBe(1);
  });

  it("names an occupation in the reader's language", () => {
    const lawyers = findOccupation("26")!;
    expect(occupationName(lawyers, "sv")).toBe(
      "Yrken med krav på fördjupad högskolekompetens inom juridik, kultur och socialt arbete m.m.",
    );
    expect(occupationName(lawyers, "en")).toBe("Legal, social and cultural professionals");
    expect(findOccupation("99")).toBeNull();
    expect(findOccupation("")).toBeNull();
  });
});

describe("searchOccupations", () => {
  it("finds by Swedish or English words, in either language, without regard to case or accents", () => {
    expect(searchOccupations("juridik").map((o) => o.code)).toEqual(["26"]);
    expect(searchOccupations("LEGAL").map((o) => o.code)).toEqual(["26", "34"]);
    expect(searchOccupations("hogskolekompetens ekonomi").map((o) => o.code)).toEqual(["24", "33"]);
    expect(searchOccupations("technology professionals").map((o) => o.code)).toEqual(["25"]);
  });

  it("finds by code, and everything for an empty search, nothing for a word nobody has", () => {
    expect(searchOccupations("25").map((o) => o.code)).toEqual(["25"]);
    expect(searchOccupations("  ")).toHaveLength(46);
    expect(searchOccupations("astronaut")).toEqual([]);
  });
});

describe("judgeQualified", () => {
  it("judges a job of major groups 1 to 3 qualified for a person with a post-secondary education", () => {
    for (const code of ["11", "17", "21", "24", "26", "31", "35"]) {
      expect(judgeQualified({ occupationCode: code, postSecondaryEducation: true })).toBe(true);
    }
  });

  it("judges a job of major groups 4 to 9 not qualified for the same person", () => {
    for (const code of ["41", "52", "53", "61", "72", "83", "91", "96"]) {
      expect(judgeQualified({ occupationCode: code, postSecondaryEducation: true })).toBe(false);
    }
  });

  it("follows the skill level in the armed forces: officers yes, other ranks no", () => {
    expect(judgeQualified({ occupationCode: "01", postSecondaryEducation: true })).toBe(true);
    expect(judgeQualified({ occupationCode: "02", postSecondaryEducation: true })).toBe(false);
    expect(judgeQualified({ occupationCode: "03", postSecondaryEducation: true })).toBe(false);
  });

  it("makes no judgement without a known education, without one after school, or without a known occupation", () => {
    expect(judgeQualified({ occupationCode: "24", postSecondaryEducation: null })).toBeNull();
    expect(judgeQualified({ occupationCode: "24", postSecondaryEducation: false })).toBeNull();
    expect(judgeQualified({ occupationCode: null, postSecondaryEducation: true })).toBeNull();
    expect(judgeQualified({ occupationCode: "99", postSecondaryEducation: true })).toBeNull();
  });

  it("reads a filled-in degree as a post-secondary education, and a missing one as unknown", () => {
    expect(postSecondaryFromParticipation({ educationDegree: "Juristexamen, Bagdads universitet" })).toBe(true);
    expect(postSecondaryFromParticipation({ educationDegree: "  " })).toBeNull();
    expect(postSecondaryFromParticipation({ educationDegree: null })).toBeNull();
  });

  it("agrees with requiresHigherEducation for every occupation of the list", () => {
    for (const occupation of SSYK_OCCUPATIONS) {
      expect(judgeQualified({ occupationCode: occupation.code, postSecondaryEducation: true })).toBe(requiresHigherEducation(occupation));
    }
  });
});

describe("outcomeSchema", () => {
  const job = {
    type: "JOB_STARTED",
    occurredOn: "2026-10-01",
    jobTitle: "Bolagsjurist",
    employer: "Vattenfall",
    occupationQuery: "",
    occupationCode: "26",
    throughProgramme: "yes",
    qualified: "no",
    note: "",
  };

  it("reads a job started with its occupation and the person's answers", () => {
    const parsed = outcomeSchema.parse(job);
    expect(parsed).toMatchObject({ type: "JOB_STARTED", occupationCode: "26", throughProgramme: true, qualified: false, note: null });
    expect(parsed.occurredOn.toISOString()).toBe("2026-10-01T00:00:00.000Z");
  });

  it("asks a job for its title and occupation, next to those fields", () => {
    const result = outcomeSchema.safeParse({ ...job, jobTitle: "", occupationCode: "" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["jobTitle", "occupationCode"]));
  });

  it("refuses a code outside the list and a date that is not one", () => {
    expect(outcomeSchema.safeParse({ ...job, occupationCode: "99" }).success).toBe(false);
    expect(outcomeSchema.safeParse({ ...job, occurredOn: "2026-02-30" }).success).toBe(false);
  });

  it("keeps no job fields on a reference", () => {
    const parsed = outcomeSchema.parse({ ...job, type: "USEFUL_REFERENCE" });
    expect(parsed).toMatchObject({ jobTitle: null, employer: null, occupationCode: null, qualified: null, throughProgramme: null });
  });
});
