import { describe, expect, it } from "vitest";
import { attendanceOpen } from "@/lib/cohorts/attendance-rules";
import { attendanceFromForm, attendanceSchema } from "@/lib/cohorts/attendance-schemas";

describe("when attendance may be marked", () => {
  const startsAt = new Date("2026-03-04T16:00:00Z"); // 17:00 in Stockholm

  it("opens on the session's day in Stockholm, not the day before", () => {
    expect(attendanceOpen(startsAt, new Date("2026-03-03T22:59:00Z"))).toBe(false); // 23:59 the day before
    expect(attendanceOpen(startsAt, new Date("2026-03-03T23:00:00Z"))).toBe(true); // midnight, the day itself
    expect(attendanceOpen(startsAt, new Date("2026-09-01T10:00:00Z"))).toBe(true);
  });
});

describe("the attendance form", () => {
  const a = "01900000-0000-7000-8000-000000000001";
  const b = "01900000-0000-7000-8000-000000000002";

  it("reads one choice per person and ignores other fields", () => {
    const form = new FormData();
    form.set(`attendance.${a}`, "PRESENT");
    form.set(`attendance.${b}`, "EXCUSED");
    form.set("other", "x");
    expect(attendanceSchema.parse(attendanceFromForm(form))).toEqual({
      marks: [
        { participationId: a, status: "PRESENT" },
        { participationId: b, status: "EXCUSED" },
      ],
    });
  });

  it("refuses a person sent twice, an unknown choice, a malformed id and an empty form", () => {
    const twice = new FormData();
    twice.append(`attendance.${a}`, "PRESENT");
    twice.append(`attendance.${a}`, "ABSENT");
    const unknown = new FormData();
    unknown.set(`attendance.${a}`, "LATE");
    const malformed = new FormData();
    malformed.set("attendance.someone", "PRESENT");
    for (const form of [twice, unknown, malformed, new FormData()]) {
      expect(attendanceSchema.safeParse(attendanceFromForm(form)).success).toBe(false);
    }
  });
});
