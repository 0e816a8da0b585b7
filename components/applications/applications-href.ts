import type { ApplicationFilters } from "@/lib/applications/application-schemas";

/**
 * The URL of a cohort's applications table with these filters, sort and page. Defaults are left
 * out so the URLs people share stay short.
 */
export function applicationsHref(cohortId: string, filters: Partial<ApplicationFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["role", "field", "status", "city", "language", "q"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.sort && filters.sort !== "submitted") params.set("sort", filters.sort);
  if (filters.dir) params.set("dir", filters.dir);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return `/coordinator/cohorts/${cohortId}/applications${query ? `?${query}` : ""}`;
}
