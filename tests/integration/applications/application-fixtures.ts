import { db } from "@/lib/db";
import type { ApplicationStatus, Locale, ParticipantRole, Prisma } from "@/lib/generated/prisma/client";
import { createApplication } from "@/tests/factories/applications";
import { uniqueSuffix } from "@/tests/factories/factory-db";

/** A form as the decision forms post it. */
/** A decision form as sent once the coordinator has gone ahead (unless `confirmed` is false: the first press). */
export function decisionForm(
  decision: string,
  options: { reason?: string; emailReason?: boolean; applicationIds?: string[]; confirmed?: boolean } = {},
) {
  const form = new FormData();
  form.set("decision", decision);
  if (options.confirmed !== false) form.set("confirmed", "yes");
  if (options.reason !== undefined) form.set("reason", options.reason);
  if (options.emailReason) form.set("emailReason", "on");
  for (const id of options.applicationIds ?? []) form.append("applicationIds", id);
  return form;
}

/** The profile the public form stores: the application schema's output, consent and all. */
export function submittedProfile(overrides: Record<string, unknown> = {}): Prisma.InputJsonValue {
  return {
    role: "MENTEE",
    email: "ignored@example.test",
    consent: true,
    name: "Ignored Name",
    fieldKey: "law",
    phone: "+46 70 123 45 67",
    city: "Uppsala",
    region: "Uppsala län",
    educationDegree: "Master of Laws",
    educationCountry: "SY",
    educationYear: 2015,
    yearsExperience: 6,
    languages: [
      { code: "ar", level: "fluent" },
      { code: "sv", level: "good" },
    ],
    industries: ["legal_services", "public_sector"],
    goals: "A job as a lawyer in the public sector.",
    goalTags: ["qualified_job", "network"],
    expertiseTags: [],
    meetingPreference: "IN_PERSON",
    gender: "FEMALE",
    genderPreference: null,
    mentorCapacity: 1,
    employer: null,
    ...overrides,
  };
}

export async function applyTo(
  cohortId: string,
  options: {
    name?: string;
    email?: string;
    role?: ParticipantRole;
    fieldKey?: string;
    status?: ApplicationStatus;
    locale?: Locale;
    city?: string | null;
    languageCodes?: string[];
    createdAt?: Date;
    profile?: Prisma.InputJsonValue;
  } = {},
) {
  const application = await createApplication(db, {
    cohortId,
    role: options.role ?? "MENTEE",
    fieldKey: options.fieldKey ?? "law",
    status: options.status,
    name: options.name ?? `Applicant ${uniqueSuffix()}`,
    email: options.email,
    locale: options.locale,
    city: options.city,
    languageCodes: options.languageCodes ?? ["ar", "sv"],
    profile: options.profile ?? submittedProfile({ role: options.role ?? "MENTEE", fieldKey: options.fieldKey ?? "law" }),
  });
  if (!options.createdAt) return application;
  return db.application.update({ where: { id: application.id }, data: { createdAt: options.createdAt } });
}
