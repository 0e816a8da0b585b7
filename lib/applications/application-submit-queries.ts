import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { profileColumnSelect } from "@/lib/profiles/profile-columns";
import type { Viewer } from "@/lib/auth/policy";
import type { CohortStatus } from "@/lib/generated/prisma/client";
import { formValuesFromProfile, type FormValues } from "@/lib/profiles/profile-form";
import type { ProfileRole } from "@/lib/profiles/profile-fields";
import { changeTokenSchema } from "@/lib/applications/application-submit-schemas";
import { findKeptChange } from "@/lib/applications/application-submit-save";

// Reads for the public application pages. Anyone with the link may see what the page shows: the
// programme's and the cohort's public facts, never who applied.

/** Public keys are random URL-safe strings; anything else is simply not found. */
export const publicKeySchema = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

export type ApplyField = { id: string; key: string; nameSv: string; nameEn: string };

export type ApplyCohort = {
  id: string;
  publicKey: string;
  name: string;
  nameEn: string | null;
  status: CohortStatus;
  startDate: Date;
  endDate: Date;
  applicationOpensAt: Date | null;
  applicationClosesAt: Date | null;
  defaultMentorCapacity: number;
  programme: {
    id: string;
    name: string;
    nameEn: string | null;
    description: string;
    descriptionEn: string | null;
    retentionMonths: number;
    organizationName: string;
  };
  /** The programme's active professional fields, in its order. */
  fields: ApplyField[];
};

/**
 * The cohort behind a public link, or null for an unknown or malformed key. Public by its
 * unguessable key: anyone who has the link may read what the page shows, signed in (`viewer`) or
 * not (null), so nothing is asked of the viewer.
 */
export const getApplyCohort = cache(async (_viewer: Viewer | null, publicKey: string): Promise<ApplyCohort | null> => {
  const key = publicKeySchema.safeParse(publicKey);
  if (!key.success) return null;
  const cohort = await db.cohort.findUnique({
    // An archived cohort's page is closed for good: its link was made by mistake.
    where: { publicKey: key.data, archivedAt: null, programme: { archivedAt: null } },
    select: {
      id: true,
      publicKey: true,
      name: true,
      nameEn: true,
      status: true,
      startDate: true,
      endDate: true,
      applicationOpensAt: true,
      applicationClosesAt: true,
      defaultMentorCapacity: true,
      programme: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          description: true,
          descriptionEn: true,
          retentionMonths: true,
          organization: { select: { name: true } },
          fields: {
            where: { active: true },
            orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
            select: { id: true, key: true, nameSv: true, nameEn: true },
          },
        },
      },
    },
  });
  if (!cohort) return null;
  const { programme, ...rest } = cohort;
  return {
    ...rest,
    programme: {
      id: programme.id,
      name: programme.name,
      nameEn: programme.nameEn,
      description: programme.description,
      descriptionEn: programme.descriptionEn,
      retentionMonths: programme.retentionMonths,
      organizationName: programme.organization.name,
    },
    fields: programme.fields,
  };
});

/** A name in Swedish and, when written, in English. */
type Names = { name: string; nameEn: string | null };

export type ReturningApplicant = {
  values: FormValues;
  /** The cohort the profile was taken from, or null when only the account's name and email are known. */
  fromCohort: Names | null;
};

/**
 * What the form can be filled in with for a signed-in person: name and email from the account,
 * the rest from their latest participation. Read for the viewer themselves, by their own id, so
 * nobody sees another person's profile here.
 */
export async function getReturningApplicant(viewer: Viewer): Promise<ReturningApplicant | null> {
  const user = await db.user.findUnique({
    where: { id: viewer.id },
    select: {
      name: true,
      email: true,
      erasedAt: true,
      participations: {
        orderBy: [{ cohort: { startDate: "desc" } }, { createdAt: "desc" }],
        take: 1,
        select: {
          ...profileColumnSelect,
          cohort: { select: { name: true, nameEn: true } },
        },
      },
    },
  });
  if (!user || user.erasedAt) return null;
  const latest = user.participations[0];
  const profile = latest ? { ...latest, fieldKey: latest.professionalField.key } : {};
  const values = { ...formValuesFromProfile(profile), name: user.name, ...(user.email ? { email: user.email } : {}) };
  return { values, fromCohort: latest?.cohort ?? null };
}

export type ApplicationChangeLink = { cohort: Names; programme: Names; role: ProfileRole };

/**
 * What a link to confirm a change is about, while it works; null when it is unknown, used or
 * expired. Public by its unguessable token, like the link itself: whoever holds it may read the
 * cohort it is for, signed in (`viewer`) or not (null), so nothing is asked of the viewer. The
 * answers themselves are not shown.
 */
export async function getApplicationChangeLink(_viewer: Viewer | null, token: string): Promise<ApplicationChangeLink | null> {
  if (!changeTokenSchema.safeParse(token).success) return null;
  const change = await findKeptChange(db, token);
  if (!change) return null;
  const { cohort } = change.application;
  return {
    cohort: { name: cohort.name, nameEn: cohort.nameEn },
    programme: { name: cohort.programme.name, nameEn: cohort.programme.nameEn },
    role: change.role,
  };
}
