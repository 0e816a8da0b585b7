import "server-only";
import { notFound } from "next/navigation";
import { sideInPair, type ParticipantSide, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { OutcomeType, ParticipantRole } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/ids";
import { formatCalendarDate } from "@/lib/cohorts/stockholm-time";
import type { OutcomeFormValues } from "@/lib/outcomes/outcome-schemas";

// The outcomes of a pair, for its two people only: anyone else (another pair, a coordinator, an
// id that is foreign, missing or malformed) finds nothing. A pair that no longer runs shows its
// outcomes read-only.

export type OutcomeSummary = {
  id: string;
  type: OutcomeType;
  occurredOn: Date;
  jobTitle: string | null;
  employer: string | null;
  occupationCode: string | null;
  throughProgramme: boolean | null;
  qualified: boolean | null;
  qualifiedJudged: boolean | null;
  note: string | null;
  recordedByRole: ParticipantRole | null;
};

export type PairOutcomes = {
  pairId: string;
  side: ParticipantSide;
  /** The pair runs: its people may record, change and remove outcomes. */
  editable: boolean;
  partnerName: string;
  outcomes: OutcomeSummary[];
};

const outcomeSelect = {
  id: true,
  type: true,
  occurredOn: true,
  jobTitle: true,
  employer: true,
  occupationCode: true,
  throughProgramme: true,
  qualified: true,
  qualifiedJudged: true,
  note: true,
  recordedByRole: true,
} as const;

async function readPair(viewer: Viewer, pairId: string, side: ParticipantSide) {
  if (!isId(pairId)) notFound();
  const pair = await db.pair.findUnique({
    where: { id: pairId },
    select: {
      id: true,
      status: true,
      cohort: { select: { programmeId: true } },
      mentor: { select: { userId: true, user: { select: { name: true } } } },
      mentee: { select: { userId: true, user: { select: { name: true } } } },
    },
  });
  if (!pair) notFound();
  const facts = {
    status: pair.status,
    programmeId: pair.cohort.programmeId,
    mentorUserId: pair.mentor.userId,
    menteeUserId: pair.mentee.userId,
  };
  if (sideInPair(viewer, facts) !== side) notFound();
  const partner = side === "MENTOR" ? pair.mentee : pair.mentor;
  return { id: pair.id, editable: pair.status === "ACTIVE", partnerName: partner.user?.name ?? "" };
}

/** The pair's outcomes, newest first, as one of its two people sees them. */
export async function getPairOutcomes(viewer: Viewer, pairId: string, side: ParticipantSide): Promise<PairOutcomes> {
  const pair = await readPair(viewer, pairId, side);
  const outcomes = await db.outcomeEvent.findMany({
    where: { pairId: pair.id },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    select: outcomeSelect,
  });
  return { pairId: pair.id, side, editable: pair.editable, partnerName: pair.partnerName, outcomes };
}

/** The pair, for the page that records a new outcome. */
export async function getOutcomePair(viewer: Viewer, pairId: string, side: ParticipantSide) {
  const pair = await readPair(viewer, pairId, side);
  return { pairId: pair.id, side, editable: pair.editable, partnerName: pair.partnerName };
}

/** One outcome of the pair with its form's values, for the page that changes or removes it. */
export async function getOutcomeForEdit(viewer: Viewer, pairId: string, outcomeId: string, side: ParticipantSide) {
  const pair = await readPair(viewer, pairId, side);
  if (!isId(outcomeId)) notFound();
  const outcome = await db.outcomeEvent.findFirst({ where: { id: outcomeId, pairId: pair.id }, select: outcomeSelect });
  if (!outcome) notFound();
  const yesNo = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");
  const values: OutcomeFormValues = {
    type: outcome.type,
    occurredOn: formatCalendarDate(outcome.occurredOn),
    jobTitle: outcome.jobTitle ?? "",
    employer: outcome.employer ?? "",
    occupationQuery: "",
    occupationCode: outcome.occupationCode ?? "",
    throughProgramme: yesNo(outcome.throughProgramme),
    qualified: yesNo(outcome.qualified),
    note: outcome.note ?? "",
  };
  return { pairId: pair.id, side, editable: pair.editable, partnerName: pair.partnerName, outcome, values };
}
