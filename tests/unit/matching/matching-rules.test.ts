import { describe, expect, it } from "vitest";
import { evaluatePair, hindrancesFor, suggestMatching } from "@/lib/matching/matching-engine";
import { cohort, mentee, mentor } from "./matching-fixtures";

function pairs(result: ReturnType<typeof suggestMatching>): string[] {
  return result.proposals.map((proposal) => `${proposal.menteeId}>${proposal.mentorId}`).sort();
}

describe("hard rules", () => {
  it("pairs within the professional field, even against a better score elsewhere", () => {
    const input = cohort({
      mentees: [mentee("a", { fieldKey: "law", industries: ["banking_finance"] })],
      mentors: [mentor("lawyer", { fieldKey: "law" }), mentor("economist", { fieldKey: "economics", industries: ["banking_finance"] })],
    });
    expect(pairs(suggestMatching(input))).toEqual(["a>lawyer"]);
    const refused = evaluatePair(input, "a", "economist");
    expect(refused.allowed).toBe(false);
    expect(refused.explanation.brokenRules).toEqual(["sameField"]);
  });

  it("leaves a mentee with no mentor of the field unmatched, saying why", () => {
    const result = suggestMatching(
      cohort({ mentees: [mentee("a", { fieldKey: "law" })], mentors: [mentor("m", { fieldKey: "economics" })] }),
    );
    expect(result.proposals).toEqual([]);
    expect(result.unmatched).toEqual([{ menteeId: "a", reason: "no_allowed_mentor" }]);
  });

  it("crosses fields when the rule is relaxed, preferring the same field through the field criterion", () => {
    const settings = { rules: { sameField: false } };
    const across = cohort({ settings, mentees: [mentee("a", { fieldKey: "law" })], mentors: [mentor("m", { fieldKey: "economics" })] });
    expect(pairs(suggestMatching(across))).toEqual(["a>m"]);
    const evaluation = evaluatePair(across, "a", "m");
    expect(evaluation.allowed).toBe(true);
    expect(evaluation.explanation.relaxedRules).toEqual(["sameField"]);

    const both = cohort({
      settings,
      mentees: [mentee("a", { fieldKey: "law" })],
      mentors: [mentor("economist", { fieldKey: "economics" }), mentor("lawyer", { fieldKey: "law" })],
    });
    expect(pairs(suggestMatching(both))).toEqual(["a>lawyer"]);
  });

  it("requires a shared language unless relaxed", () => {
    const parts = {
      mentees: [mentee("a", { languages: [{ code: "ar", level: "fluent" as const }] })],
      mentors: [mentor("m", { languages: [{ code: "sv", level: "fluent" as const }] })],
    };
    expect(evaluatePair(cohort(parts), "a", "m").explanation.brokenRules).toEqual(["sharedLanguage"]);
    expect(suggestMatching(cohort(parts)).unmatched).toEqual([{ menteeId: "a", reason: "no_allowed_mentor" }]);
    expect(pairs(suggestMatching(cohort({ ...parts, settings: { rules: { sharedLanguage: false } } })))).toEqual(["a>m"]);
  });

  it("counts a language both speak at any level as shared", () => {
    const input = cohort({
      mentees: [mentee("a", { languages: [{ code: "sv", level: "basic" }] })],
      mentors: [mentor("m", { languages: [{ code: "sv", level: "fluent" }] })],
    });
    expect(evaluatePair(input, "a", "m").allowed).toBe(true);
  });

  it("fills a mentor up to capacity exactly and no further", () => {
    const input = cohort({
      mentees: [mentee("a"), mentee("b"), mentee("c")],
      mentors: [mentor("m", { capacity: 2 })],
    });
    const result = suggestMatching(input);
    expect(result.proposals).toHaveLength(2);
    expect(result.unmatched).toEqual([{ menteeId: "c", reason: "no_capacity_left" }]);
    expect(result.mentors).toEqual([{ mentorId: "m", capacity: 2, used: 2, remaining: 0 }]);
  });

  it("never proposes a mentor without capacity, and says so for a pair by hand", () => {
    const input = cohort({ mentees: [mentee("a")], mentors: [mentor("m", { capacity: 0 })] });
    expect(suggestMatching(input).unmatched).toEqual([{ menteeId: "a", reason: "no_capacity_left" }]);
    expect(evaluatePair(input, "a", "m").explanation.brokenRules).toEqual(["capacity"]);
  });

  it("keeps people from the same employer apart unless relaxed, comparing names loosely", () => {
    const parts = { mentees: [mentee("a", { employer: "Acme  AB" })], mentors: [mentor("m", { employer: " acme ab" })] };
    expect(evaluatePair(cohort(parts), "a", "m").explanation.brokenRules).toEqual(["differentEmployer"]);
    const relaxed = cohort({ ...parts, settings: { rules: { differentEmployer: false } } });
    expect(pairs(suggestMatching(relaxed))).toEqual(["a>m"]);
    expect(evaluatePair(relaxed, "a", "m").explanation.relaxedRules).toEqual(["differentEmployer"]);
    const unknown = cohort({ mentees: [mentee("a", { employer: null })], mentors: [mentor("m", { employer: null })] });
    expect(evaluatePair(unknown, "a", "m").allowed).toBe(true);
  });

  it("does not pair two people again, in whichever roles they were paired, unless relaxed", () => {
    const mentees = [mentee("a", { personId: "anna" })];
    const mentors = [mentor("m", { personId: "mona" })];
    for (const previous of [
      { mentorPersonId: "mona", menteePersonId: "anna" },
      { mentorPersonId: "anna", menteePersonId: "mona" },
    ]) {
      const input = cohort({ mentees, mentors, previousPairings: [previous] });
      expect(evaluatePair(input, "a", "m").explanation.brokenRules).toEqual(["notPairedBefore"]);
      expect(suggestMatching(input).proposals).toEqual([]);
      const relaxed = cohort({ mentees, mentors, previousPairings: [previous], settings: { rules: { notPairedBefore: false } } });
      expect(pairs(suggestMatching(relaxed))).toEqual(["a>m"]);
    }
  });

  it("treats a person without an account as never paired before", () => {
    const input = cohort({
      mentees: [mentee("a", { personId: null })],
      mentors: [mentor("m", { personId: null })],
      previousPairings: [{ mentorPersonId: "x", menteePersonId: "y" }],
    });
    expect(evaluatePair(input, "a", "m").allowed).toBe(true);
  });

  it("never proposes an excluded pair, and the rule cannot be switched off", () => {
    const input = cohort({
      mentees: [mentee("a"), mentee("b")],
      mentors: [mentor("m"), mentor("n")],
      exclusions: [{ mentorId: "m", menteeId: "a" }],
      settings: {
        rules: { sameField: false, sharedLanguage: false, differentEmployer: false, notPairedBefore: false, genderPreference: false },
      },
    });
    expect(pairs(suggestMatching(input))).toEqual(["a>n", "b>m"]);
    expect(evaluatePair(input, "a", "m").explanation.brokenRules).toEqual(["notExcluded"]);
  });

  it("treats a mentor on the avoid list as excluded where the cohort enables wishes, and ignores the list elsewhere", () => {
    const parts = { mentees: [mentee("a", { avoid: ["m"] })], mentors: [mentor("m")] };
    const withWishes = cohort({ ...parts, settings: { wishesEnabled: true } });
    expect(evaluatePair(withWishes, "a", "m").explanation.brokenRules).toEqual(["notAvoided"]);
    expect(suggestMatching(withWishes).unmatched).toEqual([{ menteeId: "a", reason: "no_allowed_mentor" }]);
    expect(pairs(suggestMatching(cohort(parts)))).toEqual(["a>m"]);
  });

  it("honours a stated gender preference on either side, unless relaxed", () => {
    const woman = mentor("woman", { gender: "FEMALE" });
    const man = mentor("man", { gender: "MALE" });
    const unknown = mentor("unknown", { gender: null });
    const input = cohort({ mentees: [mentee("a", { gender: "FEMALE", genderPreference: "FEMALE" })], mentors: [man, unknown, woman] });
    expect(evaluatePair(input, "a", "man").explanation.brokenRules).toEqual(["genderPreference"]);
    expect(evaluatePair(input, "a", "unknown").explanation.brokenRules).toEqual(["genderPreference"]);
    expect(evaluatePair(input, "a", "woman").allowed).toBe(true);
    expect(pairs(suggestMatching(input))).toEqual(["a>woman"]);

    const mentorPrefers = cohort({
      mentees: [mentee("a", { gender: "MALE" })],
      mentors: [mentor("m", { gender: "FEMALE", genderPreference: "FEMALE" })],
    });
    expect(evaluatePair(mentorPrefers, "a", "m").explanation.brokenRules).toEqual(["genderPreference"]);

    const relaxed = cohort({
      mentees: [mentee("a", { genderPreference: "FEMALE" })],
      mentors: [man],
      settings: { rules: { genderPreference: false } },
    });
    expect(pairs(suggestMatching(relaxed))).toEqual(["a>man"]);
  });

  it("lists every broken rule of a pair, in a fixed order", () => {
    const input = cohort({
      mentees: [mentee("a", { fieldKey: "hr", languages: [{ code: "ar", level: "fluent" }], employer: "X", genderPreference: "MALE" })],
      mentors: [mentor("m", { employer: "x", gender: "FEMALE", capacity: 0 })],
      exclusions: [{ mentorId: "m", menteeId: "a" }],
      previousPairings: [{ mentorPersonId: "person-m", menteePersonId: "person-a" }],
    });
    expect(evaluatePair(input, "a", "m").explanation.brokenRules).toEqual([
      "sameField",
      "sharedLanguage",
      "capacity",
      "differentEmployer",
      "notPairedBefore",
      "notExcluded",
      "genderPreference",
    ]);
  });
});

