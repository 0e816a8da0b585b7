import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/app-url";
import { findManagedCohort } from "@/lib/auth/access";
import { canManageProgramme, type Viewer } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/audit";
import { isId } from "@/lib/ids";
import { readApplicationProfile } from "@/lib/applications/application-profile";
import {
  queryApplicationCities,
  queryApplicationPage,
  queryProgrammeFields,
  type ApplicationPage,
} from "@/lib/applications/application-list";
import type { ApplicationFilters } from "@/lib/applications/application-schemas";
import type { ApplicationStatus, CohortStatus, Locale, ParticipantRole } from "@/lib/generated/prisma/client";
import type { Profile } from "@/lib/profiles/profile-schemas";
import { paths } from "@/lib/paths";

export type FieldOption = { id: string; key: string; nameSv: string; nameEn: string; active: boolean };

export type CohortApplications = ApplicationPage & {
  cohort: { id: string; name: string; status: CohortStatus; programmeId: string; publicLink: string };
  fields: FieldOption[];
  cities: string[];
};

/**
 * The applications table of a cohort the viewer runs, with what its filters offer; null for any
 * other cohort. Five small queries run side by side.
 */
export async function listCohortApplications(
  viewer: Viewer,
  cohortId: unknown,
  filters: ApplicationFilters,
): Promise<CohortApplications | null> {
  const cohort = await findManagedCohort(viewer, cohortId);
  if (!cohort) return null;
  const [page, cities, fields, link] = await Promise.all([
    queryApplicationPage(db, cohort.id, filters),
    queryApplicationCities(db, cohort.id),
    queryProgrammeFields(db, cohort.programmeId),
    db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { publicKey: true } }),
  ]);
  return {
    ...page,
    cohort: { ...cohort, publicLink: appUrl(paths.apply(link.publicKey)) },
    fields,
    cities,
  };
}

export type ApplicationReview = {
  id: string;
  role: ParticipantRole;
  status: ApplicationStatus;
  name: string;
  email: string | null;
  locale: Locale;
  field: { key: string; nameSv: string; nameEn: string };
  profile: Profile;
  consentAt: Date;
  createdAt: Date;
  updatedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  participationId: string | null;
  cohort: { id: string; name: string; status: CohortStatus; programmeName: string };
};

/**
 * One application, if its cohort belongs to a programme the viewer runs; null otherwise. Reading
 * it shows the applicant's personal data, so every read is written to the audit log.
 */
export async function getApplicationForReview(viewer: Viewer, applicationId: unknown): Promise<ApplicationReview | null> {
  if (!isId(applicationId)) return null;
  // An archived cohort's applications are hidden with it (decision 0012), also from a bookmarked address.
  const application = await db.application.findFirst({
    where: { id: applicationId, cohort: { archivedAt: null, programme: { archivedAt: null } } },
    select: {
      id: true,
      role: true,
      status: true,
      name: true,
      email: true,
      locale: true,
      profile: true,
      consentAt: true,
      createdAt: true,
      updatedAt: true,
      decidedAt: true,
      decisionReason: true,
      participationId: true,
      userId: true,
      professionalField: { select: { key: true, nameSv: true, nameEn: true } },
      cohort: { select: { id: true, name: true, status: true, programmeId: true, programme: { select: { name: true } } } },
    },
  });
  if (!application || !canManageProgramme(viewer, application.cohort.programmeId)) return null;

  await recordAudit({
    actorId: viewer.id,
    action: "application.read",
    entityType: "Application",
    entityId: application.id,
    subjectUserId: application.userId,
    programmeId: application.cohort.programmeId,
  });

  const { profile, professionalField, cohort, userId: _userId, ...columns } = application;
  return {
    ...columns,
    field: professionalField,
    profile: readApplicationProfile(profile, { name: application.name, fieldKey: professionalField.key }),
    cohort: { id: cohort.id, name: cohort.name, status: cohort.status, programmeName: cohort.programme.name },
  };
}
