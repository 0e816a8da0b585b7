import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actorId: string | null;
  /** What happened, as "<thing>.<verb>": participant.read, participant.update, auth.sign_in … */
  action: string;
  entityType: string;
  entityId?: string | null;
  subjectUserId?: string | null;
  programmeId?: string | null;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
};

/** Appends to the audit log: who read or changed whose data. */
export async function recordAudit(entry: AuditInput, client: Pick<typeof db, "auditEntry"> = db): Promise<void> {
  await client.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      programmeId: entry.programmeId ?? null,
      details: entry.details,
      ip: entry.ip ?? null,
    },
  });
}