describe("locked pairs", () => {
  it("are kept as they are, first, even when they break a rule, and their mentees are not matched again", () => {
    const input = cohort({
      mentees: [mentee("a"), mentee("b")],
      mentors: [mentor("lawyer", { capacity: 2 }), mentor("economist", { fieldKey: "economics" })],
      lockedPairs: [{ mentorId: "economist", menteeId: "a" }],
    });
    const result = suggestMatching(input);
    expect(result.proposals.map(({ menteeId, mentorId, locked }) => ({ menteeId, mentorId, locked }))).toEqual([
      { menteeId: "a", mentorId: "economist", locked: true },
      { menteeId: "b", mentorId: "lawyer", locked: false },
    ]);
    expect(result.proposals[0]!.explanation.brokenRules).toEqual(["sameField"]);
    expect(result.objective).toEqual({ matched: 1, totalScore: result.proposals[1]!.score });
  });

  it("consume their mentor's capacity", () => {
    const locked = { mentorId: "m", menteeId: "a" };
    const full = suggestMatching(
      cohort({ mentees: [mentee("a"), mentee("b")], mentors: [mentor("m", { capacity: 1 })], lockedPairs: [locked] }),
    );
    expect(full.unmatched).toEqual([{ menteeId: "b", reason: "no_capacity_left" }]);
    expect(full.mentors).toEqual([{ mentorId: "m", capacity: 1, used: 1, remaining: 0 }]);

    const room = suggestMatching(
      cohort({ mentees: [mentee("a"), mentee("b"), mentee("c")], mentors: [mentor("m", { capacity: 2 })], lockedPairs: [locked] }),
    );
    expect(room.proposals).toHaveLength(2);
    expect(room.unmatched).toHaveLength(1);
    expect(room.mentors[0]).toEqual({ mentorId: "m", capacity: 2, used: 2, remaining: 0 });
  });

  it("tell a pair by hand whether the mentor still has room", () => {
    const input = cohort({
      mentees: [mentee("a"), mentee("b")],
      mentors: [mentor("m", { capacity: 1 })],
      lockedPairs: [{ mentorId: "m", menteeId: "a" }],
    });
    expect(evaluatePair(input, "b", "m").explanation.brokenRules).toEqual(["capacity"]);
    expect(evaluatePair(input, "a", "m").allowed).toBe(true);
  });

  it("must name people of the cohort, one lock per mentee", () => {
    expect(() =>
      suggestMatching(cohort({ mentees: [mentee("a")], mentors: [mentor("m")], lockedPairs: [{ mentorId: "x", menteeId: "a" }] })),
    ).toThrow(/not in the cohort/);
    expect(() =>
      suggestMatching(
        cohort({
          mentees: [mentee("a")],
          mentors: [mentor("m"), mentor("n")],
          lockedPairs: [
            { mentorId: "m", menteeId: "a" },
            { mentorId: "n", menteeId: "a" },
          ],
        }),
      ),
    ).toThrow(/two mentors/);
  });
});

