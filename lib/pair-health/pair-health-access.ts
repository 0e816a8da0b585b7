import "server-only";
import { canManageProgramme, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";

/**
 * A published pair (running or ended) of a cohort whose programme the viewer runs, for the
 * coordinator's note; null otherwise (a proposal, another programme's pair, an archived cohort, a
 * malformed id), which the action answers as "not found". A pair's own mentor and mentee get null
 * too: the note is for coordinators only.
 */
export async function findCoordinatedPair(viewer: Viewer, pairId: unknown) {
  if (!isId(pairId)) return null;
  const pair = await db.pair.findUnique({
    where: { id: pairId, status: { in: ["ACTIVE", "ENDED"] }, cohort: { archivedAt: null, programme: { archivedAt: null } } },
    select: { id: true, cohortId: true, cohort: { select: { programmeId: true, status: true, closedAt: true } } },
  });
  if (!pair || !canManageProgramme(viewer, pair.cohort.programmeId)) return null;
  return {
    id: pair.id,
    cohortId: pair.cohortId,
    programmeId: pair.cohort.programmeId,
    closed: pair.cohort.status === "CLOSED" || pair.cohort.closedAt !== null,
  };
}
