import { describe, expect, it } from "vitest";
import { pairIsOpen } from "@/lib/auth/policy";

// What a pair keeps (goals, the next meeting) changes only while the pair runs.

describe("pairIsOpen", () => {
  it.each([
    ["ACTIVE", false, true],
    ["ACTIVE", true, false],
    ["ENDED", false, false],
    ["ENDED", true, false],
    ["PROPOSED", false, false],
  ] as const)("a %s pair, cohort closed %s: %s", (status, cohortClosed, open) => {
    expect(pairIsOpen({ status, cohortClosed })).toBe(open);
  });
});
