import type { ParticipantRole, Prisma } from "@/lib/generated/prisma/client";
import type { Person, Profile } from "@/prisma/seed/people";
import type { Language } from "@/prisma/seed/profile-content";
import type { Written } from "@/prisma/seed/write-context";
import { buildApplicationData } from "@/tests/factories/applications";
import { addDays, atUtcTime } from "@/tests/factories/dates";
import { fieldId } from "@/tests/factories/programmes";

// Writes the applications to the cohort being matched: everyone accepted, plus a few who were not.

/** The application profile as the public form would have stored it. */
function applicationProfile(profile: Profile): Prisma.InputJsonValue {
  const { fieldKey, ...rest } = profile;
  const entries = Object.entries({ professionalField: fieldKey, ...rest }).filter(
    ([key, value]) => value !== null && value !== undefined && key !== "status" && key !== "consentAt",
  );
  return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Prisma.InputJsonValue;
}

type Decision = {
  role: ParticipantRole;
  professionalFieldId: string;
  status: "SUBMITTED" | "ACCEPTED" | "WAITLISTED" | "DECLINED";
  applied: Date;
  /** Null while nobody has decided. */
  decidedAt: Date | null;
  decisionReason?: string | null;
  userId?: string;
  participationId?: string;
};

/** What the applicant wrote in the form, and what became of it. */
export function applicationRow(cohortId: string, person: Person, profile: Profile, decision: Decision): Prisma.ApplicationCreateManyInput {
  const { applied, ...decided } = decision;
  return {
    ...buildApplicationData({
      cohortId,
      email: person.email,
      name: person.name,
      city: profile.city ?? null,
      languageCodes: (profile.languages as Language[]).map((language) => language.code),
      profile: applicationProfile(profile),
      locale: person.locale,
      consentAt: applied,
      ...decided,
    }),
    createdAt: applied,
  };
}

export async function writeApplications(w: Written): Promise<void> {
  const matchingPlan = w.plan.cohorts.find((cohortPlan) => cohortPlan.status === "MATCHING");
  const applicationRows: Prisma.ApplicationCreateManyInput[] = [];
  if (matchingPlan) {
    const cohortId = w.cohortOf(matchingPlan).id;
    const decidedAt = atUtcTime(addDays(matchingPlan.start, -30), 10);
    for (const participation of matchingPlan.participations) {
      const row = w.participationOf(matchingPlan, participation);
      applicationRows.push(
        applicationRow(cohortId, participation.person, participation.profile, {
          role: participation.role,
          professionalFieldId: row.professionalFieldId,
          status: "ACCEPTED",
          applied: w.appliedOn.get(participation) ?? decidedAt,
          decidedAt,
          userId: w.userIdOf(participation.person),
          participationId: row.id,
        }),
      );
    }
    for (const { mentee, status, reason } of w.plan.otherApplicants) {
      applicationRows.push(
        applicationRow(cohortId, mentee.person, mentee.profile, {
          role: "MENTEE",
          professionalFieldId: fieldId(w.programme, mentee.profile.fieldKey),
          status,
          applied: atUtcTime(addDays(matchingPlan.start, -w.rng.int(36, 60)), w.rng.int(7, 21)),
          decidedAt,
          decisionReason: reason,
        }),
      );
    }
  }
  await w.tx.application.createMany({ data: applicationRows });
  w.counts.applications = applicationRows.length;
}
