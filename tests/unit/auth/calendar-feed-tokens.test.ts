import { beforeAll, describe, expect, it } from "vitest";
import { calendarFeedToken, readCalendarFeedToken } from "@/lib/auth/calendar-feed-tokens";

const id = "01900000-0000-7000-8000-00000000abcd";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-that-is-long-enough-too";
});

describe("calendar feed tokens", () => {
  it("are read back as the participation they were made for, and hold nothing else", () => {
    const token = calendarFeedToken(id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readCalendarFeedToken(token)).toBe(id);
  });

  it("are refused when any character changes, or when signed with another secret", () => {
    const token = calendarFeedToken(id);
    for (let at = 0; at < token.length; at += 1) {
      const changed = token.slice(0, at) + (token[at] === "A" ? "B" : "A") + token.slice(at + 1);
      expect(readCalendarFeedToken(changed)).toBeNull();
    }
    const secret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another-secret-that-is-long-enough-to-sign";
    try {
      expect(readCalendarFeedToken(token)).toBeNull();
    } finally {
      process.env.NEXTAUTH_SECRET = secret;
    }
  });
});
