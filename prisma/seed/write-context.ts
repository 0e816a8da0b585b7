import type { Random } from "@/lib/demo/random";
import type { ParticipantRole, Prisma } from "@/lib/generated/prisma/client";
import type { Person } from "@/prisma/seed/people";
import type { CohortPlan, DemoPlan, ParticipationPlan } from "@/prisma/seed/plan-types";
import type { CohortWithSessions } from "@/tests/factories/cohorts";
import type { ProgrammeWithFields } from "@/tests/factories/programmes";

// What the steps that write the plan share: the transaction, the generator, the day, the counts
// reported at the end, and the rows written so far, found by the plan's objects.

export type Tx = Prisma.TransactionClient;

export type ParticipationRow = { id: string; cohortId: string; role: ParticipantRole; professionalFieldId: string };

export type Writing = {
  tx: Tx;
  plan: DemoPlan;
  rng: Random;
  today: Date;
  /** Midnight of `today`: nothing written happened later. */
  now: Date;
  counts: Record<string, number>;
};

/** The organisation's rows once people, the programme, the cohorts and the participations are written. */
export type Written = Writing & {
  programme: ProgrammeWithFields;
  coordinatorId: string;
  userIdOf: (person: Person) => string;
  cohortOf: (cohortPlan: CohortPlan) => CohortWithSessions;
  participationOf: (cohortPlan: CohortPlan, participation: ParticipationPlan) => ParticipationRow;
  /** The day each participant applied (and consented). */
  appliedOn: Map<ParticipationPlan, Date>;
};
