import { getDemoAccount } from "@/lib/demo/demo-accounts";
import { pickWeighted, type Random, stratified } from "@/lib/demo/random";
import type { Gender } from "@/lib/generated/prisma/client";
import { EARLY_END_REASONS } from "@/prisma/seed/activity-content";
import { cohortName, type Span } from "@/prisma/seed/calendar";
import { type Mentee, type Mentor, People } from "@/prisma/seed/people";
import type { CohortPlan, Engagement, PairPlan, ParticipationPlan } from "@/prisma/seed/plan-types";
import { FIELD_WEIGHTS, type FieldKey } from "@/prisma/seed/profile-content";
import { addDays, atUtcTime, daysBetween } from "@/tests/factories/dates";

// Plans the cohorts: who takes part, who is paired with whom, and how each pair went. Mentors come
// back for later cohorts, so the pool of mentors is kept across cohorts.

type PastKey = "past1" | "past2" | "past3";

/** A pair that is still running and has no story yet, unless `plan` says otherwise. */
export function pairPlan(
  mentor: ParticipationPlan,
  mentee: ParticipationPlan,
  plan: Pick<PairPlan, "engagement" | "publishedAt" | "source" | "score"> & Partial<PairPlan>,
): PairPlan {
  return { mentor, mentee, story: null, endedAt: null, endReason: null, status: "ACTIVE", ...plan };
}

export class Planner {
  readonly people: People;
  private readonly mentorPool: Mentor[] = [];
  /** Fields are drawn in stratified blocks, so every cohort gets close to the intended mix. */
  private readonly fieldDraw: () => number;

  constructor(
    private readonly rng: Random,
    private readonly today: Date,
  ) {
    this.people = new People(rng, today);
    this.fieldDraw = stratified(rng, 20);
  }

  field(): FieldKey {
    return pickWeighted(this.fieldDraw(), FIELD_WEIGHTS);
  }

  newMentor(fieldKey: FieldKey, options: Parameters<People["mentor"]>[1] = {}): Mentor {
    const mentor = this.people.mentor(fieldKey, options);
    this.mentorPool.push(mentor);
    return mentor;
  }

  /** A returning mentor of the field when one is free (and fits a gender preference), otherwise a new one. */
  chooseMentor(fieldKey: FieldKey, taken: Set<Mentor>, genderPreference: Gender | null, returnRate: number): Mentor {
    const candidates = this.mentorPool.filter(
      (mentor) =>
        mentor.fieldKey === fieldKey &&
        !taken.has(mentor) &&
        mentor.person.email !== getDemoAccount("mentor").email &&
        (!genderPreference || mentor.gender === genderPreference),
    );
    const mentor =
      candidates.length > 0 && this.rng.chance(returnRate)
        ? this.rng.pick(candidates)
        : this.newMentor(fieldKey, genderPreference ? { gender: genderPreference } : {});
    taken.add(mentor);
    return mentor;
  }

  mentorParticipation(mentor: Mentor, status: ParticipationPlan["status"]): ParticipationPlan {
    mentor.cohortsServed += 1;
    const yearsExperience = (mentor.base.yearsExperience ?? 0) + mentor.cohortsServed - 1;
    return { person: mentor.person, role: "MENTOR", profile: { ...mentor.base, yearsExperience }, status };
  }

  menteeParticipation(mentee: Mentee, status: ParticipationPlan["status"]): ParticipationPlan {
    return { person: mentee.person, role: "MENTEE", profile: mentee.profile, status };
  }

  engagement(): Engagement {
    return this.rng.weighted<Engagement>([
      ["high", 55],
      ["medium", 30],
      ["low", 15],
    ]);
  }

  /** A closed cohort: every pair ran to the end, except one or two that ended early. */
  pastCohort(key: PastKey, span: Span, size: number, fixed: (taken: Set<Mentor>) => PairPlan[] = () => []): CohortPlan {
    const { rng } = this;
    const taken = new Set<Mentor>();
    const pairs = fixed(taken);
    const earlyEnds = new Set(rng.sample([...Array(size).keys()].slice(pairs.length), size > 30 ? 2 : 1));
    for (let index = pairs.length; index < size; index++) {
      const fieldKey = this.field();
      const mentee = this.people.mentee(fieldKey);
      const mentor = this.chooseMentor(fieldKey, taken, mentee.profile.genderPreference ?? null, 0.4);
      const endsEarly = earlyEnds.has(index);
      const source = key === "past1" ? "IMPORTED" : rng.chance(0.85) ? "SUGGESTED" : "MANUAL";
      const menteePlan = this.menteeParticipation(mentee, endsEarly ? "WITHDRAWN" : "COMPLETED");
      pairs.push(
        pairPlan(this.mentorParticipation(mentor, "COMPLETED"), menteePlan, {
          engagement: this.engagement(),
          publishedAt: atUtcTime(addDays(span.start, -7), 9),
          endedAt: endsEarly ? atUtcTime(addDays(span.start, rng.int(50, 120)), 10) : atUtcTime(span.end, 20),
          endReason: endsEarly ? rng.pick(EARLY_END_REASONS) : null,
          status: "ENDED",
          source,
          score: source === "SUGGESTED" ? rng.int(58, 94) : null,
        }),
      );
    }
    return {
      key,
      name: cohortName(span.start),
      status: "CLOSED",
      ...span,
      participations: pairs.flatMap((pair) => [pair.mentor, pair.mentee]),
      pairs,
      effectSurvey: key === "past1" || key === "past2",
    };
  }

