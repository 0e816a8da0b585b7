import { describe, expect, it } from "vitest";
import { canManageProgramme, canViewPair, homePath, sideInPair, type PairFacts, type Viewer } from "@/lib/auth/policy";

const programmeA = "0190a000-0000-7000-8000-00000000000a";
const programmeB = "0190a000-0000-7000-8000-00000000000b";

function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: "0190a000-0000-7000-8000-000000000001",
    name: "Test",
    email: "test@example.com",
    locale: "sv",
    adminOrganizationIds: [],
    programmeIds: [],
    participations: [],
    ...overrides,
  };
}

const mentor = viewer({ id: "mentor", participations: [{ id: "p1", cohortId: "c1", role: "MENTOR" }] });
const mentee = viewer({ id: "mentee", participations: [{ id: "p2", cohortId: "c1", role: "MENTEE" }] });
const otherMentor = viewer({ id: "other", participations: [{ id: "p3", cohortId: "c1", role: "MENTOR" }] });
const coordinatorA = viewer({ id: "coord-a", programmeIds: [programmeA] });
const coordinatorB = viewer({ id: "coord-b", programmeIds: [programmeB] });

const pair = (status: PairFacts["status"]): PairFacts => ({
  status,
  programmeId: programmeA,
  mentorUserId: "mentor",
  menteeUserId: "mentee",
});

describe("who may see a pair", () => {
  it.each([
    ["its mentor", mentor, "ACTIVE", true],
    ["its mentee", mentee, "ACTIVE", true],
    ["its mentee after it ended", mentee, "ENDED", true],
    ["another pair's mentor", otherMentor, "ACTIVE", false],
    ["the coordinator of its programme", coordinatorA, "ACTIVE", true],
    ["a coordinator of another programme", coordinatorB, "ACTIVE", false],
    ["its mentor before it is published", mentor, "PROPOSED", false],
    ["its coordinator before it is published", coordinatorA, "PROPOSED", true],
  ] as const)("%s: %s", (_label, who, status, allowed) => {
    expect(canViewPair(who, pair(status))).toBe(allowed);
  });

  it("knows which side the viewer is on", () => {
    expect(sideInPair(mentor, pair("ACTIVE"))).toBe("MENTOR");
    expect(sideInPair(mentee, pair("ACTIVE"))).toBe("MENTEE");
    expect(sideInPair(coordinatorA, pair("ACTIVE"))).toBeNull();
  });
});

describe("programmes", () => {
  it("are managed only by their coordinators", () => {
    expect(canManageProgramme(coordinatorA, programmeA)).toBe(true);
    expect(canManageProgramme(coordinatorA, programmeB)).toBe(false);
    expect(canManageProgramme(mentor, programmeA)).toBe(false);
  });
});

describe("the home after signing in", () => {
  it("is the coordinator's for staff, else the role's, else the account page", () => {
    expect(homePath(coordinatorA)).toBe("/coordinator");
    expect(homePath(viewer({ adminOrganizationIds: ["org"] }))).toBe("/coordinator");
    expect(homePath(mentor)).toBe("/mentor");
    expect(homePath(mentee)).toBe("/mentee");
    expect(
      homePath(
        viewer({
          participations: [
            { id: "a", cohortId: "c0", role: "MENTEE" },
            { id: "b", cohortId: "c1", role: "MENTOR" },
          ],
        }),
      ),
    ).toBe("/mentor");
    expect(homePath(viewer())).toBe("/account");
  });
});
