import type { CohortStatus } from "@/lib/generated/prisma/client";

// A cohort's life: planning → recruiting → matching → active → closed. A coordinator moves it one
// step forward, or one step back to undo a step taken too early. Closed is final: a closed cohort's
// pairs have ended and only its reports remain, so reopening it would change figures already
// reported. These rules are pure so pages, actions and the public application page agree.

export const COHORT_STATUSES = ["PLANNING", "RECRUITING", "MATCHING", "ACTIVE", "CLOSED"] as const satisfies readonly CohortStatus[];

export type { CohortStatus };

function position(status: CohortStatus): number {
  return COHORT_STATUSES.indexOf(status);
}

/** The next status, or null for a closed cohort. */
export function nextStatus(status: CohortStatus): CohortStatus | null {
  return COHORT_STATUSES[position(status) + 1] ?? null;
}

/** The status one step back, or null from planning (nothing before it) and from closed (final). */
export function previousStatus(status: CohortStatus): CohortStatus | null {
  if (status === "CLOSED") return null;
  return COHORT_STATUSES[position(status) - 1] ?? null;
}

/** The statuses a coordinator may move the cohort to from here, forward first. */
export function allowedTransitions(status: CohortStatus): CohortStatus[] {
  return [nextStatus(status), previousStatus(status)].filter((candidate): candidate is CohortStatus => candidate !== null);
}

export function canMoveTo(from: CohortStatus, to: CohortStatus): boolean {
  return allowedTransitions(from).includes(to);
}

type ApplicationDates = { status: CohortStatus; applicationOpensAt: Date | null; applicationClosesAt: Date | null };

/**
 * Whether the public application page takes applications now: the cohort is recruiting and, when
 * the coordinator set an application window, `now` lies within it (both ends included).
 */
export function acceptsApplications(cohort: ApplicationDates, now: Date): boolean {
  if (cohort.status !== "RECRUITING") return false;
  if (cohort.applicationOpensAt && now.getTime() < cohort.applicationOpensAt.getTime()) return false;
  if (cohort.applicationClosesAt && now.getTime() > cohort.applicationClosesAt.getTime()) return false;
  return true;
}

export type ApplicationWindow =
  | { accepting: true; closesAt: Date | null }
  /** `opensAt` is set when a window that has not begun yet is planned. */
  | { accepting: false; opensAt: Date | null };

/** Whether the cohort takes applications now, and when that changes, as the page tells it. */
export function applicationWindow(cohort: ApplicationDates, now: Date): ApplicationWindow {
  if (acceptsApplications(cohort, now)) return { accepting: true, closesAt: cohort.applicationClosesAt };
  const upcoming =
    (cohort.status === "PLANNING" || cohort.status === "RECRUITING") &&
    cohort.applicationOpensAt !== null &&
    cohort.applicationOpensAt.getTime() > now.getTime();
  return { accepting: false, opensAt: upcoming ? cohort.applicationOpensAt : null };
}

/** The matching board is in use while the cohort is being matched. */
export function allowsMatching(status: CohortStatus): boolean {
  return status === "MATCHING";
}

/** Pairs meet and log meetings while the cohort runs. */
export function pairsMeet(status: CohortStatus): boolean {
  return status === "ACTIVE";
}

/** A closed cohort is read-only: its figures appear in reports and nothing else changes. */
export function isReadOnly(status: CohortStatus): boolean {
  return status === "CLOSED";
}
