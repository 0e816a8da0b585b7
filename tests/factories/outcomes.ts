import type { OutcomeEvent, OutcomeType, Prisma } from "@/lib/generated/prisma/client";
import { addDays, startOfUtcDay } from "./dates";
import type { FactoryDb } from "./factory-db";

export type OutcomeInput = {
  pairId: string;
  type?: OutcomeType;
  occurredOn?: Date;
  qualified?: boolean | null;
  jobTitle?: string | null;
  employer?: string | null;
  note?: string | null;
  /** An SSYK 2012 code (lib/outcomes/ssyk-2012.ts), for a job. */
  occupationCode?: string | null;
  qualifiedJudged?: boolean | null;
};

export function buildOutcomeData(input: OutcomeInput): Prisma.OutcomeEventCreateManyInput {
  const type = input.type ?? "JOB_INTERVIEW";
  const isJob = type === "JOB_OFFER" || type === "JOB_STARTED";
  return {
    pairId: input.pairId,
    type,
    occurredOn: startOfUtcDay(input.occurredOn ?? addDays(new Date(), -3)),
    qualified: input.qualified !== undefined ? input.qualified : isJob ? true : null,
    jobTitle: input.jobTitle ?? null,
    employer: input.employer ?? null,
    note: input.note ?? null,
    occupationCode: input.occupationCode ?? null,
    qualifiedJudged: input.qualifiedJudged ?? null,
  };
}

export async function createOutcomeEvent(db: FactoryDb, input: OutcomeInput): Promise<OutcomeEvent> {
  return db.outcomeEvent.create({ data: buildOutcomeData(input) });
}
