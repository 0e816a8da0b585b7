import type { Prisma } from "@/lib/generated/prisma/client";
import { outboxRow, type EmailRequest } from "@/lib/email/outbox";

/**
 * Outbox rows for many emails at once (a CSV import sends one per person), each rendered in its
 * recipient's language as enqueueEmail renders it. The caller inserts them in one statement inside
 * the transaction of the change they report, so they are sent only if that change is saved.
 */
export function outboxRows(requests: EmailRequest[]): Prisma.OutboxEmailCreateManyInput[] {
  return requests.map(outboxRow);
}
