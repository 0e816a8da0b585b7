import "server-only";
import { Refusal } from "@/lib/actions/refusal";
import type { AuditInput } from "@/lib/audit/audit";
import { canManageProgramme, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { CohortStatus, ParticipantRole, ParticipationStatus, Prisma } from "@/lib/generated/prisma/client";
import { endOfStockholmDay, formatCalendarDate } from "@/lib/cohorts/stockholm-time";
import { isId } from "@/lib/ids";
import { participationColumns, profileColumnSelect } from "@/lib/profiles/profile-columns";
import { asksFor, profileFieldNames } from "@/lib/profiles/profile-fields";
import { formValuesFromProfile, type FormValues } from "@/lib/profiles/profile-form";
import type { Profile } from "@/lib/profiles/profile-schemas";

// Editing a participation's profile, by the person themselves (/profile) or by a coordinator of
// the programme (/coordinator/participants/[id]). Both use the profile schema of the application
// form, and both are written to the audit log with the names of the fields that changed, never
// their values. The find* functions decide who may edit; saveProfile only checks and saves.

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
      nameEn: true,
      status: true,
      endDate: true,
      programme: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          fields: { orderBy: { sortOrder: "asc" }, select: { id: true, key: true, nameSv: true, nameEn: true, active: true } },
        },
      },
    },
  },
} as const satisfies Prisma.ParticipationSelect;

export type EditableParticipation = Prisma.ParticipationGetPayload<{ select: typeof editableParticipationSelect }>;

/** The participation with everything its profile form needs; null for a malformed or unknown id, or an erased person. */
async function loadEditableParticipation(participationId: unknown): Promise<EditableParticipation | null> {
  if (!isId(participationId)) return null;
  const row = await db.participation.findUnique({ where: { id: participationId }, select: editableParticipationSelect });
  return row?.userId && row.user?.email ? row : null;
}

/** The viewer's own participation, or null: someone else's answers exactly like one that does not exist. */
export async function findOwnParticipation(viewer: Viewer, participationId: unknown): Promise<EditableParticipation | null> {
  const row = await loadEditableParticipation(participationId);
  return row && row.userId === viewer.id ? row : null;
}

/** A participation in one of the programmes the viewer runs, or null. */
export async function findManagedParticipation(viewer: Viewer, participationId: unknown): Promise<EditableParticipation | null> {
  const row = await loadEditableParticipation(participationId);
  return row && canManageProgramme(viewer, row.cohort.programme.id) ? row : null;
}

/**
 * Participants choose their professional field until matching starts; from then on pairs are
 * made (or being made) within a field, so a change would quietly break them. The coordinator, who
 * runs the matching, can still change it.
 */
export function fieldLockedForSelf(cohortStatus: CohortStatus): boolean {
  return cohortStatus !== "PLANNING" && cohortStatus !== "RECRUITING";
}

/**
 * Where a participation stands, as its own profile page speaks of it: before the pairs are made
 * (the coordinator matches from the profile), while the cohort runs, or past (the cohort closed
 * or its last day is over, or the person's part in it ended), when it can no longer be changed.
 */
export type ProfileStage = "matching" | "running" | "past";

export function profileStage(
  row: { status: ParticipationStatus; cohort: { status: CohortStatus; endDate: Date } },
  now = new Date(),
): ProfileStage {
  const over = endOfStockholmDay(formatCalendarDate(row.cohort.endDate)) < now;
  if (over || row.cohort.status === "CLOSED" || row.status === "WITHDRAWN" || row.status === "COMPLETED") return "past";
  return row.cohort.status === "ACTIVE" ? "running" : "matching";
}

export type ProfileView = {
  id: string;
  role: ParticipantRole;
  status: ParticipationStatus;
  cohort: { id: string; name: string; nameEn: string | null; status: CohortStatus; endDate: Date };
  programme: { id: string; name: string; nameEn: string | null };
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
    programme: { id: programme.id, name: programme.name, nameEn: programme.nameEn },
    person: { name: row.user!.name, email: row.user!.email!, hasPassword: row.user!.passwordHash !== null },
    values: formValuesFromProfile({ ...row, name: row.user!.name, fieldKey: row.professionalField.key }),
    fields: programme.fields
      .filter((field) => field.active || field.id === row.professionalFieldId)
      .map(({ key, nameSv, nameEn }) => ({ key, nameSv, nameEn })),
    fieldLocked,
  };
}

/** Same value? Lists and the languages are compared as JSON; everything else as it is. */
function same(a: unknown, b: unknown): boolean {
  return typeof a === "object" || typeof b === "object" ? JSON.stringify(a) === JSON.stringify(b) : a === b;
}

export type ProfileSaveOptions = {
  by: "self" | "coordinator";
  fieldLocked: boolean;
  /** Records the change in the caller's transaction (the action's audit, with the viewer as actor). */
  audit: (entry: Omit<AuditInput, "actorId">) => Promise<void>;
};

/**
 * Saves a checked profile and returns the names of the fields that changed. Fields the role is
 * not asked for (a mentor's goals, a mentee's capacity) keep their stored values, and a locked
 * professional field keeps its key whatever the form says. Refuses a field the programme does not offer.
 */
export async function saveProfile(
  tx: Prisma.TransactionClient,
  row: EditableParticipation,
  submitted: Profile,
  options: ProfileSaveOptions,
) {
  const kept = Object.fromEntries(
    profileFieldNames.filter((name) => !asksFor(name, row.role)).map((name) => [name, row[name as keyof EditableParticipation]]),
  );
  const profile: Profile = { ...submitted, ...kept, ...(options.fieldLocked ? { fieldKey: row.professionalField.key } : {}) };

  const field = row.cohort.programme.fields.find(
    (candidate) => candidate.key === profile.fieldKey && (candidate.active || candidate.id === row.professionalFieldId),
  );
  if (!field) throw new Refusal("profile.errors.fieldUnknown", undefined, "fieldKey");

  const columns = participationColumns(profile, field.id);
  const changedColumns = (Object.keys(columns) as Array<keyof typeof columns>).filter((key) => !same(columns[key], row[key]));
  const nameChanged = profile.name !== row.user!.name;
  const changed = [...(nameChanged ? ["name"] : []), ...changedColumns.map((key) => (key === "professionalFieldId" ? "field" : key))];
  if (changed.length === 0) return changed;

  if (changedColumns.length > 0) await tx.participation.update({ where: { id: row.id }, data: columns });
  // The name belongs to the person's account, so it changes in every cohort at once.
  if (nameChanged) await tx.user.update({ where: { id: row.userId! }, data: { name: profile.name } });
  await options.audit({
    action: options.by === "self" ? "profile.update" : "participant.update",
    entityType: "Participation",
    entityId: row.id,
    subjectUserId: row.userId,
    programmeId: row.cohort.programme.id,
    details: { fields: changed },
  });
  return changed;
}
