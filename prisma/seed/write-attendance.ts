import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CohortPlan, ParticipationPlan } from "@/prisma/seed/plan-types";
import type { Written } from "@/prisma/seed/write-context";

// Writes who came to the joint sessions held so far. Attendance falls a little from the first
// session to the last; the demo accounts came to every one.

const ATTENDANCE_WEIGHTS = [
  [
    ["PRESENT", 88],
    ["EXCUSED", 7],
    ["ABSENT", 5],
  ],
  [
    ["PRESENT", 80],
    ["EXCUSED", 10],
    ["ABSENT", 10],
  ],
  [
    ["PRESENT", 74],
    ["EXCUSED", 12],
    ["ABSENT", 14],
  ],
] as const;

/** When each person who left the programme early left it: they stop attending. */
function leavingDays(cohorts: readonly CohortPlan[]): Map<ParticipationPlan, Date> {
  const leftOn = new Map<ParticipationPlan, Date>();
  for (const pair of cohorts.flatMap((cohortPlan) => cohortPlan.pairs)) {
    if (!pair.endReason || !pair.endedAt) continue;
    for (const side of [pair.mentor, pair.mentee]) if (side.status === "WITHDRAWN") leftOn.set(side, pair.endedAt);
  }
  return leftOn;
}

export async function writeAttendance(w: Written): Promise<void> {
  const leftOn = leavingDays(w.plan.cohorts);
  const demoEmails = new Set(DEMO_ACCOUNTS.map((account) => account.email));
  const attendanceRows: Prisma.SessionAttendanceCreateManyInput[] = [];
  for (const cohortPlan of w.plan.cohorts) {
    for (const session of w.cohortOf(cohortPlan).sessions) {
      if (session.startsAt >= w.now) continue;
      const weights = ATTENDANCE_WEIGHTS[Math.min(session.ordinal, 3) - 1] ?? ATTENDANCE_WEIGHTS[0];
      for (const participation of cohortPlan.participations) {
        const left = leftOn.get(participation);
        if (left && session.startsAt > left) continue;
        attendanceRows.push({
          sessionId: session.id,
          participationId: w.participationOf(cohortPlan, participation).id,
          status: demoEmails.has(participation.person.email) ? "PRESENT" : w.rng.weighted(weights),
          markedAt: session.endsAt,
        });
      }
    }
  }
  await w.tx.sessionAttendance.createMany({ data: attendanceRows });
  w.counts.attendance = attendanceRows.length;
}
