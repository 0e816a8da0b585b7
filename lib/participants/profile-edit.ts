import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit";
import { formValuesFromProfile, type FormValues } from "@/lib/applications/application-submit-form";
import type { CohortStatus, ParticipantRole, ParticipationStatus, Prisma } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";
import { participationColumns, profileColumnSelect, profileSchema } from "@/lib/participants/profile-schemas";

// Editing a participation's profile, by the person themselves (/profile) or by a coordinator of
// the programme (/coordinator/participants/[id]). Both use the profile schema of the application
// form, and both are written to the audit log with the names of the fields that changed, never
// their values. Callers decide who may edit; this module only loads, checks and saves.

export const editableParticipationSelect = {
  id: true,
  userId: true,
  role: true,
  status: true,
  professionalFieldId: true,
  ...profileColumnSelect,
  user: { select: { name: true, email: true, passwordHash: true } },
  cohort: {
    select: {
      id: true,
      name: true,
      status: true,
      programme: {
        select: {
          id: true,
          name: true,
          fields: { orderBy: { sortOrder: "asc" }, select: { id: true, key: true, nameSv: true, nameEn: true, active: true } },
        },
      },
    },
  },
} as const satisfies Prisma.ParticipationSelect;

export type EditableParticipation = Prisma.ParticipationGetPayload<{ select: typeof editableParticipationSelect }>;

/** The participation with everything its profile form needs; null for a malformed or unknown id, or an erased person. */
export async function loadEditableParticipation(participationId: unknown): Promise<EditableParticipation | null> {
  if (!isId(participationId)) return null;
  const row = await db.participation.findUnique({ where: { id: participationId }, select: editableParticipationSelect });
  return row?.userId && row.user?.email ? row : null;
}

/**
 * Participants choose their professional field until matching starts; from then on pairs are
 * made (or being made) within a field, so a change would quietly break them. The coordinator, who
 * runs the matching, can still change it.
 */
export function fieldLockedForSelf(cohortStatus: CohortStatus): boolean {
  return cohortStatus !== "PLANNING" && cohortStatus !== "RECRUITING";
}

export type ProfileView = {
  id: string;
  role: ParticipantRole;
  status: ParticipationStatus;
  cohort: { id: string; name: string; status: CohortStatus };
  programme: { id: string; name: string };
  person: { name: string; email: string; hasPassword: boolean };
  /** The profile as the form's values. */
  values: FormValues;
  /** The fields offered: the programme's active ones, and the current one even when retired. */
  fields: Array<{ key: string; nameSv: string; nameEn: string }>;
  fieldLocked: boolean;
};

export function toProfileView(row: EditableParticipation, fieldLocked: boolean): ProfileView {
  const { programme, ...cohort } = row.cohort;
  return {
    id: row.id,
    role: row.role,
    status: row.status,
    cohort,
    programme: { id: programme.id, name: programme.name },
    person: { name: row.user!.name, email: row.user!.email!, hasPassword: row.user!.passwordHash !== null },
    values: formValuesFromProfile({ ...row, name: row.user!.name, fieldKey: row.professionalField.key }),
    fields: programme.fields
      .filter((field) => field.active || field.id === row.professionalFieldId)
      .map(({ key, nameSv, nameEn }) => ({ key, nameSv, nameEn })),
    fieldLocked,
  };
}

export type ProfileSave =
  { ok: true; changed: string[] } | { ok: false; error: z.ZodError } | { ok: false; fieldError: { field: string; key: string } };

/** Same value? Lists and the languages are compared as JSON; everything else as it is. */
function same(a: unknown, b: unknown): boolean {
  return typeof a === "object" || typeof b === "object" ? JSON.stringify(a) === JSON.stringify(b) : a === b;
}

/**
 * Checks and saves a submitted profile. `input` is the form as profileFieldsFromForm reads it.
 * Fields the form does not show for the role (a mentor's goals, a mentee's capacity) keep their
 * stored values, and a locked field keeps its key whatever the form says.
 */
export async function saveProfile(
  row: EditableParticipation,
  input: Record<string, unknown>,
  options: { actorId: string; by: "self" | "coordinator"; fieldLocked: boolean },
): Promise<ProfileSave> {
  const submitted = { ...input };
  if (options.fieldLocked) submitted.fieldKey = row.professionalField.key;
  if (row.role === "MENTOR") Object.assign(submitted, { goals: row.goals, goalTags: row.goalTags });
  else Object.assign(submitted, { expertiseTags: row.expertiseTags, mentorCapacity: row.mentorCapacity });

  const parsed = profileSchema.safeParse(submitted);
  if (!parsed.success) return { ok: false, error: parsed.error };
  const profile = parsed.data;

  const field = row.cohort.programme.fields.find(
    (candidate) => candidate.key === profile.fieldKey && (candidate.active || candidate.id === row.professionalFieldId),
  );
  if (!field) return { ok: false, fieldError: { field: "fieldKey", key: "profile.errors.fieldUnknown" } };

  const columns = participationColumns(profile, field.id);
  const changedColumns = (Object.keys(columns) as Array<keyof typeof columns>).filter((key) => !same(columns[key], row[key]));
  const nameChanged = profile.name !== row.user!.name;
  const changed = [...(nameChanged ? ["name"] : []), ...changedColumns.map((key) => (key === "professionalFieldId" ? "field" : key))];
  if (changed.length === 0) return { ok: true, changed };

  await db.$transaction(async (tx) => {
    if (changedColumns.length > 0) await tx.participation.update({ where: { id: row.id }, data: columns });
    // The name belongs to the person's account, so it changes in every cohort at once.
    if (nameChanged) await tx.user.update({ where: { id: row.userId! }, data: { name: profile.name } });
    await recordAudit(
      {
        actorId: options.actorId,
        action: options.by === "self" ? "profile.update" : "participant.update",
        entityType: "Participation",
        entityId: row.id,
        subjectUserId: row.userId,
        programmeId: row.cohort.programme.id,
        details: { fields: changed },
      },
      tx,
    );
  });
  return { ok: true, changed };
}
