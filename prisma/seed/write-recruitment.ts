import { applicationRow } from "@/prisma/seed/write-applications";
import type { Written } from "@/prisma/seed/write-context";
import { createCohort } from "@/tests/factories/cohorts";
import { addDays, atUtcTime } from "@/tests/factories/dates";
import { fieldId } from "@/tests/factories/programmes";

// Writes the cohort that is recruiting now, with its open public application page and the
// applications that came in since it opened, none decided yet. Written last, from the last draws,
// so that it changes nothing written before it.

export async function writeRecruitment(w: Written): Promise<void> {
  const plan = w.plan.recruiting;
  const cohort = await createCohort(w.tx, {
    programmeId: w.programme.id,
    name: plan.name,
    status: "RECRUITING",
    startDate: plan.start,
    endDate: plan.end,
    applicationOpensAt: plan.applicationOpensAt,
    applicationClosesAt: plan.applicationClosesAt,
    publicKey: w.rng.token(20),
    sessionLocation: "Folkets hus, Stockholm",
  });
  const rows = plan.applicants.map(({ person, role, profile }) =>
    applicationRow(cohort.id, person, profile, {
      role,
      professionalFieldId: fieldId(w.programme, profile.fieldKey),
      status: "SUBMITTED",
      applied: atUtcTime(addDays(w.today, -w.rng.int(1, 13)), w.rng.int(7, 21)),
      decidedAt: null,
    }),
  );
  await w.tx.application.createMany({ data: rows });
  w.counts.cohorts = (w.counts.cohorts ?? 0) + 1;
  w.counts.applications = (w.counts.applications ?? 0) + rows.length;
}
