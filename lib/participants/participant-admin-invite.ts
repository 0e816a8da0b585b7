import "server-only";
import { Refusal } from "@/lib/actions/refusal";
import { findManagedCohort } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addParticipants, getAddTarget, type AddTarget } from "@/lib/participants/participant-admin-add";
import { addedProfileSchema, type AddedProfile, type Invitation } from "@/lib/participants/participant-admin-schemas";
import { latestProfilesInProgramme, withEarlierProfile } from "@/lib/participants/returning-profiles";

// A coordinator invites one person to a cohort. The person is added as an invited participant
// the same way a CSV import adds its rows.

/** The cohort people are added to, when the viewer runs its programme; else null. */
export async function findAddTarget(viewer: Viewer, cohortId: unknown): Promise<AddTarget | null> {
  const cohort = await findManagedCohort(viewer, cohortId);
  return cohort && getAddTarget(db, cohort.id);
}

/**
 * Adds the invited person inside the caller's transaction; a refusal says why nobody was added.
 * Someone who took part in the programme before keeps their field, and what the form leaves out
 * comes from their latest profile there (`prefilledFrom` names its cohort).
 */
export async function inviteParticipant(
  tx: Prisma.TransactionClient,
  actorId: string,
  target: AddTarget,
  invitation: Invitation,
  /** The language of the answer, for naming the person's field. */
  locale: string,
): Promise<{ newAccount: boolean; passwordLink: boolean; prefilledFrom: string | null }> {
  if (target.status === "CLOSED") throw new Refusal("participants.errors.cohortClosed");
  const field = target.fields.find((candidate) => candidate.key === invitation.fieldKey);
  if (!field) throw new Refusal("profile.errors.fieldUnknown", undefined, "fieldKey");
  const already = await tx.participation.findFirst({
    where: { cohortId: target.id, user: { email: invitation.email } },
    select: { id: true },
  });
  if (already) throw new Refusal("participants.invite.alreadyInCohort", { cohort: target.name }, "email");

  // Someone who took part in the programme before is prefilled from their latest profile there, as
  // a returning applicant is; their field is their own, and another is refused rather than saved.
  const latest = (await latestProfilesInProgramme(tx, target.programme.id, [invitation.email])).get(invitation.email);
  const own = latest && target.fields.find((one) => one.key === latest.fieldKey);
  if (own && own.key !== field.key) {
    throw new Refusal("participants.invite.otherField", { field: locale === "en" ? own.nameEn : own.nameSv }, "fieldKey");
  }

  // Otherwise the profile starts with what the form gives and the rest empty (the person completes
  // it). A mentor takes the cohort's usual number of mentees.
  const given = addedProfileSchema.parse({
    name: invitation.name,
    phone: invitation.phone,
    city: invitation.city,
    fieldKey: field.key,
    languages: invitation.languages,
    mentorCapacity: target.defaultMentorCapacity,
  });
  const filledIn = new Set<keyof AddedProfile>();
  if (given.phone) filledIn.add("phone");
  if (given.city) filledIn.add("city");
  if (given.languages.length > 0) filledIn.add("languages");
  const profile = withEarlierProfile(given, filledIn, latest);
  const person = {
    email: invitation.email,
    name: invitation.name,
    locale: invitation.locale,
    role: invitation.role,
    professionalFieldId: field.id,
    profile,
  };
  try {
    const result = await addParticipants(tx, { cohort: target, programme: target.programme, actorId, via: "invite" }, [person]);
    return { newAccount: result.newAccounts === 1, passwordLink: result.passwordLinks === 1, prefilledFrom: latest?.cohortName ?? null };
  } catch (error) {
    // Added by someone else at the same moment: the unique keys stop the second write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new Refusal("participants.errors.changedMeanwhile");
    }
    throw error;
  }
}
