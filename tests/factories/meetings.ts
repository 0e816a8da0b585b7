import type { Meeting, MeetingMode, Prisma } from "@/lib/generated/prisma/client";
import { addDays, startOfUtcDay } from "./dates";
import type { FactoryDb } from "./factory-db";

export type MeetingData = {
  pairId: string;
  heldOn: Date;
  durationMinutes?: number;
  mode?: MeetingMode;
  topics?: string[];
  sharedNotes?: string | null;
  loggedById?: string | null;
  /** Null (with confirmedAt null) for a meeting the other side has not confirmed yet. */
  confirmedById?: string | null;
  confirmedAt?: Date | null;
};

export function buildMeetingData(input: MeetingData): Prisma.MeetingCreateManyInput {
  const confirmedById = input.confirmedById ?? null;
  return {
    pairId: input.pairId,
    heldOn: startOfUtcDay(input.heldOn),
    durationMinutes: input.durationMinutes ?? 60,
    mode: input.mode ?? "VIDEO",
    topics: input.topics ?? ["cv_applications"],
    sharedNotes: input.sharedNotes ?? null,
    loggedById: input.loggedById ?? null,
    confirmedById,
    confirmedAt: input.confirmedAt !== undefined ? input.confirmedAt : confirmedById ? addDays(input.heldOn, 1) : null,
  };
}

export type MeetingInput = Omit<MeetingData, "pairId" | "heldOn" | "loggedById" | "confirmedById"> & {
  pair: { id: string };
  /** Defaults to a week ago. */
  heldOn?: Date;
  /** Defaults to the mentor's account. */
  loggedById?: string | null;
  /** Defaults to the mentee's account when `confirmed` (the default). */
  confirmedById?: string | null;
  confirmed?: boolean;
};

export async function createMeeting(db: FactoryDb, input: MeetingInput): Promise<Meeting> {
  const { pair, confirmed = true, ...rest } = input;
  let { loggedById, confirmedById } = input;
  if (loggedById === undefined || (confirmed && confirmedById === undefined)) {
    const people = await db.pair.findUniqueOrThrow({
      where: { id: pair.id },
      select: { mentor: { select: { userId: true } }, mentee: { select: { userId: true } } },
    });
    if (loggedById === undefined) loggedById = people.mentor.userId;
    if (confirmedById === undefined) {
      confirmedById = loggedById === people.mentee.userId ? people.mentor.userId : people.mentee.userId;
    }
  }
  return db.meeting.create({
    data: buildMeetingData({
      ...rest,
      pairId: pair.id,
      heldOn: input.heldOn ?? addDays(startOfUtcDay(new Date()), -7),
      loggedById,
      confirmedById: confirmed ? confirmedById : null,
      confirmedAt: confirmed ? rest.confirmedAt : null,
    }),
  });
}
