import "server-only";
import { notFound } from "next/navigation";
import type { ParticipantSide, Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { GoalStatus } from "@/lib/generated/prisma/client";
import { findPairRoom } from "@/lib/pairs/pair-room";

// A pair's goals with their progress notes, for its two people and the coordinators of its
// programme (who read, never change). Anyone else finds nothing.

export type GoalNoteSummary = {
  id: string;
  text: string;
  createdAt: Date;
  /** The author's name; null once the account is gone. */
  authorName: string | null;
  /** Which of the pair wrote it, when it was one of them. */
  authorSide: ParticipantSide | null;
};

export type GoalSummary = {
  id: string;
  title: string;
  description: string | null;
  status: GoalStatus;
  closedAt: Date | null;
  createdAt: Date;
  notes: GoalNoteSummary[];
};

export type PairGoals = {
  pairId: string;
  /** The viewer is one of the pair and the pair runs: the goals can be changed. */
  canChange: boolean;
  goals: GoalSummary[];
};

export async function listPairGoals(viewer: Viewer, pairId: string): Promise<PairGoals> {
  const room = await findPairRoom(viewer, pairId, { coordinators: true });
  if (!room) notFound();
  const goals = await db.pairGoal.findMany({
    where: { pairId: room.id },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      closedAt: true,
      createdAt: true,
      notes: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, text: true, createdAt: true, authorId: true, author: { select: { name: true, erasedAt: true } } },
      },
    },
  });
  const sideOf = (authorId: string | null): ParticipantSide | null =>
    authorId === null ? null : authorId === room.mentorUserId ? "MENTOR" : authorId === room.menteeUserId ? "MENTEE" : null;
  return {
    pairId: room.id,
    canChange: room.side !== null && room.open,
    goals: goals.map(({ notes, ...goal }) => ({
      ...goal,
      notes: notes.map((note) => ({
        id: note.id,
        text: note.text,
        createdAt: note.createdAt,
        authorName: note.author && !note.author.erasedAt ? note.author.name : null,
        authorSide: sideOf(note.authorId),
      })),
    })),
  };
}
