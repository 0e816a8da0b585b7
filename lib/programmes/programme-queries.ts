import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireManagedProgramme } from "@/lib/auth/access";
import { isAdministrator, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { ApplicationStatus, CohortStatus } from "@/lib/generated/prisma/client";
import { buildPipeline, type CohortPipeline, type FieldName } from "@/lib/programmes/pipeline";

export type ApplicationCounts = Record<ApplicationStatus, number>;

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
  applications: ApplicationCounts;
  /** For cohorts still to be matched (planning, recruiting, matching); null once matched. */
  pipeline: CohortPipeline | null;
};

export type ProgrammeOverview = {
  id: string;
  name: string;
  description: string;
  organizationId: string;
  cohorts: CohortSummary[];
};

/** Statuses in which the home page shows what is missing for matching. */
const BEFORE_MATCHING: CohortStatus[] = ["PLANNING", "RECRUITING", "MATCHING"];

type CohortRow = Pick<CohortSummary, "id" | "name" | "status" | "startDate" | "endDate">;

/** Groups rows by cohort once, so building the page stays linear in the number of rows. */
function byCohort<T extends { cohortId: string }>(rows: T[]): (cohortId: string) => T[] {
  const buckets = new Map<string, T[]>();
  for (const row of rows) buckets.set(row.cohortId, [...(buckets.get(row.cohortId) ?? []), row]);
  return (cohortId) => buckets.get(cohortId) ?? [];
}

const total = <T extends { _count: { _all: number } }>(rows: T[], match: (row: T) => boolean = () => true) =>
  rows.filter(match).reduce((sum, row) => sum + row._count._all, 0);

/** The home page's counts of these cohorts, in five grouped queries, looked up by cohort. */
async function countCohorts(cohorts: CohortRow[]) {
  const cohortIds = cohorts.map((cohort) => cohort.id);
  const pipelineIds = cohorts.filter((cohort) => BEFORE_MATCHING.includes(cohort.status)).map((cohort) => cohort.id);
  const [participants, pools, pairs, meetings, applications] = cohortIds.length
    ? await Promise.all([
        db.participation.groupBy({ by: ["cohortId", "role"], where: { cohortId: { in: cohortIds } }, _count: { _all: true } }),
        // The pool for matching: people still taking part, by field, with their mentor places.
        pipelineIds.length
          ? db.participation.groupBy({
              by: ["cohortId", "role", "professionalFieldId"],
              where: { cohortId: { in: pipelineIds }, status: { in: ["INVITED", "ACTIVE"] } },
              _count: { _all: true },
              _sum: { mentorCapacity: true },
            })
          : Promise.resolve([]),
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
        db.application.groupBy({ by: ["cohortId", "status"], where: { cohortId: { in: cohortIds } }, _count: { _all: true } }),
      ])
    : [[], [], [], [], []];
  return {
    participantsOf: byCohort(participants),
    poolsOf: byCohort(pools),
    pairsOf: byCohort(pairs),
    meetingsOf: byCohort(meetings),
    applicationsOf: byCohort(applications),
  };
}

function summarizeCohort(cohort: CohortRow, fields: FieldName[], counts: Awaited<ReturnType<typeof countCohorts>>): CohortSummary {
  const participants = counts.participantsOf(cohort.id);
  const pairs = counts.pairsOf(cohort.id);
  const applied = counts.applicationsOf(cohort.id);
  return {
    ...cohort,
    mentors: total(participants, (row) => row.role === "MENTOR"),
    mentees: total(participants, (row) => row.role === "MENTEE"),
    activePairs: total(pairs, (row) => row.status === "ACTIVE"),
    pairs: total(pairs),
    meetings: counts.meetingsOf(cohort.id).reduce((sum, row) => sum + Number(row.meetings), 0),
    applications: {
      SUBMITTED: total(applied, (row) => row.status === "SUBMITTED"),
      ACCEPTED: total(applied, (row) => row.status === "ACCEPTED"),
      WAITLISTED: total(applied, (row) => row.status === "WAITLISTED"),
      DECLINED: total(applied, (row) => row.status === "DECLINED"),
    },
    pipeline: BEFORE_MATCHING.includes(cohort.status)
      ? buildPipeline(
          fields,
          counts.poolsOf(cohort.id).map((row) => ({
            role: row.role,
            professionalFieldId: row.professionalFieldId,
            count: row._count._all,
            capacity: row._sum.mentorCapacity ?? 0,
          })),
        )
      : null,
  };
}

