import "server-only";
import { readReminderOffToken } from "@/lib/auth/reminder-off-tokens";
import type { Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { reminderKinds, type ReminderKind } from "@/lib/reminders/reminder-kinds";

/** The kinds of reminder the viewer gets (every kind they have not turned off). */
export async function getReminderSettings(viewer: Viewer): Promise<{ on: ReminderKind[] }> {
  const off = await db.reminderOptOut.findMany({ where: { userId: viewer.id }, select: { kind: true } });
  const offKinds = new Set(off.map((row) => row.kind));
  return { on: reminderKinds.filter((kind) => !offKinds.has(kind)) };
}

/**
 * The kind of reminder a link from a reminder turns off; null for a link this server did not sign
 * or whose account is gone. Public by its signed token: whoever holds the link may turn that kind
 * off, signed in (`viewer`) or not (null), so nothing is asked of the viewer. Nothing about the
 * person is returned.
 */
export async function getReminderOffLink(_viewer: Viewer | null, token: string): Promise<{ kind: ReminderKind } | null> {
  const link = readReminderOffToken(token);
  if (!link) return null;
  const user = await db.user.findUnique({ where: { id: link.userId }, select: { id: true } });
  return user && { kind: link.kind };
}
