import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipantFilters } from "@/lib/participants/participant-admin-schemas";

// The filters of a cohort's participant list as a database condition, shared by the page and its
// export so that both show the same people. Given a cohort the caller has already authorized.

/**
 * Within one cohort (Participation's (cohortId, role, professionalFieldId) index). A search for a
 * name or an email is a case-insensitive substring of the person's account; an unknown field key
 * matches nobody rather than everybody.
 */
export function participantWhere(
  cohortId: string,
  fields: Array<{ id: string; key: string }>,
  filters: Omit<ParticipantFilters, "page">,
): Prisma.ParticipationWhereInput {
  const fieldId = filters.field ? (fields.find((field) => field.key === filters.field)?.id ?? null) : undefined;
  return {
    cohortId,
    ...(filters.role && { role: filters.role }),
    ...(filters.status && { status: filters.status }),
    ...(fieldId !== undefined && { professionalFieldId: { in: fieldId ? [fieldId] : [] } }),
    ...(filters.q && {
      user: {
        erasedAt: null,
        OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q, mode: "insensitive" } }],
      },
    }),
  };
}
