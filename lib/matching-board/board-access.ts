import "server-only";
import { notFound } from "next/navigation";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";

// Who may see and change a cohort's matching: the coordinators of its programme (and the
// organisation's administrators). The board's own actions are bound to the cohort and look up
// their proposal or exclusion inside the cohort's lock; a published pair is reached through its
// cohort. Anyone else finds nothing.

type BoardRow = { id: string; cohortId: string };

/** The cohort of a board row, when the viewer may match that cohort. */
async function managedRow(viewer: Viewer, row: BoardRow | null): Promise<BoardRow | null> {
  const cohort = row ? await findManagedCohort(viewer, row.cohortId) : null;
  return row && cohort ? { id: row.id, cohortId: cohort.id } : null;
}

/** A pair (a published or ended one) of a cohort the viewer may match, or null. */
export async function findManagedPair(viewer: Viewer, pairId: string): Promise<BoardRow | null> {
  if (!isId(pairId)) return null;
  return managedRow(viewer, await db.pair.findUnique({ where: { id: pairId }, select: { id: true, cohortId: true } }));
}

/**
 * For the board's reads: the cohort, when the viewer may match it, or the page is not found. The
 * check is read once per page view, shared with the cohort's layout (findManagedCohort is cached
 * per request).
 */
export async function requireMatchableCohort(viewer: Viewer, cohortId: string) {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) notFound();
  return cohort;
}
