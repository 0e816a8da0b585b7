import { randomBytes } from "node:crypto";
import type { Cohort, CohortStatus, JointSession, Prisma } from "@/lib/generated/prisma/client";
import { addDays, addMonths, atUtcTime, daysBetween, startOfUtcDay } from "./dates";
import { type FactoryDb, uniqueSuffix } from "./factory-db";
import { createProgramme } from "./programmes";

export type CohortWithSessions = Cohort & { sessions: JointSession[] };

export type CohortOverrides = {
  programmeId?: string;
  name?: string;
  nameEn?: string | null;
  status?: CohortStatus;
  /** Defaults to the end date for a CLOSED cohort, else null. */
  closedAt?: Date | null;
  /** Defaults to today. */
  startDate?: Date;
  /** Defaults to `months` after the start. */
  endDate?: Date;
  months?: number;
  applicationOpensAt?: Date | null;
  applicationClosesAt?: Date | null;
  defaultMentorCapacity?: number;
  minMatchScore?: number;
  menteeWishesEnabled?: boolean;
  publicKey?: string;
  /** Creates the three joint sessions (start, middle, end). */
  withSessions?: boolean;
  sessionLocation?: string;
};

export const DEFAULT_SESSION_TITLES = ["Uppstartsträff", "Halvtidsträff", "Avslutningsträff"] as const;

/** A random key for the public application link. */
export function newPublicKey(): string {
  return randomBytes(12).toString("base64url");
}

/** The three default joint sessions: on the first day, halfway and on the last day, in the evening (16–19 UTC). */
export function buildDefaultSessions(
  cohort: { id: string; startDate: Date; endDate: Date },
  location = "Stockholm",
): Prisma.JointSessionCreateManyInput[] {
  const start = startOfUtcDay(cohort.startDate);
  const end = startOfUtcDay(cohort.endDate);
  // Halfway, on the same weekday as the first session.
  const middle = addDays(start, 7 * Math.round(daysBetween(start, end) / 14));
  return [start, middle, end].map((day, index) => ({
    cohortId: cohort.id,
    ordinal: index + 1,
    title: DEFAULT_SESSION_TITLES[index] ?? `Träff ${index + 1}`,
    startsAt: atUtcTime(day, 16),
    endsAt: atUtcTime(day, 19),
    location,
  }));
}

export async function createCohort(db: FactoryDb, overrides: CohortOverrides = {}): Promise<CohortWithSessions> {
  const { withSessions = true, sessionLocation, months = 7, programmeId, ...columns } = overrides;
  const startDate = startOfUtcDay(columns.startDate ?? new Date());
  const endDate = startOfUtcDay(columns.endDate ?? addMonths(startDate, months));
  const cohort = await db.cohort.create({
    data: {
      programmeId: programmeId ?? (await createProgramme(db)).id,
      name: columns.name ?? `Cohort ${uniqueSuffix()}`,
      nameEn: columns.nameEn ?? null,
      status: columns.status ?? "ACTIVE",
      closedAt: columns.closedAt !== undefined ? columns.closedAt : columns.status === "CLOSED" ? endDate : null,
      startDate,
      endDate,
      applicationOpensAt: columns.applicationOpensAt ?? null,
      applicationClosesAt: columns.applicationClosesAt ?? null,
      defaultMentorCapacity: columns.defaultMentorCapacity ?? 1,
      minMatchScore: columns.minMatchScore ?? 0,
      menteeWishesEnabled: columns.menteeWishesEnabled ?? false,
      publicKey: columns.publicKey ?? newPublicKey(),
    },
  });
  const sessions = withSessions ? await db.jointSession.createManyAndReturn({ data: buildDefaultSessions(cohort, sessionLocation) }) : [];
  sessions.sort((a, b) => a.ordinal - b.ordinal);
  return { ...cohort, sessions };
}
