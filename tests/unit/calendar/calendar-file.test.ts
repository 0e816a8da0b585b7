import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFile, calendarFileName, escapeText, foldLine } from "@/lib/calendar/calendar-file";

const updatedAt = new Date("2026-11-20T08:00:00Z");

function parse(text: string) {
  const parsed = ICAL.parse(text) as unknown[];
  const calendar = new ICAL.Component(parsed);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("calendarFile", () => {
  it("is read back by a calendar parser with the same times, texts and uids", () => {
    const text = calendarFile({
      name: "Mentorprogrammet, hösten 2026",
      events: [
        {
          uid: "session-1@tandem",
          startsAt: new Date("2026-03-04T16:00:00Z"),
          endsAt: new Date("2026-03-04T19:00:00Z"),
          title: "Uppstartsträff; välkomna, alla!",
          location: "Kulturhuset, Sergels torg 3\nStockholm",
          description: "Ta med ditt CV. ".repeat(20),
          url: "https://tandem.example/mentee",
          updatedAt,
        },
        {
          uid: "session-2@tandem",
          startsAt: new Date("2026-06-10T15:00:00Z"),
          endsAt: new Date("2026-06-10T18:00:00Z"),
          title: "Halvtidsträff",
          updatedAt,
        },
      ],
    });
    const events = parse(text);
    expect(events.map((event) => event.uid)).toEqual(["session-1@tandem", "session-2@tandem"]);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-03-04T16:00:00.000Z");
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe("2026-03-04T19:00:00.000Z");
    expect(events[0]!.summary).toBe("Uppstartsträff; välkomna, alla!");
    expect(events[0]!.location).toBe("Kulturhuset, Sergels torg 3\nStockholm");
    expect(events[0]!.description).toBe("Ta med ditt CV. ".repeat(20));
    expect(events[1]!.location).toBeNull();
  });

  it("ends every line with CRLF and keeps each within 75 octets", () => {
    const text = calendarFile({
      name: "x",
      events: [{ uid: "u", startsAt: updatedAt, endsAt: updatedAt, title: "å".repeat(100), updatedAt }],
    });
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n").slice(0, -1);
    expect(lines.every((line) => !line.includes("\n"))).toBe(true);
    expect(Math.max(...lines.map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(75);
  });
});

describe("pieces", () => {
  it("escapes the characters TEXT values reserve", () => {
    expect(escapeText("a\\b;c,d\r\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("never breaks a character apart when folding", () => {
    const folded = foldLine("SUMMARY:" + "ä".repeat(60));
    expect(folded.split("\r\n ").join("")).toBe("SUMMARY:" + "ä".repeat(60));
  });

  it("makes a file name without path or control characters", () => {
    expect(calendarFileName('Träff 1/2: "start"')).toBe("Träff 1 2 start.ics");
    expect(calendarFileName("\u0000")).toBe("calendar.ics");
  });
});
