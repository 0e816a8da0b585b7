import { isDeepStrictEqual } from "node:util";
import type { ApplicationStatus, Locale, Prisma } from "@/lib/generated/prisma/client";
import { hashToken } from "@/lib/auth/one-time-tokens";
import type { ProfileRole } from "@/lib/profiles/profile-fields";

// How an application from the public form is saved. The first application of an email to a
// cohort is saved as it comes. A later one changes the stored application only when it comes from
// the address's owner: someone signed in with that email, or whoever confirms it with the one-time
// link emailed to that address. Until then it is kept aside (an ApplicationChange) and nothing
// stored changes. No path changes a decision: a submitted application takes the new answers and
// role; an accepted, waitlisted or declined one takes the new answers and keeps its status, role
// and reason, so only a coordinator ever decides again. Each function takes the action's transaction.

type Tx = Prisma.TransactionClient;

/** How long the link to confirm a change works. */
export const applicationChangeHours = 48;

/** The answers of one submission, as the Application's columns hold them. */
export type ApplicationColumns = {
  name: string;
  professionalFieldId: string;
  city: string | null;
  languageCodes: string[];
  profile: Prisma.InputJsonValue;
  locale: Locale;
  consentAt: Date;
};

export type CohortEmail = { cohortId: string; email: string };

const storedSelect = {
  id: true,
  status: true,
  role: true,
  name: true,
  locale: true,
  userId: true,
  professionalFieldId: true,
  city: true,
  languageCodes: true,
  profile: true,
} satisfies Prisma.ApplicationSelect;

export type StoredApplication = Prisma.ApplicationGetPayload<{ select: typeof storedSelect }>;

export type SavedSubmission =
  /** A first application, or the owner's own change of theirs. */
  | { outcome: "added" | "updated"; application: { id: string; role: ProfileRole; status: ApplicationStatus } }
  /** The same answers as the stored application: nothing to change. */
  | { outcome: "unchanged"; application: StoredApplication }
  /** A change from someone who has not shown they own the address; its id is for the emailed link. */
  | { outcome: "keptAside"; application: StoredApplication; changeId: string };

/** The columns that answer the form, to compare a submission with what is stored. */
function answersOf(columns: Pick<StoredApplication, "name" | "professionalFieldId" | "city" | "languageCodes" | "profile">) {
  const { name, professionalFieldId, city, languageCodes, profile } = columns;
  return { name, professionalFieldId, city: city ?? null, languageCodes, profile };
}

/** True when saving these answers would change nothing: the same answers, and no role it may change. */
export function sameAnswers(stored: StoredApplication, role: ProfileRole, columns: ApplicationColumns): boolean {
  if (stored.status === "SUBMITTED" && stored.role !== role) return false;
  return isDeepStrictEqual(answersOf(stored), answersOf({ ...columns, profile: columns.profile as Prisma.JsonValue }));
}

/**
 * Gives the application new answers. Only a submitted application changes its role; a decided one
 * keeps its decision. Changes kept aside for it are dropped: what they would change has changed.
 */
export async function updateApplication(
  tx: Tx,
  stored: Pick<StoredApplication, "id" | "status">,
  role: ProfileRole,
  columns: ApplicationColumns & { userId?: string },
) {
  await tx.applicationChange.deleteMany({ where: { applicationId: stored.id } });
  return tx.application.update({
    where: { id: stored.id },
    data: { ...columns, ...(stored.status === "SUBMITTED" ? { role } : {}) },
    select: { id: true, role: true, status: true, userId: true },
  });
}

/**
 * Keeps a change aside until the address confirms it; returns its id, for the email that carries
 * the link (the link's token is made when that email is delivered).
 */
export async function keepChangeAside(tx: Tx, applicationId: string, role: ProfileRole, columns: ApplicationColumns): Promise<string> {
  const now = new Date();
  await tx.applicationChange.deleteMany({ where: { applicationId, expiresAt: { lte: now } } });
  const change = await tx.applicationChange.create({
    data: { applicationId, role, ...columns, expiresAt: new Date(now.getTime() + applicationChangeHours * 3_600_000) },
    select: { id: true },
  });
  return change.id;
}

