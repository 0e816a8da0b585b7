import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addParticipants, getAddTarget } from "@/lib/participants/participant-admin-add";
import { addedProfileSchema, type Invitation } from "@/lib/participants/participant-admin-schemas";

// A coordinator invites one person to a cohort. The person is added as an invited participant
// the same way a CSV import adds its rows; the caller has authorized the cohort.

export type InviteRefusal = "notFound" | "cohortClosed" | "fieldUnknown" | "alreadyInCohort" | "changedMeanwhile";

export type InviteOutcome = { ok: true; newAccount: boolean; passwordLink: boolean } | { ok: false; refusal: InviteRefusal };

export async function inviteParticipant(actorId: string, invitation: Invitation): Promise<InviteOutcome> {
  const target = await getAddTarget(db, invitation.cohortId);
  if (!target) return { ok: false, refusal: "notFound" };
  if (target.status === "CLOSED") return { ok: false, refusal: "cohortClosed" };
  const field = target.fields.find((candidate) => candidate.key === invitation.fieldKey);
  if (!field) return { ok: false, refusal: "fieldUnknown" };
  const already = await db.participation.findFirst({
    where: { cohortId: target.id, user: { email: invitation.email } },
    select: { id: true },
  });
  if (already) return { ok: false, refusal: "alreadyInCohort" };

  // The rest of the profile starts empty (the person completes it); a mentor takes the cohort's usual number of mentees.
  const profile = addedProfileSchema.parse({
    name: invitation.name,
    phone: invitation.phone,
    city: invitation.city,
    fieldKey: field.key,
    languages: invitation.languages,
    mentorCapacity: target.defaultMentorCapacity,
  });
  try {
    const result = await db.$transaction((tx) =>
      addParticipants(tx, { cohort: target, programme: target.programme, actorId, via: "invite" }, [
        {
          email: invitation.email,
          name: invitation.name,
          locale: invitation.locale,
          role: invitation.role,
          professionalFieldId: field.id,
          profile,
        },
      ]),
    );
    return { ok: true, newAccount: result.newAccounts === 1, passwordLink: result.passwordLinks === 1 };
  } catch (error) {
    // Added by someone else at the same moment: the unique keys stop the second write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, refusal: "changedMeanwhile" };
    throw error;
  }
}
