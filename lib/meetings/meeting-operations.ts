import "server-only";
import { Refusal } from "@/lib/actions/refusal";
import type { Viewer } from "@/lib/auth/policy";
import { parseCalendarDate } from "@/lib/cohorts/stockholm-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingOfPair, MeetingPair } from "@/lib/meetings/meeting-access";
import { heldOnProblem, withinChangeWindow } from "@/lib/meetings/meeting-rules";
import type { MeetingInput } from "@/lib/meetings/meeting-schemas";

// The checks and writes behind the meeting actions, given the action's transaction. A Refusal
// thrown here rolls the action back and answers with its message.

type Tx = Prisma.TransactionClient;

/** Nobody logs, changes or answers a meeting of a pair that has ended (a closed cohort ends its pairs). */
export function refuseUnlessRunning(pair: MeetingPair): void {
  if (pair.status !== "ACTIVE") throw new Refusal("meetings.errors.pairEnded");
}

/** The day must be today or earlier, and not before the pair was published; said next to the date. */
export function refuseBadDay(input: MeetingInput, pair: MeetingPair, at: Date): Date {
  const problem = heldOnProblem(input.heldOn, pair.publishedAt, at);
  if (problem) throw new Refusal(problem, undefined, "heldOn");
  return parseCalendarDate(input.heldOn)!;
}

/** What stops the viewer changing or deleting this meeting, as a message key; null when they may. */
export function changeProblem(viewer: Viewer, meeting: MeetingOfPair, at: Date): string | null {
  if (meeting.pair.status !== "ACTIVE") return "meetings.errors.pairEnded";
  if (meeting.loggedById !== viewer.id) return "meetings.errors.notYours";
  if (!withinChangeWindow(meeting.createdAt, at)) return "meetings.errors.windowClosed";
  return null;
}

/** What stops the viewer confirming or disputing this meeting; null when they may. */
export function answerProblem(viewer: Viewer, meeting: MeetingOfPair): string | null {
  if (meeting.pair.status !== "ACTIVE") return "meetings.errors.pairEnded";
  if (meeting.loggedById === viewer.id) return "meetings.errors.ownMeeting";
  return null;
}

/** Saves, replaces or removes the viewer's own private note on a meeting. */
export async function savePrivateNote(tx: Tx, meetingId: string, authorId: string, text: string): Promise<void> {
  if (text === "") {
    await tx.meetingPrivateNote.deleteMany({ where: { meetingId, authorId } });
    return;
  }
  await tx.meetingPrivateNote.upsert({
    where: { meetingId_authorId: { meetingId, authorId } },
    create: { meetingId, authorId, text },
    update: { text },
  });
}