  /** A few pairs of the running cohort have not met, or seldom; the others meet often. */
  private activeEngagements(count: number): Engagement[] {
    return this.rng.shuffle<Engagement>([
      "none",
      "none",
      "low",
      "low",
      "low",
      "low",
      ...Array.from({ length: count - 6 }, () =>
        this.rng.weighted<Engagement>([
          ["high", 62],
          ["medium", 38],
        ]),
      ),
    ]);
  }

  /** The pair's mentor had to stop; the mentee got a new mentor a couple of weeks later. */
  private replaceMentor(pair: PairPlan, span: Span, taken: Set<Mentor>, participations: ParticipationPlan[]): PairPlan {
    const endedAt = atUtcTime(addDays(span.start, 38), 14);
    pair.mentor.status = "WITHDRAWN";
    pair.status = "ENDED";
    pair.endedAt = endedAt;
    pair.endReason = "Mentorn fick ett nytt arbete utomlands och kunde inte fortsätta.";
    pair.engagement = "medium";
    const { fieldKey, genderPreference } = pair.mentee.profile;
    const replacement = this.mentorParticipation(this.chooseMentor(fieldKey, taken, genderPreference ?? null, 0.5), "ACTIVE");
    participations.push(replacement);
    return pairPlan(replacement, pair.mentee, { engagement: "high", publishedAt: addDays(endedAt, 12), source: "MANUAL", score: null });
  }

  activeCohort(span: Span, size: number, fixed: (taken: Set<Mentor>) => PairPlan[]): CohortPlan {
    const { rng, today } = this;
    const taken = new Set<Mentor>();
    const pairs = fixed(taken);
    const generated = size - pairs.length;
    const engagements = this.activeEngagements(generated);
    const publishedAt = atUtcTime(addDays(span.start, -5), 9);
    const participations: ParticipationPlan[] = pairs.flatMap((pair) => [pair.mentor, pair.mentee]);
    for (let index = 0; index < generated; index++) {
      const fieldKey = this.field();
      const mentee = this.people.mentee(fieldKey);
      const mentor = this.chooseMentor(fieldKey, taken, mentee.profile.genderPreference ?? null, 0.35);
      const source = rng.chance(0.85) ? "SUGGESTED" : "MANUAL";
      const pair = pairPlan(this.mentorParticipation(mentor, "ACTIVE"), this.menteeParticipation(mentee, "ACTIVE"), {
        engagement: engagements[index] ?? "medium",
        publishedAt,
        source,
        score: source === "SUGGESTED" ? rng.int(55, 96) : null,
      });
      participations.push(pair.mentor, pair.mentee);
      pairs.push(pair);
      if (index === 0) pairs.push(this.replaceMentor(pair, span, taken, participations));
    }
    if (daysBetween(span.start, today) < 60) throw new Error("the running cohort should have started months ago");
    return { key: "active", name: cohortName(span.start), status: "ACTIVE", ...span, participations, pairs, effectSurvey: false };
  }

  /** Accepted mentees and mentors, not yet paired. Fields come in twos so every mentee can be matched. */
  matchingCohort(span: Span, size: number, busy: Set<Mentor>): CohortPlan {
    const taken = new Set<Mentor>(busy);
    const participations: ParticipationPlan[] = [];
    for (let index = 0; index < size; index++) {
      const fieldKey = this.field();
      const mentee = this.people.mentee(fieldKey);
      participations.push(this.menteeParticipation(mentee, "ACTIVE"));
      const mentor = this.chooseMentor(fieldKey, taken, null, 0.3);
      participations.push(this.mentorParticipation(mentor, "ACTIVE"));
    }
    return { key: "matching", name: cohortName(span.start), status: "MATCHING", ...span, participations, pairs: [], effectSurvey: false };
  }

  mentorsIn(cohort: CohortPlan): Set<Mentor> {
    const emails = new Set(cohort.participations.filter((p) => p.role === "MENTOR").map((p) => p.person.email));
    return new Set(this.mentorPool.filter((mentor) => emails.has(mentor.person.email)));
  }
}
