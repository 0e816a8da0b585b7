import { describe, expect, it } from "vitest";
import {
  acceptsApplications,
  allowedTransitions,
  canMoveTo,
  COHORT_STATUSES,
  nextStatus,
  previousStatus,
  type CohortStatus,
} from "@/lib/cohorts/cohort-status";

describe("cohort status steps", () => {
  it("moves forward one step at a time and stops at closed", () => {
    expect(nextStatus("PLANNING")).toBe("RECRUITING");
    expect(nextStatus("RECRUITING")).toBe("MATCHING");
    expect(nextStatus("MATCHING")).toBe("ACTIVE");
    expect(nextStatus("ACTIVE")).toBe("CLOSED");
    expect(nextStatus("CLOSED")).toBeNull();
  });

  it("steps back one step, except from planning and from closed", () => {
    expect(previousStatus("PLANNING")).toBeNull();
    expect(previousStatus("RECRUITING")).toBe("PLANNING");
    expect(previousStatus("MATCHING")).toBe("RECRUITING");
    expect(previousStatus("ACTIVE")).toBe("MATCHING");
    expect(previousStatus("CLOSED")).toBeNull();
  });

  it("allows exactly the neighbouring steps, forward first", () => {
    expect(allowedTransitions("PLANNING")).toEqual(["RECRUITING"]);
    expect(allowedTransitions("RECRUITING")).toEqual(["MATCHING", "PLANNING"]);
    expect(allowedTransitions("ACTIVE")).toEqual(["CLOSED", "MATCHING"]);
    expect(allowedTransitions("CLOSED")).toEqual([]);
  });

  it("refuses jumps, staying put and leaving closed, for every pair of statuses", () => {
    const allowed = new Set([
      "PLANNING>RECRUITING",
      "RECRUITING>MATCHING",
      "MATCHING>ACTIVE",
      "ACTIVE>CLOSED",
      "RECRUITING>PLANNING",
      "MATCHING>RECRUITING",
      "ACTIVE>MATCHING",
    ]);
    for (const from of COHORT_STATUSES) {
      for (const to of COHORT_STATUSES) {
        expect(canMoveTo(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
      }
    }
  });
});

describe("acceptsApplications", () => {
  const now = new Date("2026-03-15T12:00:00Z");
  const recruiting = (applicationOpensAt: Date | null, applicationClosesAt: Date | null, status: CohortStatus = "RECRUITING") => ({
    status,
    applicationOpensAt,
    applicationClosesAt,
  });

  it("takes applications while recruiting without a window", () => {
    expect(acceptsApplications(recruiting(null, null), now)).toBe(true);
  });

  it("takes none in any other status, even inside the window", () => {
    for (const status of COHORT_STATUSES.filter((candidate) => candidate !== "RECRUITING")) {
      expect(acceptsApplications(recruiting(null, null, status), now), status).toBe(false);
    }
  });

  it("respects the window, both ends included", () => {
    const opens = new Date("2026-03-01T08:00:00Z");
    const closes = new Date("2026-03-31T22:00:00Z");
    expect(acceptsApplications(recruiting(opens, closes), now)).toBe(true);
    expect(acceptsApplications(recruiting(opens, closes), opens)).toBe(true);
    expect(acceptsApplications(recruiting(opens, closes), closes)).toBe(true);
    expect(acceptsApplications(recruiting(opens, closes), new Date(opens.getTime() - 1))).toBe(false);
    expect(acceptsApplications(recruiting(opens, closes), new Date(closes.getTime() + 1))).toBe(false);
  });

  it("handles a window open at one end", () => {
    expect(acceptsApplications(recruiting(new Date("2026-04-01T00:00:00Z"), null), now)).toBe(false);
    expect(acceptsApplications(recruiting(new Date("2026-03-01T00:00:00Z"), null), now)).toBe(true);
    expect(acceptsApplications(recruiting(null, new Date("2026-03-14T00:00:00Z")), now)).toBe(false);
    expect(acceptsApplications(recruiting(null, new Date("2026-03-16T00:00:00Z")), now)).toBe(true);
  });
});
