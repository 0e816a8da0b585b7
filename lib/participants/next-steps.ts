import type { CohortStatus, PairStatus, ParticipationStatus } from "@/lib/generated/prisma/client";
import type { Partner, SessionSummary } from "@/lib/pairs/pair-summaries";

// What a participant's home tells them to do next in one cohort: choose mentor wishes while they
// are open, get in touch with each partner (to plan the first meeting of a pair just made, or the
// next one), and come to the next joint session. Pure, from what the home already reads.

export type NextStep =
  | { kind: "chooseWishes"; participationId: string }
  | { kind: "contactPartner"; pairId: string; partner: Partner; firstMeeting: boolean }
  | { kind: "session"; session: SessionSummary };

type HomeFacts = {
  id: string;
  status: ParticipationStatus;
  cohort: { status: CohortStatus };
  wishesOpen: boolean;
  pairs: Array<{ id: string; status: PairStatus; partner: Partner; meetingCount: number }>;
  sessions: SessionSummary[];
};

/** The cohort's next joint session: the first still to begin, or null. */
export function nextSession(sessions: SessionSummary[], now: Date): SessionSummary | null {
  const ahead = sessions.filter((session) => session.startsAt > now);
  return ahead.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0] ?? null;
}

/** The steps, in the order to take them; none once the person's part in the cohort is over. */
export function nextSteps(home: HomeFacts, now: Date): NextStep[] {
  if (home.cohort.status === "CLOSED" || home.status === "WITHDRAWN" || home.status === "COMPLETED") return [];
  const steps: NextStep[] = [];
  if (home.wishesOpen) steps.push({ kind: "chooseWishes", participationId: home.id });
  for (const pair of home.pairs.filter((one) => one.status === "ACTIVE")) {
    steps.push({ kind: "contactPartner", pairId: pair.id, partner: pair.partner, firstMeeting: pair.meetingCount === 0 });
  }
  const session = nextSession(home.sessions, now);
  if (session) steps.push({ kind: "session", session });
  return steps;
}
