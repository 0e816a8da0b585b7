import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import type { CohortStatus, ParticipantRole } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";
import { programmeContactSelect, toProgrammeContact, type ProgrammeContact } from "@/lib/programmes/programme-contact";
import {
  fieldLockedForSelf,
  findOwnParticipation,
  profileStage,
  toProfileView,
  type ProfileStage,
  type ProfileView,
} from "@/lib/participants/profile-edit";

export type ProfileChoice = {
  id: string;
  role: ParticipantRole;
  cohortName: string;
  cohortNameEn: string | null;
  programmeName: string;
  programmeNameEn: string | null;
  cohortStatus: CohortStatus;
};

export type OwnProfile = { choices: ProfileChoice[]; profile: ProfileView; stage: ProfileStage; contact: ProgrammeContact };

/**
 * The viewer's own profile in one of their cohorts: the one asked for, or else the latest (a
 * profile belongs to a participation, so someone who returns has one per cohort). Null when the
 * viewer takes part in no cohort, or asks for a participation that is not theirs.
 */
export async function getOwnProfile(viewer: Viewer, requested?: unknown): Promise<OwnProfile | null> {
  const participations = await db.participation.findMany({
    where: { userId: viewer.id },
    orderBy: [{ cohort: { startDate: "desc" } }, { createdAt: "desc" }],
    select: {
      id: true,
      role: true,
      cohort: { select: { name: true, nameEn: true, status: true, programme: { select: { name: true, nameEn: true } } } },
    },
  });
  const chosenId = requested === undefined ? participations[0]?.id : isId(requested) ? requested : null;
  if (!chosenId || !participations.some((participation) => participation.id === chosenId)) return null;
  const row = await findOwnParticipation(viewer, chosenId);
  if (!row) return null;
  const programme = await db.programme.findUniqueOrThrow({ where: { id: row.cohort.programme.id }, select: programmeContactSelect });
  return {
    choices: participations.map((participation) => ({
      id: participation.id,
      role: participation.role,
      cohortName: participation.cohort.name,
      cohortNameEn: participation.cohort.nameEn,
      programmeName: participation.cohort.programme.name,
      programmeNameEn: participation.cohort.programme.nameEn,
      cohortStatus: participation.cohort.status,
    })),
    profile: toProfileView(row, fieldLockedForSelf(row.cohort.status)),
    stage: profileStage(row),
    contact: toProgrammeContact(programme),
  };
}
