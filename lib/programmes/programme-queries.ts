import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import type { CohortStatus } from "@/lib/generated/prisma/client";

export type CohortSummary = {
  id: string;
  name: string;
  status: CohortStatus;
  startDate: Date;
  endDate: Date;
  mentors: number;
  mentees: number;
  activePairs: number;
  pairs: number;
  meetings: number;
};

export type ProgrammeOverview = {
  id: string;
  name: string;
  description: string;
  cohorts: CohortSummary[];
};

/**
 * The programmes the viewer runs, each with its cohorts and their counts. Counting is done by
 * the database in three grouped queries, whatever the number of cohorts.
 */
export async function listProgrammeOverviews(viewer: Viewer): Promise<ProgrammeOverview[]> {
  if (viewer.programmeIds.length === 0) return [];
  const programmes = await db.programme.findMany({
    where: { id: { in: viewer.programmeIds } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      cohorts: {
        orderBy: { startDate: "desc" },
        select: { id: true, name: true, status: true, startDate: true, endDate: true },
      },
    },
  });
  const cohortIds = programmes.flatMap((programme) => programme.cohorts.map((cohort) => cohort.id));
  if (cohortIds.length === 0) return programmes.map((programme) => ({ ...programme, cohorts: [] }));

  const [participants, pairs, meetings] = await Promise.all([
    db.participation.groupBy({ by: ["cohortId", "role"], where: { cohortId: { in: cohortIds } }, _count: { _all: true } }),
    db.pair.groupBy({
      by: ["cohortId", "status"],
      where: { cohortId: { in: cohortIds }, status: { not: "PROPOSED" } },
      _count: { _all: true },
    }),
    db.$queryRaw<Array<{ cohortId: string; meetings: bigint }>>`
      SELECT p."cohortId", count(*) AS meetings
      FROM "Meeting" m JOIN "Pair" p ON p."id" = m."pairId"
      WHERE p."cohortId" = ANY(${cohortIds}::uuid[])
      GROUP BY p."cohortId"`,
  ]);

  const count = <T extends { cohortId: string }>(rows: T[], cohortId: string, match: (row: T) => boolean, value: (row: T) => number) =>
    rows.filter((row) => row.cohortId === cohortId && match(row)).reduce((sum, row) => sum + value(row), 0);

  return programmes.map((programme) => ({
    ...programme,
    cohorts: programme.cohorts.map((cohort) => ({
      ...cohort,
      mentors: count(
        participants,
        cohort.id,
        (row) => row.role === "MENTOR",
        (row) => row._count._all,
      ),
      mentees: count(
        participants,
        cohort.id,
        (row) => row.role === "MENTEE",
        (row) => row._count._all,
      ),
      activePairs: count(
        pairs,
        cohort.id,
        (row) => row.status === "ACTIVE",
        (row) => row._count._all,
      ),
      pairs: count(
        pairs,
        cohort.id,
        () => true,
        (row) => row._count._all,
      ),
      meetings: count(
        meetings,
        cohort.id,
        () => true,
        (row) => Number(row.meetings),
      ),
    })),
  }));
}
