import { paths } from "@/lib/paths";

// Pure authorization rules. Every page and action asks these with facts read from the database
// for the resource at hand; nothing here trusts what a form or URL claims about roles.

export type ParticipantSide = "MENTOR" | "MENTEE";

export type Viewer = {
  id: string;
  name: string;
  email: string | null;
  locale: "sv" | "en";
  /** Organisations whose administrator the viewer is. */
  adminOrganizationIds: string[];
  /** Programmes the viewer may run: appointed as coordinator, or administrator of the organisation. */
  programmeIds: string[];
  participations: Array<{ id: string; cohortId: string; role: ParticipantSide }>;
};

export type PairFacts = {
  status: "PROPOSED" | "ACTIVE" | "ENDED";
  programmeId: string;
  mentorUserId: string | null;
  menteeUserId: string | null;
};

export function isAdministrator(viewer: Viewer, organizationId: string): boolean {
  return viewer.adminOrganizationIds.includes(organizationId);
}

export function canManageProgramme(viewer: Viewer, programmeId: string): boolean {
  return viewer.programmeIds.includes(programmeId);
}

export function hasRole(viewer: Viewer, role: ParticipantSide): boolean {
  return viewer.participations.some((participation) => participation.role === role);
}

export function isStaff(viewer: Viewer): boolean {
  return viewer.programmeIds.length > 0 || viewer.adminOrganizationIds.length > 0;
}

/**
 * Which side of the pair the viewer is on, or null. Proposals on the matching board are not
 * pairs yet: participants never see them.
 */
export function sideInPair(viewer: Viewer, pair: PairFacts): ParticipantSide | null {
  if (pair.status === "PROPOSED") return null;
  if (pair.mentorUserId === viewer.id) return "MENTOR";
  if (pair.menteeUserId === viewer.id) return "MENTEE";
  return null;
}

/** A participant sees their own pair; a coordinator sees the pairs of their programmes. */
export function canViewPair(viewer: Viewer, pair: PairFacts): boolean {
  return sideInPair(viewer, pair) !== null || canManageProgramme(viewer, pair.programmeId);
}

/** The page a person lands on after signing in. */
export function homePath(viewer: Viewer): string {
  if (isStaff(viewer)) return paths.coordinator();
  if (hasRole(viewer, "MENTOR")) return paths.mentor();
  if (hasRole(viewer, "MENTEE")) return paths.mentee();
  return paths.account();
}

/**
 * Whether a pair's people may still change what the pair keeps (its goals, its next meeting): only
 * while it runs. A pair that ended, or whose cohort closed, stays as it was, for both to read.
 */
export function pairIsOpen(pair: { status: PairFacts["status"]; cohortClosed: boolean }): boolean {
  return pair.status === "ACTIVE" && !pair.cohortClosed;
}
