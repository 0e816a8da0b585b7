import "server-only";
import { requireManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { now } from "@/lib/clock";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { db } from "@/lib/db";
import { HEALTH_FILTERS, type HealthFilter, type HealthFilters } from "@/lib/pair-health/pair-health-schemas";
import { queryPairHealth, type PairHealthRow } from "@/lib/pair-health/pair-health-table";

// The health page of a cohort, for the coordinators of its programme only: a foreign, missing or
// malformed cohort ends in notFound(). Participants never reach it, and no participant's query
// reads the coordinator's note.

export type CohortHealth = {
  cohort: { id: string; name: string; closed: boolean };
  /** The day the figures are counted to (Stockholm), YYYY-MM-DD. */
  today: string;
  intervalDays: number;
  /** Running pairs, the ones that need a call first; filtered when a filter is set. */
  running: PairHealthRow[];
  /** How many running pairs in all, before the filter. */
  runningTotal: number;
  ended: PairHealthRow[];
  /** Running pairs per filter, for the filter's choices. */
  counts: Record<HealthFilter, number>;
};

function matches(row: PairHealthRow, filter: HealthFilter): boolean {
  return filter === "behind" ? row.behind : row.flags.includes(filter);
}

export async function getCohortHealth(viewer: Viewer, cohortId: string, filters: HealthFilters = {}): Promise<CohortHealth> {
  const managed = await requireManagedCohort(viewer, cohortId);
  const today = toStockholmParts(now()).date;
  const [cohort, rows] = await Promise.all([
    db.cohort.findUniqueOrThrow({
      where: { id: managed.id },
      select: { id: true, name: true, status: true, closedAt: true, programme: { select: { meetingIntervalDays: true } } },
    }),
    queryPairHealth(db, managed.id, today),
  ]);
  const running = rows.filter((row) => row.status === "ACTIVE");
  const counts = Object.fromEntries(
    HEALTH_FILTERS.map((filter) => [filter, running.filter((row) => matches(row, filter)).length]),
  ) as Record<HealthFilter, number>;
  return {
    cohort: { id: cohort.id, name: cohort.name, closed: cohort.status === "CLOSED" || cohort.closedAt !== null },
    today,
    intervalDays: cohort.programme.meetingIntervalDays,
    running: filters.flag ? running.filter((row) => matches(row, filters.flag!)) : running,
    runningTotal: running.length,
    ended: filters.flag ? [] : rows.filter((row) => row.status !== "ACTIVE"),
    counts,
  };
}
