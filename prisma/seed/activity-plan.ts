import type { Random } from "@/lib/demo/random";
import type { MeetingMode, MeetingPreference } from "@/lib/generated/prisma/client";
import {
  GOAL_TITLES_BY_FIELD,
  GOAL_TITLES_GENERAL,
  MEETING_NOTES,
  OTHER_JOBS,
  QUALIFIED_TITLES,
  TOPICS_BY_STAGE,
} from "@/prisma/seed/activity-content";
import { judgeQualified, postSecondaryFromParticipation } from "@/lib/outcomes/occupations";
import { randomDay } from "@/prisma/seed/calendar";
import type { CohortPlan, Engagement, GoalStatus, MeetingPlan, OutcomePlan, PairPlan } from "@/prisma/seed/plan-types";
import { EMPLOYERS, EMPLOYERS_BY_FIELD, type Employer } from "@/prisma/seed/profile-content";
import { addDays, daysBetween, startOfUtcDay } from "@/tests/factories/dates";

// What each pair did, generated from how engaged the pair was and what happened to the mentee:
// meetings, goals and outcomes. The demo pair's fixed content is used as it is.

const GAPS: Record<Exclude<Engagement, "none">, { first: [number, number]; gap: [number, number] }> = {
  high: { first: [4, 14], gap: [21, 38] },
  medium: { first: [7, 21], gap: [28, 50] },
  low: { first: [14, 40], gap: [42, 75] },
};

function meetingMode(rng: Random, mentor: MeetingPreference, mentee: MeetingPreference): MeetingMode {
  if (mentor === "REMOTE" || mentee === "REMOTE")
    return rng.weighted<MeetingMode>([
      ["VIDEO", 70],
      ["PHONE", 25],
      ["IN_PERSON", 5],
    ]);
  if (mentor === "IN_PERSON" || mentee === "IN_PERSON")
    return rng.weighted<MeetingMode>([
      ["IN_PERSON", 65],
      ["VIDEO", 28],
      ["PHONE", 7],
    ]);
  return rng.weighted<MeetingMode>([
    ["IN_PERSON", 45],
    ["VIDEO", 40],
    ["PHONE", 15],
  ]);
}

/** One to three topics, the more usual ones for the stage of the programme more often. */
function meetingTopics(rng: Random, stage: keyof typeof TOPICS_BY_STAGE): string[] {
  const topics = new Set<string>();
  const topicCount = rng.weighted([
    [1, 30],
    [2, 50],
    [3, 20],
  ] as const);
  while (topics.size < topicCount) topics.add(rng.weighted(TOPICS_BY_STAGE[stage]));
  return [...topics];
}

/** Minutes: phone calls are shorter. */
function meetingDuration(rng: Random, mode: MeetingMode): number {
  if (mode === "PHONE") {
    return rng.weighted([
      [30, 30],
      [45, 40],
      [60, 30],
    ] as const);
  }
  return rng.weighted([
    [45, 15],
    [60, 40],
    [75, 10],
    [90, 25],
    [120, 10],
  ] as const);
}

export function planMeetings(rng: Random, pair: PairPlan, cohort: CohortPlan, today: Date): MeetingPlan[] {
  if (pair.meetings) return pair.meetings;
  if (pair.engagement === "none") return [];
  const { first, gap } = GAPS[pair.engagement];
  const lastDay = addDays(startOfUtcDay(pair.endedAt && pair.endedAt < today ? pair.endedAt : today), -1);
  const until = cohort.end < lastDay ? cohort.end : lastDay;
  const length = Math.max(1, daysBetween(cohort.start, cohort.end));
  const meetings: MeetingPlan[] = [];
  for (let day = addDays(startOfUtcDay(pair.publishedAt), rng.int(...first)); day <= until; day = addDays(day, rng.int(...gap))) {
    const progress = daysBetween(cohort.start, day) / length;
    const stage = progress < 0.3 ? "early" : progress < 0.7 ? "middle" : "late";
    const topicList = meetingTopics(rng, stage);
    const mode = meetingMode(rng, pair.mentor.profile.meetingPreference ?? "BOTH", pair.mentee.profile.meetingPreference ?? "BOTH");
    const durationMinutes = meetingDuration(rng, mode);
    const recent = daysBetween(day, today) <= 10;
    meetings.push({
      heldOn: day,
      durationMinutes,
      mode,
      topics: topicList,
      sharedNotes: rng.chance(0.45) ? rng.pick(MEETING_NOTES[topicList[0] ?? "career_plan"] ?? []) : null,
      loggedBy: rng.chance(0.6) ? "mentor" : "mentee",
      confirmed: !(recent && rng.chance(0.5)),
    });
  }
  return meetings;
}

