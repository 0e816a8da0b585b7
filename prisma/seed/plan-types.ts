import type { MeetingMode, ParticipantRole } from "@/lib/generated/prisma/client";
import type { BuiltInKey } from "@/lib/surveys/instruments";
import type { CohortKey } from "@/prisma/seed/calendar";
import type { Mentee, People, Person, Profile } from "@/prisma/seed/people";
import type { Story } from "@/prisma/seed/stories";
import type { OutcomeInput } from "@/tests/factories/outcomes";
import type { Answers } from "@/tests/factories/surveys";

// The plan of the demo: cohorts, participations and pairs, decided before anything is written.

export type Engagement = "high" | "medium" | "low" | "none";

export type ParticipationPlan = {
  person: Person;
  role: ParticipantRole;
  profile: Profile;
  status: "ACTIVE" | "COMPLETED" | "WITHDRAWN";
};

export type MeetingPlan = {
  heldOn: Date;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  sharedNotes: string | null;
  loggedBy: "mentor" | "mentee";
  confirmed: boolean;
  privateNote?: string;
};

export type GoalStatus = "OPEN" | "IN_PROGRESS" | "ACHIEVED" | "DROPPED";

export type OutcomePlan = Omit<OutcomeInput, "pairId">;

export type PairPlan = {
  mentor: ParticipationPlan;
  mentee: ParticipationPlan;
  engagement: Engagement;
  story: Story | null;
  publishedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  status: "ACTIVE" | "ENDED";
  source: "SUGGESTED" | "MANUAL" | "IMPORTED";
  score: number | null;
  /** Fixed content for the demo pair; otherwise generated. */
  meetings?: MeetingPlan[];
  goals?: { title: string; status: GoalStatus }[];
  outcomes?: OutcomePlan[];
  /** Survey answers that must come out this way (demo accounts). */
  fixedAnswers?: Partial<Record<BuiltInKey, Answers>>;
  /** The surveys the mentee or the mentor of this pair answered (see planSurveys). */
  responds?: Set<BuiltInKey>;
};

export type CohortPlan = {
  key: CohortKey;
  name: string;
  status: "CLOSED" | "ACTIVE" | "MATCHING";
  start: Date;
  end: Date;
  participations: ParticipationPlan[];
  pairs: PairPlan[];
  effectSurvey: boolean;
};

/** The next cohort, taking applications now through its public page: applicants only, nobody decided on yet. */
export type RecruitingPlan = {
  name: string;
  start: Date;
  end: Date;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  applicants: { person: Person; role: ParticipantRole; profile: Profile }[];
};

export type DemoPlan = {
  cohorts: CohortPlan[];
  recruiting: RecruitingPlan;
  people: People;
  admin: Person;
  coordinator: Person;
  /** Applicants to the matching cohort who were not accepted (no account). */
  otherApplicants: { mentee: Mentee; status: "WAITLISTED" | "DECLINED"; reason: string | null }[];
};
