import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/audit";
import type {
  ApplicationStatus,
  CohortStatus,
  PairStatus,
  ParticipantRole,
  ParticipationStatus,
  Prisma,
} from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";
import { peopleSearchLimit, type PeopleSearch } from "@/lib/people/people-schemas";

// Finding people across the cohorts of the programmes the viewer runs, and one person's history
// there: applications, participations and pairs. Nothing of another programme is read: every
// condition starts from the viewer's programmes. Searches are substrings of a name or an email
// (ILIKE), served by the trigram indexes on User and Application (see the migration
// people_search), and stop at a limit, so a search over 40,000 people stays a short read.

/** The cohorts a viewer's search and history look into. */
const inProgrammes = (viewer: Viewer): Prisma.CohortWhereInput => ({
  programmeId: { in: viewer.programmeIds },
  archivedAt: null,
  programme: { archivedAt: null },
});

const matches = (q: string) => [
  { name: { contains: q, mode: "insensitive" as const } },
  { email: { contains: q, mode: "insensitive" as const } },
];

type CohortRef = { id: string; name: string; programmeName: string };

export type FoundPerson = {
  id: string;
  name: string;
  email: string | null;
  /** Their latest cohorts in the viewer's programmes, newest first. */
  cohorts: Array<CohortRef & { role: ParticipantRole }>;
};

export type FoundApplicant = {
  applicationId: string;
  name: string;
  email: string | null;
  role: ParticipantRole;
  status: ApplicationStatus;
  cohort: CohortRef;
};

export type PeopleSearchResult = {
  /** People with an account who take or took part, or applied, in the viewer's programmes. */
  people: FoundPerson[];
  /** Applications from addresses without an account (nobody accepted them yet). */
  applicants: FoundApplicant[];
  /** More matched than are shown: the search should be narrower. */
  more: boolean;
};

const cohortSelect = { id: true, name: true, programme: { select: { name: true } } } as const;
const cohortRef = (cohort: { id: string; name: string; programme: { name: string } }): CohortRef => ({
  id: cohort.id,
  name: cohort.name,
  programmeName: cohort.programme.name,
});

/** People whose name or email holds the search text, in the programmes the viewer runs. */
export async function searchPeople(viewer: Viewer, search: PeopleSearch): Promise<PeopleSearchResult> {
  const q = search.q;
  if (!q || viewer.programmeIds.length === 0) return { people: [], applicants: [], more: false };
  const cohort = inProgrammes(viewer);
  const [users, applications] = await Promise.all([
    db.user.findMany({
      where: {
        erasedAt: null,
        OR: matches(q),
        AND: [{ OR: [{ participations: { some: { cohort } } }, { applications: { some: { cohort } } }] }],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: peopleSearchLimit + 1,
      select: {
        id: true,
        name: true,
        email: true,
        participations: {
          where: { cohort },
          orderBy: { cohort: { startDate: "desc" } },
          take: 3,
          select: { role: true, cohort: { select: cohortSelect } },
        },
      },
    }),
    db.application.findMany({
      where: { userId: null, cohort, OR: matches(q) },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: peopleSearchLimit + 1,
      select: { id: true, name: true, email: true, role: true, status: true, cohort: { select: cohortSelect } },
    }),
  ]);
  return {
    people: users.slice(0, peopleSearchLimit).map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      cohorts: user.participations.map((participation) => ({ ...cohortRef(participation.cohort), role: participation.role })),
    })),
    applicants: applications.slice(0, peopleSearchLimit).map((application) => ({
      applicationId: application.id,
      name: application.name,
      email: application.email,
      role: application.role,
      status: application.status,
      cohort: cohortRef(application.cohort),
    })),
    more: users.length > peopleSearchLimit || applications.length > peopleSearchLimit,
  };
}

type HistoryCohort = CohortRef & { status: CohortStatus; startDate: Date; endDate: Date };

