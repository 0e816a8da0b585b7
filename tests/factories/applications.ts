import type { Application, ApplicationStatus, Locale, ParticipantRole, Prisma } from "@/lib/generated/prisma/client";
import { type FactoryDb, uniqueSuffix } from "./factory-db";
import { resolveFieldId } from "./participations";

export type ApplicationInput = {
  cohortId: string;
  role: ParticipantRole;
  fieldKey?: string;
  professionalFieldId?: string;
  status?: ApplicationStatus;
  email?: string | null;
  name?: string;
  city?: string | null;
  languageCodes?: string[];
  /** The submitted profile as the application form stores it. */
  profile?: Prisma.InputJsonValue;
  locale?: Locale;
  consentAt?: Date;
  decisionReason?: string | null;
  decidedAt?: Date | null;
  userId?: string | null;
  participationId?: string | null;
};

export function buildApplicationData(
  input: Omit<ApplicationInput, "fieldKey" | "professionalFieldId"> & { professionalFieldId: string },
): Prisma.ApplicationCreateManyInput {
  const suffix = uniqueSuffix();
  const status = input.status ?? "SUBMITTED";
  return {
    cohortId: input.cohortId,
    role: input.role,
    status,
    email: input.email === null ? null : (input.email ?? `applicant-${suffix}@example.test`).toLowerCase(),
    name: input.name ?? `Applicant ${suffix}`,
    professionalFieldId: input.professionalFieldId,
    city: input.city === undefined ? "Stockholm" : input.city,
    languageCodes: input.languageCodes ?? ["sv", "en"],
    profile: input.profile ?? {},
    locale: input.locale ?? "sv",
    consentAt: input.consentAt ?? new Date(),
    decisionReason: input.decisionReason ?? null,
    decidedAt: input.decidedAt === undefined ? (status === "SUBMITTED" ? null : new Date()) : input.decidedAt,
    userId: input.userId ?? null,
    participationId: input.participationId ?? null,
  };
}

export async function createApplication(db: FactoryDb, input: ApplicationInput): Promise<Application> {
  const { fieldKey, professionalFieldId, ...rest } = input;
  return db.application.create({
    data: buildApplicationData({
      ...rest,
      professionalFieldId: professionalFieldId ?? (await resolveFieldId(db, input.cohortId, fieldKey ?? "economics")),
    }),
  });
}
