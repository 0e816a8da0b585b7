import "server-only";
import { Refusal } from "@/lib/actions/refusal";
import { now } from "@/lib/clock";
import { parseCalendarDate, toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { judgeQualified } from "@/lib/outcomes/occupations";
import type { OutcomePair } from "@/lib/outcomes/outcome-access";
import type { OutcomeInput } from "@/lib/outcomes/outcome-schemas";

// What an outcome's row holds, from the form's input: Tandem's judgement beside the person's own
// answer (both kept, also where they differ).

/** An outcome happened: not after today in Stockholm (lib/clock's today, which tests move). */
export function refuseFutureDate(input: OutcomeInput): void {
  const today = parseCalendarDate(toStockholmParts(now()).date)!;
  if (input.occurredOn.getTime() > today.getTime()) throw new Refusal("outcomes.errors.dateInFuture", undefined, "occurredOn");
}

export function outcomeData(input: OutcomeInput, pair: OutcomePair) {
  return {
    type: input.type,
    occurredOn: input.occurredOn,
    jobTitle: input.jobTitle,
    employer: input.employer,
    occupationCode: input.occupationCode,
    throughProgramme: input.throughProgramme,
    qualified: input.qualified,
    qualifiedJudged: judgeQualified({ occupationCode: input.occupationCode, postSecondaryEducation: pair.postSecondaryEducation }),
    note: input.note,
  };
}

/** What the audit entry keeps of an outcome: its kind and facts, no free text. */
export function auditDetails(data: ReturnType<typeof outcomeData>) {
  return {
    type: data.type,
    occurredOn: data.occurredOn.toISOString().slice(0, 10),
    occupationCode: data.occupationCode,
    qualified: data.qualified,
    qualifiedJudged: data.qualifiedJudged,
    throughProgramme: data.throughProgramme,
  };
}
