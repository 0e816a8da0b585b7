import type { ApplicationFilters } from "@/lib/applications/application-schemas";
import { paths } from "@/lib/paths";

/**
 * The URL of a cohort's applications table with these filters, sort and page. Defaults are left
 * out so the URLs people share stay short.
 */
export function applicationsHref(cohortId: string, filters: Partial<ApplicationFilters>): string {
  const { role, field, status, city, language, q, sort, dir, page } = filters;
  return paths.cohortApplications(cohortId, {
    role,
    field,
    status,
    city,
    language,
    q,
    sort: sort === "submitted" ? undefined : sort,
    dir,
    page: page && page > 1 ? page : undefined,
  });
}
