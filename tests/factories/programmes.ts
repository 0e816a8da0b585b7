import type { CoordinatorAppointment, ProfessionalField, Programme } from "@/lib/generated/prisma/client";
import { defaultFieldRows } from "@/lib/programmes/default-fields";
import { type FactoryDb, uniqueSuffix } from "./factory-db";
import { createOrganization } from "./organizations";

export type ProgrammeWithFields = Programme & { fields: ProfessionalField[] };

export type ProgrammeOverrides = {
  organizationId?: string;
  name?: string;
  description?: string;
  nameEn?: string | null;
  descriptionEn?: string | null;
  defaultCohortMonths?: number;
  jointSessionCount?: number;
  meetingIntervalDays?: number;
  retentionMonths?: number;
  /** Creates the seven default professional fields (law, economics …). */
  withDefaultFields?: boolean;
};

export async function createProgramme(db: FactoryDb, overrides: ProgrammeOverrides = {}): Promise<ProgrammeWithFields> {
  const { withDefaultFields = true, organizationId, ...columns } = overrides;
  const programme = await db.programme.create({
    data: {
      organizationId: organizationId ?? (await createOrganization(db)).id,
      name: `Programme ${uniqueSuffix()}`,
      ...columns,
    },
  });
  const fields = withDefaultFields ? await db.professionalField.createManyAndReturn({ data: defaultFieldRows(programme.id) }) : [];
  fields.sort((a, b) => a.sortOrder - b.sortOrder);
  return { ...programme, fields };
}

/** The id of the programme's field with this key; throws when the programme lacks it. */
export function fieldId(programme: { fields: Pick<ProfessionalField, "id" | "key">[] }, key: string): string {
  const field = programme.fields.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`The programme has no professional field "${key}"`);
  return field.id;
}

export async function appointCoordinator(db: FactoryDb, input: { programmeId: string; userId: string }): Promise<CoordinatorAppointment> {
  return db.coordinatorAppointment.create({ data: { programmeId: input.programmeId, userId: input.userId } });
}