/**
 * Saves one submission of the form. `ownerId` is the signed-in viewer when their account's email
 * is the application's email: their change is made at once.
 */
export async function saveSubmission(
  tx: Tx,
  place: CohortEmail,
  role: ProfileRole,
  columns: ApplicationColumns,
  ownerId: string | null,
): Promise<SavedSubmission> {
  const owned = ownerId ? { userId: ownerId } : {};
  // One statement, so two submissions at once cannot both add an application: the second waits
  // for the first and then finds it.
  const [added] = await tx.application.createManyAndReturn({
    data: [{ ...place, role, ...columns, ...owned }],
    skipDuplicates: true,
    select: { id: true, role: true, status: true },
  });
  if (added) return { outcome: "added", application: added };

  const stored = await tx.application.findUniqueOrThrow({ where: { cohortId_email: place }, select: storedSelect });
  if (sameAnswers(stored, role, columns) && (!ownerId || stored.userId === ownerId)) return { outcome: "unchanged", application: stored };
  if (ownerId) return { outcome: "updated", application: await updateApplication(tx, stored, role, { ...columns, ...owned }) };
  return { outcome: "keptAside", application: stored, changeId: await keepChangeAside(tx, stored.id, role, columns) };
}

/** Drops a change kept aside whose link could not be sent: nobody could ever confirm it. */
export async function dropKeptChange(tx: Tx, changeId: string): Promise<void> {
  await tx.applicationChange.deleteMany({ where: { id: changeId } });
}

const changeSelect = {
  id: true,
  role: true,
  name: true,
  professionalFieldId: true,
  city: true,
  languageCodes: true,
  profile: true,
  locale: true,
  consentAt: true,
  expiresAt: true,
  application: {
    select: {
      id: true,
      status: true,
      userId: true,
      cohort: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          status: true,
          applicationOpensAt: true,
          applicationClosesAt: true,
          programme: { select: { id: true, name: true, nameEn: true } },
        },
      },
    },
  },
} satisfies Prisma.ApplicationChangeSelect;

export type KeptChange = Prisma.ApplicationChangeGetPayload<{ select: typeof changeSelect }>;

/** The change a link's token keeps aside while the link works, without using it up. */
export async function findKeptChange(client: Pick<Tx, "applicationChange">, token: string): Promise<KeptChange | null> {
  const change = await client.applicationChange.findUnique({ where: { tokenHash: hashToken(token) }, select: changeSelect });
  return change && change.expiresAt > new Date() ? change : null;
}

/**
 * Uses the link up: the change is taken out of its row, in one statement, so two clicks on the
 * same link cannot both apply it. Null when the link is unknown, used or expired.
 */
export async function takeKeptChange(tx: Tx, token: string): Promise<KeptChange | null> {
  const change = await findKeptChange(tx, token);
  if (!change) return null;
  const { count } = await tx.applicationChange.deleteMany({ where: { id: change.id, expiresAt: { gt: new Date() } } });
  return count === 1 ? change : null;
}

/** The kept change's answers, as the application's columns take them. */
export function keptColumns(change: KeptChange): ApplicationColumns {
  const { name, professionalFieldId, city, languageCodes, profile, locale, consentAt } = change;
  return { name, professionalFieldId, city, languageCodes, profile: profile as Prisma.InputJsonValue, locale, consentAt };
}

/**
 * Housekeeping (a daily job): deletes the changes kept aside whose link expired unconfirmed, and
 * with them the answers of someone who never confirmed. Returns how many.
 */
export async function deleteExpiredChanges(client: Pick<Tx, "applicationChange">, at: Date): Promise<number> {
  const { count } = await client.applicationChange.deleteMany({ where: { expiresAt: { lte: at } } });
  return count;
}
