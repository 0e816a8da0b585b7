import { describe, expect, it } from "vitest";
import { compareAttention, expectedMeetings, healthOf, type HealthFacts } from "@/lib/pair-health/pair-health-rules";

// The rules of pair health: when a pair is flagged, how many meetings the programme expects, and
// the order in which pairs need a call.

const running = (facts: Partial<HealthFacts>): HealthFacts => ({
  status: "ACTIVE",
  daysSincePublished: 60,
  held: 2,
  daysSinceLast: 10,
  openDisputes: 0,
  intervalDays: 30,
  ...facts,
});

describe("the flags of a pair", () => {
  it("flags no first meeting from three weeks after publishing, not a day before", () => {
    expect(healthOf(running({ held: 0, daysSinceLast: null, daysSincePublished: 20 })).flags).toEqual([]);
    expect(healthOf(running({ held: 0, daysSinceLast: null, daysSincePublished: 21 })).flags).toEqual(["noFirstMeeting"]);
  });

  it("flags a gap of more than six weeks since the last meeting held", () => {
    expect(healthOf(running({ daysSinceLast: 42 })).flags).toEqual([]);
    expect(healthOf(running({ daysSinceLast: 43 })).flags).toEqual(["longGap"]);
  });

  it("flags an open dispute, and counts a pair whose only meeting is disputed as having none", () => {
    expect(healthOf(running({ openDisputes: 1 })).flags).toEqual(["openDispute"]);
    expect(healthOf(running({ held: 0, daysSinceLast: null, openDisputes: 1, daysSincePublished: 30 })).flags).toEqual([
      "noFirstMeeting",
      "openDispute",
    ]);
  });

  it("flags no ended pair, whatever its figures", () => {
    const ended = healthOf(running({ status: "ENDED", held: 0, daysSinceLast: null, openDisputes: 2, daysSincePublished: 200 }));
    expect(ended).toMatchObject({ flags: [], behind: false, attention: 6 });
  });
});

describe("the expected meetings", () => {
  it("are one per interval since publishing", () => {
    expect(expectedMeetings(0, 30)).toBe(0);
    expect(expectedMeetings(29, 30)).toBe(0);
    expect(expectedMeetings(30, 30)).toBe(1);
    expect(expectedMeetings(95, 30)).toBe(3);
    expect(expectedMeetings(95, 14)).toBe(6);
    expect(expectedMeetings(-3, 30)).toBe(0);
  });

  it("mark a pair behind when it held fewer", () => {
    expect(healthOf(running({ daysSincePublished: 95, held: 2 }))).toMatchObject({ expected: 3, behind: true, attention: 4 });
    expect(healthOf(running({ daysSincePublished: 95, held: 3 }))).toMatchObject({ expected: 3, behind: false, attention: 5 });
  });
});

describe("the order in which pairs need a call", () => {
  it("puts no first meeting before a gap, a gap before a dispute, a dispute before behind, behind before on track", () => {
    const groups = [
      running({ held: 0, daysSinceLast: null, daysSincePublished: 25 }),
      running({ daysSinceLast: 50, held: 1 }),
      running({ openDisputes: 1 }),
      running({ daysSincePublished: 95, held: 1 }),
      running({}),
      running({ status: "ENDED" }),
    ].map((facts) => healthOf(facts).attention);
    expect(groups).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("within a group, puts the pair longest without a meeting first, then by name", () => {
    const pair = (id: string, sortName: string, facts: Partial<HealthFacts>) => ({ id, sortName, ...healthOf(running(facts)) });
    const pairs = [
      pair("c", "Bo", { daysSinceLast: 50 }),
      pair("a", "Ali", { daysSinceLast: 70 }),
      pair("b", "Ada", { daysSinceLast: 50 }),
      pair("d", "Ella", { held: 0, daysSinceLast: null, daysSincePublished: 22 }),
    ];
    expect(pairs.sort(compareAttention).map((row) => row.id)).toEqual(["d", "a", "b", "c"]);
  });

  it("counts the days without a meeting from publishing when there was none", () => {
    expect(healthOf(running({ held: 0, daysSinceLast: null, daysSincePublished: 33 })).daysWithout).toBe(33);
    expect(healthOf(running({ daysSinceLast: 12 })).daysWithout).toBe(12);
  });
});
