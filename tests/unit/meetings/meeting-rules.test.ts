import { describe, expect, it } from "vitest";
import {
  asksPartnerAgain,
  changedFields,
  heldOnProblem,
  meetingState,
  stockholmToday,
  withinChangeWindow,
  type MeetingFacts,
} from "@/lib/meetings/meeting-rules";
import { meetingFieldsFromForm, meetingSchema } from "@/lib/meetings/meeting-schemas";

// The rules of a logged meeting: which days it may be said to have happened on (Stockholm's days),
// the 30 days its author may change it, its state, and which changes ask the partner again.

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("the day a meeting happened on", () => {
  // 23:30 UTC on 14 March is already 15 March in Stockholm (UTC+1 in winter).
  const lateEvening = new Date("2031-03-14T23:30:00Z");
  const published = new Date("2031-03-02T23:30:00Z"); // 3 March in Stockholm

  it("is today or earlier by Stockholm's calendar", () => {
    expect(stockholmToday(lateEvening)).toBe("2031-03-15");
    expect(heldOnProblem("2031-03-15", published, lateEvening)).toBeNull();
    expect(heldOnProblem("2031-03-16", published, lateEvening)).toBe("meetings.errors.dateInFuture");
  });

  it("is not before the Stockholm day the pair was published", () => {
    expect(heldOnProblem("2031-03-03", published, lateEvening)).toBeNull();
    expect(heldOnProblem("2031-03-02", published, lateEvening)).toBe("meetings.errors.beforePublished");
  });

  it("is a real date", () => {
    expect(heldOnProblem("2031-02-30", published, lateEvening)).toBe("validation.dateFormat");
  });
});

describe("the 30 days to change a meeting", () => {
  const logged = new Date("2031-03-01T10:00:00Z");
  it("are open until 30 days after logging, and closed after", () => {
    expect(withinChangeWindow(logged, new Date("2031-03-31T09:59:59Z"))).toBe(true);
    expect(withinChangeWindow(logged, new Date("2031-03-31T10:00:00Z"))).toBe(false);
  });
});

describe("a meeting's state", () => {
  it("waits, is confirmed, or is disputed (a dispute counts over an old confirmation)", () => {
    expect(meetingState({ confirmedAt: null, disputedAt: null })).toBe("waiting");
    expect(meetingState({ confirmedAt: new Date(), disputedAt: null })).toBe("confirmed");
    expect(meetingState({ confirmedAt: new Date(), disputedAt: new Date() })).toBe("disputed");
  });
});

describe("an edit", () => {
  const before: MeetingFacts = {
    heldOn: day("2031-03-10"),
    durationMinutes: 60,
    mode: "VIDEO",
    topics: ["networking", "other"],
    sharedNotes: null,
  };

  it("asks the partner again when the day, the length or the way of meeting changes", () => {
    for (const change of [{ heldOn: day("2031-03-11") }, { durationMinutes: 90 }, { mode: "PHONE" }]) {
      const changed = changedFields(before, { ...before, ...change });
      expect(changed).toHaveLength(1);
      expect(asksPartnerAgain(changed)).toBe(true);
    }
  });

  it("leaves the partner's answer standing for new topics or notes, in any order", () => {
    expect(changedFields(before, { ...before, topics: ["other", "networking"], sharedNotes: "" })).toEqual([]);
    const changed = changedFields(before, { ...before, topics: ["career_plan"], sharedNotes: "We talked." });
    expect(changed).toEqual(["topics", "sharedNotes"]);
    expect(asksPartnerAgain(changed)).toBe(false);
  });
});

describe("the meeting form", () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
    return meetingSchema.safeParse(meetingFieldsFromForm(data));
  };
  const valid = { heldOn: "2031-03-10", durationMinutes: "60", mode: "VIDEO", topics: ["networking"], sharedNotes: "", privateNote: "" };
  const keysOf = (result: ReturnType<typeof form>): Record<string, string> =>
    result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));

  it("reads one ticked topic, several, or none", () => {
    expect(form(valid).data?.topics).toEqual(["networking"]);
    expect(form({ ...valid, topics: ["networking", "other"] }).data?.topics).toEqual(["networking", "other"]);
    expect(form({ ...valid, topics: [] }).success).toBe(true);
  });

  it("names what is wrong next to each field", () => {
    expect(keysOf(form({ ...valid, heldOn: "", durationMinutes: "", mode: [] }))).toEqual({
      heldOn: "meetings.errors.dateMissing",
      durationMinutes: "meetings.errors.durationMissing",
      mode: "meetings.errors.modeMissing",
    });
    expect(keysOf(form({ ...valid, heldOn: "10/3/2031", durationMinutes: "2", topics: ["gossip"] }))).toEqual({
      heldOn: "validation.dateFormat",
      durationMinutes: "validation.outOfRange",
      topics: "validation.invalid",
    });
    expect(keysOf(form({ ...valid, durationMinutes: "481" }))).toEqual({ durationMinutes: "validation.outOfRange" });
    expect(keysOf(form({ ...valid, privateNote: "x".repeat(2001) }))).toEqual({ privateNote: "validation.tooLong" });
  });
});
