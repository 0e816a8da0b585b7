import type { ParticipantFilters } from "@/lib/participants/participant-admin-schemas";

/** The URL of a cohort's participant list with these filters and page; defaults are left out. */
export function participantsHref(cohortId: string, filters: Partial<ParticipantFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["role", "field", "status"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return `/coordinator/cohorts/${cohortId}/participants${query ? `?${query}` : ""}`;
}
