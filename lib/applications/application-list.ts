import type { Db } from "@/lib/db/client";
import type { ApplicationStatus, ParticipantRole, Prisma } from "@/lib/generated/prisma/client";
import { applicationPageSize, sortDirection, type ApplicationFilters } from "@/lib/applications/application-schemas";

// The database side of the applications table, given a cohort the caller has already authorized.
// It takes the client as an argument (and is not marked server-only) so that the benchmark script
// can time exactly the queries the page runs. Pages reach it through application-queries.ts.
//
// Every filter narrows within one cohort, so the indexes Application(cohortId, status, role) and
// (cohortId, createdAt) and the GIN index on languageCodes carry the work; count and page run in
// parallel.

export type ApplicationRow = {
  id: string;
  name: string;
  role: ParticipantRole;
  status: ApplicationStatus;
  professionalFieldId: string;
  city: string | null;
  languageCodes: string[];
  createdAt: Date;
};

export type ApplicationPage = { total: number; page: number; pageCount: number; rows: ApplicationRow[] };

export function applicationWhere(cohortId: string, filters: ApplicationFilters): Prisma.ApplicationWhereInput {
  return {
    cohortId,
    ...(filters.role && { role: filters.role }),
    ...(filters.status && { status: filters.status }),
    ...(filters.field && { professionalField: { key: filters.field } }),
    ...(filters.city && { city: filters.city }),
    ...(filters.language && { languageCodes: { has: filters.language } }),
    ...(filters.q && {
      OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q, mode: "insensitive" } }],
    }),
  };
}

/** Ties are broken by id, so a row never appears on two pages. */
export function applicationOrder(filters: Pick<ApplicationFilters, "sort" | "dir">): Prisma.ApplicationOrderByWithRelationInput[] {
  const dir = sortDirection(filters);
  switch (filters.sort) {
    case "name":
      return [{ name: dir }, { id: dir }];
    case "field":
      return [{ professionalField: { sortOrder: dir } }, { name: "asc" }, { id: "asc" }];
    case "status":
      return [{ status: dir }, { createdAt: "desc" }, { id: "asc" }];
    case "submitted":
      return [{ createdAt: dir }, { id: dir }];
  }
}

const rowSelect = {
  id: true,
  name: true,
  role: true,
  status: true,
  professionalFieldId: true,
  city: true,
  languageCodes: true,
  createdAt: true,
} as const;

/** One page of the cohort's applications; a page past the end shows the last one. */
export async function queryApplicationPage(client: Db, cohortId: string, filters: ApplicationFilters): Promise<ApplicationPage> {
  const where = applicationWhere(cohortId, filters);
  const orderBy = applicationOrder(filters);
  const fetchPage = (page: number) =>
    client.application.findMany({ where, orderBy, skip: (page - 1) * applicationPageSize, take: applicationPageSize, select: rowSelect });

  let page = filters.page;
  const [total, firstRows] = await Promise.all([client.application.count({ where }), fetchPage(page)]);
  let rows = firstRows;
  const pageCount = Math.max(1, Math.ceil(total / applicationPageSize));
  if (page > pageCount) {
    page = pageCount;
    rows = await fetchPage(page);
  }
  return { total, page, pageCount, rows };
}

/** The cities applicants of the cohort named, for the city filter. */
export async function queryApplicationCities(client: Db, cohortId: string): Promise<string[]> {
  const groups = await client.application.groupBy({
    by: ["city"],
    where: { cohortId, city: { not: null } },
    orderBy: { city: "asc" },
  });
  return groups.flatMap((group) => (group.city ? [group.city] : []));
}

/** The programme's professional fields in its own order, hidden ones included (old applications may use them). */
export async function queryProgrammeFields(client: Db, programmeId: string) {
  return client.professionalField.findMany({
    where: { programmeId },
    orderBy: { sortOrder: "asc" },
    select: { id: true, key: true, nameSv: true, nameEn: true, active: true },
  });
}
