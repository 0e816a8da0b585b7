import { describe, expect, it } from "vitest";
import { nextSession, nextSteps } from "@/lib/participants/next-steps";

const now = new Date("2026-11-29T12:00:00Z");
const session = (ordinal: number, startsAt: string) => ({
  id: `session-${ordinal}`,
  ordinal,
  title: `Session ${ordinal}`,
  startsAt: new Date(startsAt),
  endsAt: new Date(new Date(startsAt).getTime() + 3 * 3_600_000),
  location: "Folkets hus",
});
const sessions = [session(1, "2026-09-01T16:00:00Z"), session(3, "2027-03-30T16:00:00Z"), session(2, "2026-12-15T16:00:00Z")];
const partner = {
  name: "Karin Lindberg",
  email: "karin@example.test",
  phone: "070-174 06 91",
  city: null,
  field: { sv: "Jurist", en: "Lawyer" },
};

const home = (overrides: Partial<Parameters<typeof nextSteps>[0]> = {}): Parameters<typeof nextSteps>[0] => ({
  id: "participation",
  status: "ACTIVE",
  cohort: { status: "ACTIVE" },
  wishesOpen: false,
  pairs: [],
  sessions,
  ...overrides,
});

describe("what a participant's home says to do next", () => {
  it("takes the first session still to begin as the next, whatever the order of the list", () => {
    expect(nextSession(sessions, now)?.id).toBe("session-2");
    expect(nextSession(sessions, new Date("2027-04-01T00:00:00Z"))).toBeNull();
    expect(nextSession([], now)).toBeNull();
  });

  it("asks a pair just made to get in touch for a first meeting, one that has met to plan the next, and names the next session", () => {
    const pairs = [
      { id: "new", status: "ACTIVE" as const, partner, meetingCount: 0 },
      { id: "met", status: "ACTIVE" as const, partner, meetingCount: 3 },
      { id: "ended", status: "ENDED" as const, partner, meetingCount: 5 },
    ];
    expect(nextSteps(home({ pairs }), now)).toEqual([
      { kind: "contactPartner", pairId: "new", partner, firstMeeting: true },
      { kind: "contactPartner", pairId: "met", partner, firstMeeting: false },
      { kind: "session", session: sessions[2] },
    ]);
  });

  it("asks a mentee without a pair to choose wishes while they are open", () => {
    expect(nextSteps(home({ cohort: { status: "MATCHING" }, wishesOpen: true }), now)).toEqual([
      { kind: "chooseWishes", participationId: "participation" },
      { kind: "session", session: sessions[2] },
    ]);
  });

  it("says nothing once the cohort is closed or the person's part in it has ended", () => {
    const pairs = [{ id: "new", status: "ACTIVE" as const, partner, meetingCount: 0 }];
    expect(nextSteps(home({ pairs, cohort: { status: "CLOSED" } }), now)).toEqual([]);
    expect(nextSteps(home({ pairs, status: "WITHDRAWN" }), now)).toEqual([]);
    expect(nextSteps(home({ pairs, status: "COMPLETED" }), now)).toEqual([]);
  });
});
