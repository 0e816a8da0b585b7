import { afterEach, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { nextMeetingSchema } from "@/lib/pairs/next-meeting-schemas";

// The planned next meeting's form: a Stockholm date and time that lies ahead, a length, a place.

afterEach(() => resetClock());

const messages = (input: Record<string, string>) => {
  const parsed = nextMeetingSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the next meeting's form", () => {
  it("reads a Stockholm wall-clock time as its instant, summer and winter", () => {
    setClock(new Date("2026-01-01T00:00:00Z"));
    expect(nextMeetingSchema.parse({ date: "2026-03-04", time: "17:00", minutes: "60", place: " " })).toEqual({
      startsAt: new Date("2026-03-04T16:00:00Z"),
      minutes: 60,
      place: null,
    });
    expect(nextMeetingSchema.parse({ date: "2026-07-04", time: "17:00", minutes: "45", place: "Zoom" }).startsAt).toEqual(
      new Date("2026-07-04T15:00:00Z"),
    );
  });

  it("refuses a time that has passed, next to the date, and moves with the clock", () => {
    const input = { date: "2026-11-29", time: "12:00", minutes: "60", place: "" };
    setClock(new Date("2026-11-29T10:59:00Z"));
    expect(messages(input)).toEqual({});
    setClock(new Date("2026-11-29T11:00:00Z"));
    expect(messages(input)).toEqual({ date: "nextMeeting.errors.notAhead" });
  });

  it("names each broken field", () => {
    expect(messages({ date: "", time: "", minutes: "", place: "" })).toMatchObject({
      date: "nextMeeting.errors.dateMissing",
      time: "nextMeeting.errors.timeMissing",
      minutes: "validation.required",
    });
    expect(messages({ date: "2031-02-29", time: "7:5", minutes: "481", place: "x".repeat(201) })).toMatchObject({
      date: "validation.dateFormat",
      time: "nextMeeting.errors.timeFormat",
      minutes: "validation.outOfRange",
      place: "validation.tooLong",
    });
  });
});
