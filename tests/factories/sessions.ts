import type { AttendanceStatus, JointSession, SessionAttendance } from "@/lib/generated/prisma/client";
import { addDays, atUtcTime } from "./dates";
import type { FactoryDb } from "./factory-db";

export async function createJointSession(
  db: FactoryDb,
  input: { cohortId: string; ordinal: number; title?: string; startsAt?: Date; endsAt?: Date; location?: string | null },
): Promise<JointSession> {
  const startsAt = input.startsAt ?? atUtcTime(addDays(new Date(), 14), 16);
  return db.jointSession.create({
    data: {
      cohortId: input.cohortId,
      ordinal: input.ordinal,
      title: input.title ?? `Träff ${input.ordinal}`,
      startsAt,
      endsAt: input.endsAt ?? new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
      location: input.location ?? "Stockholm",
    },
  });
}

/** Records (or changes) one participant's attendance at a session. */
export async function markAttendance(
  db: FactoryDb,
  input: { sessionId: string; participationId: string; status?: AttendanceStatus; markedAt?: Date },
): Promise<SessionAttendance> {
  const status = input.status ?? "PRESENT";
  const markedAt = input.markedAt ?? new Date();
  return db.sessionAttendance.upsert({
    where: { sessionId_participationId: { sessionId: input.sessionId, participationId: input.participationId } },
    create: { sessionId: input.sessionId, participationId: input.participationId, status, markedAt },
    update: { status, markedAt },
  });
}
