import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { isId } from "@/lib/ids";
import { pairRoomSelect, toPairRoom } from "@/lib/pairs/pair-room";

// A goal is reached through its pair: only the pair's two people find it to change it. Anyone
// else, and a missing or malformed id, finds nothing.

export async function findOwnGoal(viewer: Viewer, goalId: unknown) {
  if (!isId(goalId)) return null;
  const goal = await db.pairGoal.findUnique({
    where: { id: goalId },
    select: { id: true, title: true, status: true, pair: { select: pairRoomSelect } },
  });
  if (!goal) return null;
  const room = toPairRoom(viewer, goal.pair);
  if (!room?.side) return null;
  return { id: goal.id, title: goal.title, status: goal.status, pair: { ...room, side: room.side } };
}
