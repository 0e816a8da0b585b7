import type { Random } from "@/lib/demo/random";
import type { BuiltInTemplateIds } from "@/lib/surveys/built-in-templates";
import type { DemoPlan } from "@/prisma/seed/plan-types";
import { writeApplications } from "@/prisma/seed/write-applications";
import { writeAttendance } from "@/prisma/seed/write-attendance";
import type { Tx } from "@/prisma/seed/write-context";
import { writeOrganisation } from "@/prisma/seed/write-organisation";
import { writePairs } from "@/prisma/seed/write-pairs";
import { writeRecruitment } from "@/prisma/seed/write-recruitment";
import { writeSurveys } from "@/prisma/seed/write-surveys";
import { atUtcTime } from "@/tests/factories/dates";

/**
 * Writes the plan in one transaction, drawing what the plan left open (dates of application,
 * meetings, attendance, answers) from its own generator, in this order. Returns the row counts.
 */
export async function writeDemo(
  tx: Tx,
  plan: DemoPlan,
  rng: Random,
  today: Date,
  passwordHash: string,
  templates: BuiltInTemplateIds,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const written = await writeOrganisation({ tx, plan, rng, today, now: atUtcTime(today, 0), counts }, passwordHash);
  await writePairs(written);
  await writeAttendance(written);
  await writeSurveys(written, templates);
  await writeApplications(written);
  await writeRecruitment(written);
  return counts;
}