/**
 * The programmes the viewer runs, each with its cohorts, their counts and, for cohorts not yet
 * matched, their recruitment pipeline. Everything is counted by the database in five grouped
 * queries, whatever the number of programmes, cohorts and applications.
 */
export async function listProgrammeOverviews(viewer: Viewer): Promise<ProgrammeOverview[]> {
  if (viewer.programmeIds.length === 0) return [];
  const programmes = await db.programme.findMany({
    where: { id: { in: viewer.programmeIds }, archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      organizationId: true,
      fields: { orderBy: { sortOrder: "asc" }, select: { id: true, key: true, nameSv: true, nameEn: true } },
      cohorts: {
        where: { archivedAt: null },
        orderBy: { startDate: "desc" },
        select: { id: true, name: true, status: true, startDate: true, endDate: true },
      },
    },
  });
  const counts = await countCohorts(programmes.flatMap((programme) => programme.cohorts));
  return programmes.map(({ fields, ...programme }) => ({
    ...programme,
    cohorts: programme.cohorts.map((cohort) => summarizeCohort(cohort, fields, counts)),
  }));
}

/** The programmes the viewer runs, A to Z, and whether as an appointed coordinator or as the organisation's administrator: for their account page. */
export async function listMyProgrammes(viewer: Viewer) {
  if (viewer.programmeIds.length === 0) return [];
  const programmes = await db.programme.findMany({
    where: { id: { in: viewer.programmeIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, coordinators: { where: { userId: viewer.id }, select: { userId: true } } },
  });
  return programmes.map(({ coordinators, ...programme }) => ({ ...programme, appointed: coordinators.length > 0 }));
}

/** The organisations the viewer may create programmes in. */
export async function listAdministeredOrganizations(viewer: Viewer) {
  if (viewer.adminOrganizationIds.length === 0) return [];
  return db.organization.findMany({
    where: { id: { in: viewer.adminOrganizationIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** For the new-programme page: the organisations to choose from; anyone who administers none finds nothing there. */
export async function requireProgrammeCreator(viewer: Viewer) {
  const organizations = await listAdministeredOrganizations(viewer);
  if (organizations.length === 0) notFound();
  return organizations;
}

/**
 * A programme's settings, fields, coordinators and cohorts, for its coordinators and administrators;
 * anyone else finds nothing. Cached per request: the page's metadata and its body both ask.
 */
export const getProgrammeSettings = cache(async (viewer: Viewer, programmeId: string) => {
  const programme = await requireManagedProgramme(viewer, programmeId);
  const row = await db.programme.findUniqueOrThrow({
    where: { id: programme.id },
    select: {
      id: true,
      name: true,
      description: true,
      nameEn: true,
      descriptionEn: true,
      organizationId: true,
      organization: { select: { name: true } },
      defaultCohortMonths: true,
      jointSessionCount: true,
      meetingIntervalDays: true,
      retentionMonths: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      fields: { orderBy: { sortOrder: "asc" }, select: { key: true, nameSv: true, nameEn: true, active: true } },
      coordinators: {
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      cohorts: {
        where: { archivedAt: null },
        orderBy: { startDate: "desc" },
        select: { id: true, name: true, status: true, startDate: true, endDate: true },
      },
    },
  });
  return {
    ...row,
    coordinators: row.coordinators.map((appointment) => ({ ...appointment.user, appointedAt: appointment.createdAt })),
    /** Appointing and removing coordinators is for the organisation's administrators. */
    canAppoint: isAdministrator(viewer, row.organizationId),
  };
});

export type ProgrammeSettings = Awaited<ReturnType<typeof getProgrammeSettings>>;

/** What the new-cohort form needs to know about a programme the viewer runs. */
export async function getNewCohortContext(viewer: Viewer, programmeId: string) {
  const programme = await requireManagedProgramme(viewer, programmeId);
  return db.programme.findUniqueOrThrow({
    where: { id: programme.id },
    select: { id: true, name: true, defaultCohortMonths: true, jointSessionCount: true },
  });
}
