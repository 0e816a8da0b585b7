import type { ReminderKind } from "@/lib/generated/prisma/client";

/** Every kind of reminder of the schema, in the order the account page lists them. Safe on the client. */
export const reminderKinds = Object.keys({
  LOG_MEETING: true,
  CONFIRM_MEETING: true,
  JOINT_SESSION: true,
} satisfies Record<ReminderKind, true>) as [ReminderKind, ...ReminderKind[]];

export type { ReminderKind };
