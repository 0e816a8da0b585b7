import { getDemoAccount } from "@/lib/demo/demo-accounts";
import type { Span } from "@/prisma/seed/calendar";
import type { Mentee, Mentor, Profile } from "@/prisma/seed/people";
import type { PairPlan } from "@/prisma/seed/plan-types";
import { pairPlan, type Planner } from "@/prisma/seed/planner";
import type { Story } from "@/prisma/seed/stories";
import { addDays, atUtcTime } from "@/tests/factories/dates";

// The returning person of the demo: a mentee in the oldest cohort who got a qualified job during
// the programme and is now a mentor herself.

const NOUR_STORY: Story = {
  usefulReference: true,
  jobInterview: true,
  expandedNetwork: true,
  qualifiedNow: true,
  obtained: "during",
  qualifiedBefore: false,
  qualifiedDuring: true,
  qualifiedAfter: true,
  searchedBefore: true,
  searchedDuring: true,
  searchedAfter: false,
  contribution: "direct_contacts",
  jobTitle: "Redovisningsekonom",
  jobEmployer: "Region Stockholm",
  otherJobDuring: false,
};

const NOUR_ANSWERS: PairPlan["fixedAnswers"] = {
  "goal_evaluation.mentee": {
    useful_reference: "yes",
    job_interview: "yes",
    expanded_network: "yes",
    workplace_culture: 4,
    professional_confidence: 5,
    recommend: 10,
    comment:
      "Min mentor visade mig hur man söker jobb i Sverige och presenterade mig för sina kollegor. Tack vare det fick jag en intervju.",
    quote_consent: "yes",
  },
  "effect_survey.mentee": {
    qualified_job_before: "no",
    qualified_job_during: "yes",
    qualified_job_after: "yes",
    searched_before: "yes",
    searched_during: "yes",
    searched_after: "no",
    qualified_job_now: "yes",
    qualified_job_obtained: "during",
    contribution: "direct_contacts",
    job_title: "Controller",
    comment: "I dag är jag själv mentor. Jag vill ge andra samma chans som jag fick.",
    quote_consent: "yes",
  },
};

/** The returning person as a mentee of the oldest cohort. */
export function returningMentee(planner: Planner, past1: Span): Mentee {
  const returning = getDemoAccount("returning");
  const nour = planner.people.mentee("economics", { country: "SY", gender: "FEMALE", name: returning.name, email: returning.email });
  nour.person.locale = "sv";
  Object.assign(nour.profile, {
    educationDegree: "Master in Accounting",
    educationYear: past1.start.getUTCFullYear() - 9,
    yearsExperience: 7,
    city: "Solna",
    region: "Stockholms län",
    languages: [
      { code: "ar", level: "fluent" },
      { code: "en", level: "fluent" },
      { code: "sv", level: "good" },
    ],
    genderPreference: null,
    goals:
      "Jag vill arbeta med redovisning eller controlling igen, som jag gjorde i Damaskus. Jag behöver lära mig hur svenska arbetsgivare rekryterar.",
  } satisfies Partial<Profile>);
  return nour;
}

/** Her pair in the oldest cohort, with the answers she gave. */
export function returningMenteePair(planner: Planner, nour: Mentee, past1: Span, taken: Set<Mentor>): PairPlan {
  const mentor = planner.chooseMentor("economics", taken, null, 0);
  return pairPlan(planner.mentorParticipation(mentor, "COMPLETED"), planner.menteeParticipation(nour, "COMPLETED"), {
    engagement: "high",
    story: NOUR_STORY,
    publishedAt: atUtcTime(addDays(past1.start, -7), 9),
    endedAt: atUtcTime(past1.end, 20),
    status: "ENDED",
    source: "IMPORTED",
    score: null,
    fixedAnswers: NOUR_ANSWERS,
  });
}

/** The same person as a mentor of the running cohort. */
export function returningMentor(nour: Mentee): Mentor {
  return {
    person: nour.person,
    gender: "FEMALE",
    fieldKey: "economics",
    cohortsServed: 0,
    base: {
      ...nour.profile,
      educationCountry: "SY",
      yearsExperience: 10,
      languages: [
        { code: "sv", level: "fluent" },
        { code: "ar", level: "fluent" },
        { code: "en", level: "fluent" },
      ],
      industries: ["public_sector"],
      goals: null,
      goalTags: [],
      expertiseTags: ["accounting", "controlling", "cv_review", "degree_recognition"],
      employer: "Region Stockholm",
      meetingPreference: "BOTH",
      mentorCapacity: 1,
    },
  };
}
