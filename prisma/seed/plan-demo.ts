import { getDemoAccount } from "@/lib/demo/demo-accounts";
import type { Random } from "@/lib/demo/random";
import { cohortName, timeline, type Span } from "@/prisma/seed/calendar";
import { demoMentee, demoMentor, demoMentorEarlierPair, demoPair } from "@/prisma/seed/demo-mentor";
import { returningMentee, returningMenteePair, returningMentor } from "@/prisma/seed/demo-returning";
import type { Mentee, Mentor } from "@/prisma/seed/people";
import type { DemoPlan, PairPlan, RecruitingPlan } from "@/prisma/seed/plan-types";
import { pairPlan, Planner } from "@/prisma/seed/planner";
import { planSurveys } from "@/prisma/seed/survey-plan";
import { addDays, atUtcTime } from "@/tests/factories/dates";

// The whole demo, planned in one pass of the seeded generator: the order of the steps below is
// the order of the draws, so changing it changes every person after the change.

/** The demo pairs of the running cohort: the demo mentor with the demo mentee, and the returning person's first mentee. */
function runningDemoPairs(planner: Planner, taken: Set<Mentor>, karin: Mentor, nour: Mentee, activeStart: Date, today: Date): PairPlan[] {
  taken.add(karin);
  const yasmin = demoMentee(planner, today);
  const nourAsMentor = returningMentor(nour);
  const nourMentee = planner.people.mentee("economics", { country: "IR" });
  return [
    demoPair(planner, karin, yasmin, activeStart, today),
    pairPlan(planner.mentorParticipation(nourAsMentor, "ACTIVE"), planner.menteeParticipation(nourMentee, "ACTIVE"), {
      engagement: "high",
      publishedAt: atUtcTime(addDays(activeStart, -5), 9),
      source: "SUGGESTED",
      score: 84,
    }),
  ];
}

/** Applicants to the matching cohort who were put on the waiting list or declined. */
function otherApplicants(planner: Planner): DemoPlan["otherApplicants"] {
  const { people } = planner;
  return [
    ...Array.from({ length: 3 }, () => ({
      mentee: people.mentee(planner.field(), { withAccount: false }),
      status: "WAITLISTED" as const,
      reason: null,
    })),
    {
      mentee: people.mentee("other", { withAccount: false }),
      status: "DECLINED",
      reason: "Programmet har ingen mentor med din utbildningsbakgrund den här omgången.",
    },
    {
      mentee: people.mentee("economics", { withAccount: false }),
      status: "DECLINED",
      reason: "Du har redan ett arbete som motsvarar din utbildning.",
    },
  ];
}

/**
 * The cohort after the one being matched, recruiting now: its application window opened two weeks
 * ago, and a few mentees and mentors have applied (without accounts until someone accepts them).
 */
function recruitingCohort(planner: Planner, span: Span, today: Date): RecruitingPlan {
  const { people } = planner;
  const applicants = [
    ...Array.from({ length: 4 }, () => {
      const mentee = people.mentee(planner.field(), { withAccount: false });
      return { person: mentee.person, role: "MENTEE" as const, profile: mentee.profile };
    }),
    ...Array.from({ length: 2 }, () => {
      const mentor = people.mentor(planner.field(), { withAccount: false });
      return { person: mentor.person, role: "MENTOR" as const, profile: mentor.base };
    }),
  ];
  return {
    name: cohortName(span.start),
    ...span,
    applicationOpensAt: atUtcTime(addDays(today, -14), 7),
    applicationClosesAt: atUtcTime(addDays(today, 45), 21),
    applicants,
  };
}

export function planDemo(rng: Random, today: Date): DemoPlan {
  const planner = new Planner(rng, today);
  const { people } = planner;
  const spans = timeline(today);
  const admin = people.person(getDemoAccount("admin").name, "sv", getDemoAccount("admin").email);
  const coordinator = people.person(getDemoAccount("coordinator").name, "sv", getDemoAccount("coordinator").email);

  const nour = returningMentee(planner, spans.past1);
  const past1 = planner.pastCohort("past1", spans.past1, 27, (taken) => [returningMenteePair(planner, nour, spans.past1, taken)]);
  const karin = demoMentor(planner);
  const past2 = planner.pastCohort("past2", spans.past2, 31, (taken) => [demoMentorEarlierPair(planner, karin, spans.past2, taken)]);
  const past3 = planner.pastCohort("past3", spans.past3, 33);
  const active = planner.activeCohort(spans.active, 29, (taken) =>
    runningDemoPairs(planner, taken, karin, nour, spans.active.start, today),
  );
  const matching = planner.matchingCohort(spans.matching, 40, planner.mentorsIn(active));
  const others = otherApplicants(planner);

  planSurveys(rng, [past1, past2, past3]);
  // Planned last, so that adding it changed nothing drawn before.
  const recruiting = recruitingCohort(planner, spans.recruiting, today);
  return { cohorts: [past1, past2, past3, active, matching], recruiting, people, admin, coordinator, otherApplicants: others };
}
