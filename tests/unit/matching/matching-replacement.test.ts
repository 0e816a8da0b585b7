import { describe, expect, it } from "vitest";
import { rankMentorsForMentee, rankReplacements } from "@/lib/matching/matching-engine";
import { cohort, mentee, mentor, only } from "./matching-fixtures";

// When a pair ends early the mentee goes back to the pool; the coordinator sees the mentors who
// could take over, best first. Pairs still running are passed as locked pairs: they use capacity.

const input = cohort({
  settings: { weights: only("industry"), minimumScore: 30 },
  mentees: [mentee("a", { industries: ["it", "media"] }), mentee("b"), mentee("c")],
  mentors: [
    mentor("ended", { industries: ["it"], capacity: 2 }),
    mentor("full", { industries: ["it"], capacity: 1 }),
    mentor("good", { industries: ["it", "media"], capacity: 2 }),
    mentor("fair", { industries: ["media", "public_sector"] }),
    mentor("weak", { industries: ["insurance"] }),
    mentor("excluded", { industries: ["it", "media"] }),
    mentor("economist", { fieldKey: "economics", industries: ["it", "media"] }),
  ],
  lockedPairs: [
    { mentorId: "full", menteeId: "b" },
    { mentorId: "good", menteeId: "c" },
  ],
  exclusions: [{ mentorId: "excluded", menteeId: "a" }],
});

describe("replacement suggestions", () => {
  it("rank the mentors with room who break no rule, best first, without the ended partner", () => {
    const ranked = rankReplacements(input, "a", "ended");
    expect(ranked.map((entry) => [entry.mentorId, entry.score])).toEqual([
      ["good", 100],
      ["fair", 50],
    ]);
    expect(ranked[0]!.explanation.criteria.find((entry) => entry.criterion === "industry")?.details).toEqual({
      shared: ["it", "media"],
      menteeOnly: [],
      mentorOnly: [],
    });
  });

  it("include the ended partner's place when no partner is named", () => {
    expect(rankReplacements(input, "a", null).map((entry) => entry.mentorId)).toEqual(["ended", "good", "fair"]);
  });

  it("are empty when no mentor qualifies", () => {
    const none = cohort({ mentees: [mentee("a")], mentors: [mentor("m", { fieldKey: "hr" })] });
    expect(rankReplacements(none, "a", null)).toEqual([]);
  });
});

describe("mentors for a pair by hand", () => {
  it("list every mentor: allowed first, then below the minimum, then those breaking a rule, each with why", () => {
    const ranked = rankMentorsForMentee(input, "a");
    expect(ranked.map((entry) => entry.mentorId)).toEqual(["ended", "good", "fair", "weak", "full", "excluded", "economist"]);
    expect(ranked.find((entry) => entry.mentorId === "weak")).toMatchObject({ allowed: true, belowMinimumScore: true, score: 0 });
    expect(ranked.find((entry) => entry.mentorId === "full")?.explanation.brokenRules).toEqual(["capacity"]);
    expect(ranked.find((entry) => entry.mentorId === "excluded")?.explanation.brokenRules).toEqual(["notExcluded"]);
    expect(ranked.find((entry) => entry.mentorId === "economist")?.explanation.brokenRules).toEqual(["sameField"]);
  });

  it("refuses an unknown mentee", () => {
    expect(() => rankMentorsForMentee(input, "nobody")).toThrow(/no mentee/);
  });
});