export type PersonHistory = {
  id: string;
  name: string;
  email: string | null;
  applications: Array<{ id: string; role: ParticipantRole; status: ApplicationStatus; createdAt: Date; cohort: HistoryCohort }>;
  participations: Array<{
    id: string;
    role: ParticipantRole;
    status: ParticipationStatus;
    field: { nameSv: string; nameEn: string };
    cohort: HistoryCohort;
    pairs: Array<{ id: string; status: PairStatus; partner: string | null; publishedAt: Date | null; endedAt: Date | null }>;
  }>;
};

const historyCohortSelect = { ...cohortSelect, status: true, startDate: true, endDate: true } as const;
const historyCohort = (cohort: {
  id: string;
  name: string;
  status: CohortStatus;
  startDate: Date;
  endDate: Date;
  programme: { name: string };
}): HistoryCohort => ({ ...cohortRef(cohort), status: cohort.status, startDate: cohort.startDate, endDate: cohort.endDate });

const partnerSelect = { user: { select: { name: true, erasedAt: true } } } as const;

/**
 * One person's applications, participations and pairs in the programmes the viewer runs, newest
 * first. Not found for a person with nothing there (whatever they have elsewhere) and for an
 * erased one. Reading it shows personal data, so it is written to the audit log per programme.
 */
export async function getPersonHistory(viewer: Viewer, personId: unknown): Promise<PersonHistory> {
  if (!isId(personId) || viewer.programmeIds.length === 0) notFound();
  const cohort = inProgrammes(viewer);
  const user = await db.user.findUnique({ where: { id: personId }, select: { id: true, name: true, email: true, erasedAt: true } });
  if (!user || user.erasedAt) notFound();
  const [applications, participations] = await Promise.all([
    db.application.findMany({
      // Applications sent before the account existed carry only its address.
      where: { cohort, OR: [{ userId: user.id }, ...(user.email ? [{ email: user.email }] : [])] },
      orderBy: { createdAt: "desc" },
      select: { id: true, role: true, status: true, createdAt: true, cohort: { select: { ...historyCohortSelect, programmeId: true } } },
    }),
    db.participation.findMany({
      where: { userId: user.id, cohort },
      orderBy: { cohort: { startDate: "desc" } },
      select: {
        id: true,
        role: true,
        status: true,
        professionalField: { select: { nameSv: true, nameEn: true } },
        cohort: { select: { ...historyCohortSelect, programmeId: true } },
        mentorPairs: {
          where: { status: { not: "PROPOSED" } },
          orderBy: { publishedAt: "desc" },
          select: { id: true, status: true, publishedAt: true, endedAt: true, mentee: { select: partnerSelect } },
        },
        menteePairs: {
          where: { status: { not: "PROPOSED" } },
          orderBy: { publishedAt: "desc" },
          select: { id: true, status: true, publishedAt: true, endedAt: true, mentor: { select: partnerSelect } },
        },
      },
    }),
  ]);
  if (applications.length === 0 && participations.length === 0) notFound();

  const programmeIds = new Set([...applications, ...participations].map((row) => row.cohort.programmeId));
  for (const programmeId of programmeIds) {
    await recordAudit({
      actorId: viewer.id,
      action: "person.read",
      entityType: "User",
      entityId: user.id,
      subjectUserId: user.id,
      programmeId,
    });
  }
  const partnerName = (side: { user: { name: string; erasedAt: Date | null } | null }) =>
    side.user && !side.user.erasedAt ? side.user.name : null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    applications: applications.map((application) => ({
      id: application.id,
      role: application.role,
      status: application.status,
      createdAt: application.createdAt,
      cohort: historyCohort(application.cohort),
    })),
    participations: participations.map((participation) => ({
      id: participation.id,
      role: participation.role,
      status: participation.status,
      field: participation.professionalField,
      cohort: historyCohort(participation.cohort),
      pairs: [
        ...participation.mentorPairs.map((pair) => ({ ...pair, partner: partnerName(pair.mentee) })),
        ...participation.menteePairs.map((pair) => ({ ...pair, partner: partnerName(pair.mentor) })),
      ].map(({ id, status, publishedAt, endedAt, partner }) => ({ id, status, publishedAt, endedAt, partner })),
    })),
  };
}
