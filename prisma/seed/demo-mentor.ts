import { getDemoAccount } from "@/lib/demo/demo-accounts";
import type { Span } from "@/prisma/seed/calendar";
import type { Mentee, Mentor, Profile } from "@/prisma/seed/people";
import type { MeetingPlan, PairPlan } from "@/prisma/seed/plan-types";
import { pairPlan, type Planner } from "@/prisma/seed/planner";
import { addDays, atUtcTime } from "@/tests/factories/dates";

// The demo mentor, who has been a mentor before, and the demo mentee she mentors in the running
// cohort: their pair has fixed meetings, goals and outcomes that the demo walks through.

export function demoMentor(planner: Planner): Mentor {
  const account = getDemoAccount("mentor");
  const karin = planner.newMentor("law", { gender: "FEMALE", name: account.name, email: account.email });
  Object.assign(karin.base, {
    employer: "Stockholms stad",
    industries: ["public_sector"],
    city: "Stockholm",
    region: "Stockholms län",
    educationDegree: "Juristexamen",
    yearsExperience: 16,
    expertiseTags: ["administrative_law", "migration_law", "cv_review", "network"],
    meetingPreference: "BOTH",
    mentorCapacity: 1,
  } satisfies Partial<Profile>);
  return karin;
}

/** Her pair in an earlier cohort, with her answers to the goal evaluation. */
export function demoMentorEarlierPair(planner: Planner, karin: Mentor, past2: Span, taken: Set<Mentor>): PairPlan {
  taken.add(karin);
  const mentee = planner.people.mentee("law", { gender: "FEMALE" });
  return pairPlan(planner.mentorParticipation(karin, "COMPLETED"), planner.menteeParticipation(mentee, "COMPLETED"), {
    engagement: "high",
    publishedAt: atUtcTime(addDays(past2.start, -7), 9),
    endedAt: atUtcTime(past2.end, 20),
    status: "ENDED",
    source: "SUGGESTED",
    score: 81,
    fixedAnswers: {
      "goal_evaluation.mentor": {
        mentee_progress: 4,
        would_mentor_again: "yes",
        comment: "Vi hade en bra kontakt från början. Det som hjälpte mest var studiebesöken på min arbetsplats.",
        quote_consent: "yes",
      },
    },
  });
}

export function demoMentee(planner: Planner, today: Date): Mentee {
  const account = getDemoAccount("mentee");
  const yasmin = planner.people.mentee("law", { country: "SY", gender: "FEMALE", name: account.name, email: account.email });
  yasmin.person.locale = "sv";
  Object.assign(yasmin.profile, {
    educationDegree: "Juristexamen (LL.B.)",
    educationYear: today.getUTCFullYear() - 11,
    yearsExperience: 8,
    city: "Sundbyberg",
    region: "Stockholms län",
    languages: [
      { code: "ar", level: "fluent" },
      { code: "sv", level: "good" },
      { code: "en", level: "good" },
    ],
    industries: ["public_sector", "legal_services"],
    goalTags: ["qualified_job", "degree_recognition", "network", "swedish_language"],
    meetingPreference: "BOTH",
    genderPreference: null,
    goals:
      "Jag arbetade som advokat i Aleppo i sju år. Jag vill arbeta med juridik i Sverige, till exempel som handläggare på en myndighet. Jag vill veta vilka kurser jag behöver läsa.",
  } satisfies Partial<Profile>);
  return yasmin;
}

function demoMeetings(activeStart: Date, today: Date): MeetingPlan[] {
  const first = (days: number) => addDays(activeStart, days);
  return [
    {
      heldOn: first(9),
      durationMinutes: 90,
      mode: "IN_PERSON",
      topics: ["career_plan", "cv_applications"],
      sharedNotes:
        "Första träffen. Vi pratade om Yasmins erfarenheter som advokat och gjorde en plan för hösten. Yasmin skickar sitt cv till Karin.",
      loggedBy: "mentor",
      confirmed: true,
      privateNote: "Fråga en kollega på juridiska avdelningen om en studiebesök-dag.",
    },
    {
      heldOn: first(37),
      durationMinutes: 60,
      mode: "VIDEO",
      topics: ["cv_applications", "workplace_culture"],
      sharedNotes: "Vi gick igenom cv:t. Karin berättade hur en svensk myndighet rekryterar.",
      loggedBy: "mentee",
      confirmed: true,
    },
    {
      heldOn: first(66),
      durationMinutes: 120,
      mode: "IN_PERSON",
      topics: ["networking", "industry_knowledge"],
      sharedNotes: "Studiebesök på Karins arbetsplats. Yasmin träffade två jurister på juridiska avdelningen.",
      loggedBy: "mentor",
      confirmed: true,
    },
    {
      heldOn: addDays(today, -6),
      durationMinutes: 60,
      mode: "VIDEO",
      topics: ["interview_practice", "language_practice"],
      sharedNotes: "Vi övade på en intervju för en tjänst som handläggare. Nästa gång övar vi på frågor om juridiska fall.",
      loggedBy: "mentor",
      confirmed: false,
    },
  ];
}

/** The demo pair of the running cohort, with everything the demo shows of it. */
export function demoPair(planner: Planner, karin: Mentor, yasmin: Mentee, activeStart: Date, today: Date): PairPlan {
  return pairPlan(planner.mentorParticipation(karin, "ACTIVE"), planner.menteeParticipation(yasmin, "ACTIVE"), {
    engagement: "high",
    publishedAt: atUtcTime(addDays(activeStart, -5), 9),
    source: "SUGGESTED",
    score: 88,
    meetings: demoMeetings(activeStart, today),
    goals: [
      { title: "Skriva ett cv och ett personligt brev på svenska", status: "ACHIEVED" },
      { title: "Ta reda på vilka kompletteringar som behövs för att arbeta som jurist i Sverige", status: "IN_PROGRESS" },
      { title: "Söka tre tjänster som handläggare på en myndighet", status: "OPEN" },
    ],
    outcomes: [
      {
        type: "INTRODUCTION",
        occurredOn: addDays(activeStart, 66),
        note: "Karin presenterade Yasmin för två jurister på Stockholms stads juridiska avdelning.",
      },
      { type: "USEFUL_REFERENCE", occurredOn: addDays(activeStart, 70), note: "Karin kan vara referens." },
      { type: "JOB_INTERVIEW", occurredOn: addDays(today, -3), jobTitle: "Handläggare", employer: "Migrationsverket" },
    ],
  });
}
