import "server-only";
import { cache } from "react";
import { appUrl } from "@/lib/app-url";
import { requireManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

// Reads for the cohort pages. Each is given the viewer and starts from their rights to the cohort's
// programme: a foreign, missing or malformed id ends in notFound(), the same as a cohort that does
// not exist. They are cached per request (the viewer is the same object all through a request),
// since a page's metadata and its body ask for the same cohort.

/** The cohort's name, programme and status, for the header and tabs around every cohort page. */
export const getCohortHeader = cache(async (viewer: Viewer, cohortId: string) => {
  const cohort = await requireManagedCohort(viewer, cohortId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: cohort.programmeId }, select: { id: true, name: true } });
  return { id: cohort.id, name: cohort.name, status: cohort.status, programme };
});

/** Everything the overview shows: settings, the public link and a few counts. */
export const getCohortOverview = cache(async (viewer: Viewer, cohortId: string) => {
  const managed = await requireManagedCohort(viewer, cohortId);
  const [cohort, applications, participants, sessions, pairEnds] = await Promise.all([
    db.cohort.findUniqueOrThrow({
      where: { id: managed.id },
      select: {
        id: true,
        name: true,
        nameEn: true,
        status: true,
        startDate: true,
        endDate: true,
        applicationOpensAt: true,
        applicationClosesAt: true,
        defaultMentorCapacity: true,
        minMatchScore: true,
        menteeWishesEnabled: true,
        publicKey: true,
        closedAt: true,
        programme: { select: { id: true, name: true, defaultCohortMonths: true } },
      },
    }),
    db.application.groupBy({ by: ["status"], where: { cohortId: managed.id }, _count: { _all: true } }),
    db.participation.groupBy({ by: ["role"], where: { cohortId: managed.id }, _count: { _all: true } }),
    db.jointSession.count({ where: { cohortId: managed.id } }),
    db.pair.groupBy({ by: ["endedAs"], where: { cohortId: managed.id, status: "ENDED" }, _count: { _all: true } }),
  ]);
  const { publicKey, ...rest } = cohort;
  return {
    ...rest,
    publicLink: appUrl(paths.apply(publicKey)),
    counts: {
      applications: applications.reduce((total, row) => total + row._count._all, 0),
      submitted: applications.find((row) => row.status === "SUBMITTED")?._count._all ?? 0,
      mentors: participants.find((row) => row.role === "MENTOR")?._count._all ?? 0,
      mentees: participants.find((row) => row.role === "MENTEE")?._count._all ?? 0,
      sessions,
      /** Pairs that ran until the cohort closed, and pairs that ended before. */
      pairsRanCourse: pairEnds.find((row) => row.endedAs === "COHORT_CLOSED")?._count._all ?? 0,
      pairsEndedEarly: pairEnds.filter((row) => row.endedAs !== "COHORT_CLOSED").reduce((total, row) => total + row._count._all, 0),
    },
  };
});

export type CohortOverview = Awaited<ReturnType<typeof getCohortOverview>>;

/** The cohort's joint sessions in time order, with how many attendance marks each has. */
export const listCohortSessions = cache(async (viewer: Viewer, cohortId: string) => {
  const cohort = await requireManagedCohort(viewer, cohortId);
  const sessions = await db.jointSession.findMany({
    where: { cohortId: cohort.id },
    orderBy: [{ startsAt: "asc" }, { ordinal: "asc" }],
    select: {
      id: true,
      ordinal: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      description: true,
      _count: { select: { attendance: true } },
    },
  });
  return {
    cohort: { id: cohort.id, name: cohort.name, status: cohort.status },
    sessions: sessions.map(({ _count, ...session }) => ({ ...session, attendanceMarks: _count.attendance })),
  };
});

export type CohortSessionList = Awaited<ReturnType<typeof listCohortSessions>>;
