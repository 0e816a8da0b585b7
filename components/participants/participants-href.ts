import { paths } from "@/lib/paths";
import type { ParticipantFilters } from "@/lib/participants/participant-admin-schemas";

/** The URL of a cohort's participant list with these filters and page; defaults are left out. */
export function participantsHref(cohortId: string, filters: Partial<ParticipantFilters>): string {
  const page = filters.page && filters.page > 1 ? filters.page : undefined;
  return paths.cohortParticipants(cohortId, { role: filters.role, field: filters.field, status: filters.status, page });
}
