import type { Prisma } from "@/lib/generated/prisma/client";
import type { AddedProfile } from "@/lib/participants/participant-admin-schemas";
import { profileColumnSelect } from "@/lib/profiles/profile-columns";

// Someone who took part in a programme before comes back with what they told it then: an invitation
// or an imported row fills what it leaves out from the person's latest profile in the programme, as a
// returning applicant's form is prefilled. Their professional field is their own and does not change.

export type EarlierProfile = {
  fieldKey: string;
  /** The cohort the profile is from, to say where the rest came from. */
  cohortName: string;
  profile: Partial<AddedProfile>;
};

/** The latest profile in this programme of each of these addresses (lower-cased), for those who have one. */
export async function latestProfilesInProgramme(
  tx: Pick<Prisma.TransactionClient, "participation">,
  programmeId: string,
  emails: string[],
): Promise<Map<string, EarlierProfile>> {
  if (emails.length === 0) return new Map();
  const rows = await tx.participation.findMany({
    where: { user: { email: { in: emails }, erasedAt: null }, cohort: { programmeId } },
    orderBy: [{ cohort: { startDate: "desc" } }, { createdAt: "desc" }],
    select: { ...profileColumnSelect, cohort: { select: { name: true } }, user: { select: { email: true } } },
  });
  const latest = new Map<string, EarlierProfile>();
  for (const { cohort, professionalField, user, ...columns } of rows) {
    const email = user?.email;
    if (!email || latest.has(email)) continue;
    // The stored columns hold what the profile schema made of them when they were saved.
    latest.set(email, { fieldKey: professionalField.key, cohortName: cohort.name, profile: columns as unknown as Partial<AddedProfile> });
  }
  return latest;
}

/** Parts the coordinator always sets for the new cohort, whatever the earlier profile said. */
const ALWAYS_GIVEN = ["name", "fieldKey", "mentorCapacity"] as const;

/**
 * The profile to save: what the invitation or row gave (`given`, the keys it filled in), and the
 * rest from the earlier profile.
 */
export function withEarlierProfile(
  profile: AddedProfile,
  given: ReadonlySet<keyof AddedProfile>,
  earlier: EarlierProfile | undefined,
): AddedProfile {
  if (!earlier) return profile;
  const merged: Record<string, unknown> = { ...profile };
  for (const [key, value] of Object.entries(earlier.profile)) {
    const name = key as keyof AddedProfile;
    if (given.has(name) || (ALWAYS_GIVEN as readonly string[]).includes(name)) continue;
    if (value === null || value === undefined) continue;
    merged[name] = value;
  }
  return merged as AddedProfile;
}
