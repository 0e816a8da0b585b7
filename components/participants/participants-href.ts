import type { ParticipantFilters } from "@/lib/participants/participant-admin-schemas";
import { paths } from "@/lib/paths";

/** The URL of a cohort's participant list with these filters and page; defaults are left out. */
export function participantsHref(cohortId: string, filters: Partial<ParticipantFilters>): string {
  const { role, field, status, q, page } = filters;
  return paths.cohortParticipants(cohortId, { role, field, status, q, page: page && page > 1 ? page : undefined });
}