export function planGoals(rng: Random, pair: PairPlan, closed: boolean): { title: string; status: GoalStatus }[] {
  if (pair.goals) return pair.goals;
  if (pair.engagement === "none") return [];
  const fieldGoal = GOAL_TITLES_BY_FIELD[pair.mentee.profile.fieldKey];
  const titles = rng.sample(GOAL_TITLES_GENERAL, rng.int(2, 3));
  if (fieldGoal && rng.chance(0.5)) titles[titles.length - 1] = fieldGoal;
  const weights: readonly (readonly [GoalStatus, number])[] = closed
    ? [
        ["ACHIEVED", 55],
        ["IN_PROGRESS", 18],
        ["OPEN", 15],
        ["DROPPED", 12],
      ]
    : [
        ["OPEN", 40],
        ["IN_PROGRESS", 40],
        ["ACHIEVED", 20],
      ];
  return titles.map((title) => ({ title, status: rng.weighted(weights) }));
}

/** The SSYK 2012 sub-major group of a qualified job in each professional field. */
const QUALIFIED_OCCUPATION: Record<string, string> = {
  law: "26",
  economics: "24",
  social_science: "24",
  hr: "24",
  information_systems: "25",
  communications: "24",
};

/** The SSYK 2012 sub-major group of each other job the demo's mentees take meanwhile. */
const OTHER_JOB_OCCUPATION: Record<string, string> = {
  Kundtjänstmedarbetare: "42",
  Butiksmedarbetare: "52",
  Vårdbiträde: "53",
  Lagermedarbetare: "43",
  Tolk: "26",
};

export function planOutcomes(rng: Random, pair: PairPlan, cohort: CohortPlan, today: Date): OutcomePlan[] {
  if (pair.outcomes) return pair.outcomes;
  if (pair.engagement === "none") return [];
  const from = addDays(cohort.start, 20);
  const lastDay = pair.endedAt && pair.endedAt < today ? startOfUtcDay(pair.endedAt) : addDays(today, -1);
  const to = cohort.end < lastDay ? cohort.end : lastDay;
  if (to <= from) return [];
  const mentorEmployer = pair.mentor.profile.employer ?? "Stockholms stad";
  const fieldKey = pair.mentee.profile.fieldKey;
  const story = pair.story;
  const events: OutcomePlan[] = [];
  const education = postSecondaryFromParticipation({ educationDegree: pair.mentee.profile.educationDegree ?? null });
  const logged = (happened: boolean, share: number) => happened && rng.chance(share);

  if (story ? logged(story.usefulReference, 0.8) : rng.chance(0.3)) {
    events.push({
      type: "USEFUL_REFERENCE",
      occurredOn: randomDay(rng, from, to),
      note: rng.pick(["Mentorn kan vara referens.", "En kollega till mentorn kan vara referens."]),
    });
  }
  if (story ? logged(story.expandedNetwork, 0.6) : rng.chance(0.35)) {
    events.push({
      type: "INTRODUCTION",
      occurredOn: randomDay(rng, from, to),
      note: `Mentorn presenterade adepten för en kollega på ${mentorEmployer}.`,
    });
  }
  if (story ? logged(story.jobInterview, 0.85) : rng.chance(0.25)) {
    for (let n = rng.chance(0.35) ? 2 : 1; n > 0; n--) {
      events.push({
        type: "JOB_INTERVIEW",
        occurredOn: randomDay(rng, from, to),
        jobTitle: rng.pick(QUALIFIED_TITLES[fieldKey]),
        employer: (EMPLOYERS[rng.pick(EMPLOYERS_BY_FIELD[fieldKey])] as Employer).name,
      });
    }
  }
  if (story?.obtained === "during") {
    const earliest = addDays(from, 30);
    const latest = addDays(to, -20);
    const offered = latest > earliest ? randomDay(rng, earliest, latest) : randomDay(rng, from, to);
    const occupationCode = QUALIFIED_OCCUPATION[fieldKey] ?? "24";
    const job = {
      qualified: true,
      jobTitle: story.jobTitle,
      employer: story.jobEmployer,
      occupationCode,
      qualifiedJudged: judgeQualified({ occupationCode, postSecondaryEducation: education }),
    };
    events.push({ type: "JOB_OFFER", occurredOn: offered, ...job });
    events.push({ type: "JOB_STARTED", occurredOn: addDays(offered, rng.int(14, 30)), ...job });
  }
  if (story?.otherJobDuring) {
    const title = rng.pick(OTHER_JOBS);
    events.push({
      type: "JOB_STARTED",
      occurredOn: randomDay(rng, from, to),
      qualified: false,
      jobTitle: title,
      occupationCode: OTHER_JOB_OCCUPATION[title] ?? null,
      qualifiedJudged: judgeQualified({ occupationCode: OTHER_JOB_OCCUPATION[title], postSecondaryEducation: education }),
    });
  }
  return events;
}
