import type { ParticipantRole, Participation, Prisma } from "@/lib/generated/prisma/client";
import { type FactoryDb, definedOnly } from "./factory-db";
import { createUser } from "./users";

/** Profile columns a test may set; everything else gets a plausible default. */
export type ParticipationProfile = Omit<
  Prisma.ParticipationCreateManyInput,
  "id" | "cohortId" | "userId" | "role" | "professionalFieldId" | "createdAt" | "updatedAt"
>;

export type ParticipationInput = ParticipationProfile & {
  cohortId: string;
  role: ParticipantRole;
  /** Creates a user when missing. */
  userId?: string;
  /** The programme's field by stable key (default "economics"), or its id. */
  fieldKey?: string;
  professionalFieldId?: string;
};

/** The id of the field with this key in the cohort's programme. */
export async function resolveFieldId(db: FactoryDb, cohortId: string, fieldKey: string): Promise<string> {
  const field = await db.professionalField.findFirst({
    where: { key: fieldKey, programme: { cohorts: { some: { id: cohortId } } } },
    select: { id: true },
  });
  if (!field) throw new Error(`The cohort's programme has no professional field "${fieldKey}"`);
  return field.id;
}

export function buildParticipationData(
  input: ParticipationProfile & { cohortId: string; userId: string | null; role: ParticipantRole; professionalFieldId: string },
): Prisma.ParticipationCreateManyInput {
  return {
    status: "ACTIVE",
    city: "Stockholm",
    region: "Stockholms län",
    languages: [
      { code: "sv", level: input.role === "MENTOR" ? "fluent" : "good" },
      { code: "en", level: "good" },
    ],
    industries: [],
    goalTags: [],
    expertiseTags: [],
    meetingPreference: "BOTH",
    mentorCapacity: 1,
    consentAt: new Date(),
    ...definedOnly(input),
    cohortId: input.cohortId,
    userId: input.userId,
    role: input.role,
    professionalFieldId: input.professionalFieldId,
  };
}

export async function createParticipation(db: FactoryDb, input: ParticipationInput): Promise<Participation> {
  const { fieldKey, professionalFieldId, userId, ...rest } = input;
  const data = buildParticipationData({
    ...rest,
    userId: userId ?? (await createUser(db)).id,
    professionalFieldId: professionalFieldId ?? (await resolveFieldId(db, input.cohortId, fieldKey ?? "economics")),
  });
  return db.participation.create({ data });
}