describe("input checks", () => {
  it("refuses duplicate ids, bad capacities and settings out of range", () => {
    expect(() => suggestMatching(cohort({ mentees: [mentee("a"), mentee("a")], mentors: [] }))).toThrow(/twice/);
    expect(() => suggestMatching(cohort({ mentees: [], mentors: [mentor("m", { capacity: 1.5 })] }))).toThrow(/capacity/);
    expect(() => cohort({ mentees: [], mentors: [], settings: { weights: { industry: 11 } } })).toThrow(RangeError);
    expect(() => cohort({ mentees: [], mentors: [], settings: { minimumScore: -1 } })).toThrow(RangeError);
  });

  it("handles an empty cohort", () => {
    expect(suggestMatching(cohort({ mentees: [], mentors: [] }))).toEqual({
      proposals: [],
      unmatched: [],
      mentors: [],
      objective: { matched: 0, totalScore: 0 },
    });
  });
});

describe("what keeps a mentee from a mentor", () => {
  it("names a profile with no language, no mentor of the field, no shared language, and otherwise the rules, the minimum or the room", () => {
    const input = cohort({
      mentees: [
        mentee("silent", { languages: [] }),
        mentee("economist", { fieldKey: "economics" }),
        mentee("arabic", { languages: [{ code: "ar", level: "fluent" }] }),
        mentee("excluded"),
        mentee("waiting"),
        mentee("fine"),
      ],
      mentors: [mentor("lawyer", { capacity: 2 }), mentor("other-lawyer", { capacity: 1 })],
      exclusions: [
        { menteeId: "excluded", mentorId: "lawyer" },
        { menteeId: "excluded", mentorId: "other-lawyer" },
      ],
      // Two of the three places are taken by proposals standing.
      lockedPairs: [
        { menteeId: "fine", mentorId: "lawyer" },
        { menteeId: "waiting", mentorId: "other-lawyer" },
      ],
    });
    const found = hindrancesFor(input, ["silent", "economist", "arabic", "excluded", "fine"]);
    expect(Object.fromEntries(found)).toEqual({
      silent: ["no_languages"],
      economist: ["no_mentor_of_field"],
      arabic: ["no_shared_language"],
      excluded: ["no_allowed_mentor"],
      fine: [],
    });
    const full = cohort({ mentees: [mentee("a"), mentee("b")], mentors: [mentor("m")], lockedPairs: [{ menteeId: "a", mentorId: "m" }] });
    expect(hindrancesFor(full, ["b"]).get("b")).toEqual(["no_capacity_left"]);
    const high = cohort({
      settings: { minimumScore: 100, weights: { industry: 10 } },
      mentees: [mentee("a", { industries: ["it"] })],
      mentors: [mentor("m")],
    });
    expect(hindrancesFor(high, ["a"]).get("a")).toEqual(["below_minimum_score"]);
  });
});
