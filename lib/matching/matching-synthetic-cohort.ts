import { createRandom, type Random } from "@/lib/demo/random";
import { DEFAULT_MATCHING_SETTINGS } from "@/lib/matching/matching-settings";
import type {
  Gender,
  MatchingInput,
  MatchingSettings,
  MeetingPreference,
  MenteeProfile,
  MentorProfile,
  PairRef,
  PreviousPairing,
  SpokenLanguage,
} from "@/lib/matching/matching-types";
import { GOAL_TAGS } from "@/lib/profiles/profile-vocabulary";

// Seeded cohorts with profiles shaped like the programme's real ones (six professional fields,
// mentors established in Swedish workplaces, mentees speaking Swedish as a second language), for
// the matching benchmark and the larger tests. The same seed gives the same cohort.

export const SYNTHETIC_FIELDS = ["law", "economics", "social_science", "hr", "information_systems", "communications"] as const;

const FIELD_EXPERTISE: Record<(typeof SYNTHETIC_FIELDS)[number], readonly string[]> = {
  law: ["contract_law", "migration_law", "labour_law", "administrative_law", "tax", "public_procurement"],
  economics: ["accounting", "audit", "finance", "controlling", "procurement", "payroll", "tax"],
  social_science: ["public_sector", "investigation", "project_management", "integration", "policy_analysis"],
  hr: ["hr_processes", "labour_law", "payroll", "recruitment"],
  information_systems: ["software_development", "systems_analysis", "data_analysis", "project_management"],
  communications: ["communication", "digital_media", "press"],
};

const FIELD_INDUSTRIES: Record<(typeof SYNTHETIC_FIELDS)[number], readonly string[]> = {
  law: ["legal_services", "public_sector", "banking_finance", "insurance", "real_estate"],
  economics: ["banking_finance", "accounting_audit", "consulting", "insurance", "trade_industry", "public_sector"],
  social_science: ["public_sector", "non_profit", "education", "healthcare", "consulting"],
  hr: ["public_sector", "consulting", "trade_industry", "healthcare", "it"],
  information_systems: ["it", "banking_finance", "public_sector", "trade_industry", "consulting"],
  communications: ["media", "public_sector", "non_profit", "trade_industry", "it"],
};

const GENERIC_EXPERTISE = ["cv_review", "interview_practice", "network", "recruitment", "leadership", "degree_recognition"];

const GOALS: readonly (typeof GOAL_TAGS)[number][] = GOAL_TAGS;

const PLACES: readonly (readonly [city: string, region: string, weight: number])[] = [
  ["Stockholm", "Stockholms län", 30],
  ["Solna", "Stockholms län", 4],
  ["Södertälje", "Stockholms län", 3],
  ["Göteborg", "Västra Götalands län", 14],
  ["Borås", "Västra Götalands län", 3],
  ["Malmö", "Skåne län", 10],
  ["Lund", "Skåne län", 4],
  ["Helsingborg", "Skåne län", 3],
  ["Uppsala", "Uppsala län", 6],
  ["Linköping", "Östergötlands län", 4],
  ["Norrköping", "Östergötlands län", 3],
  ["Örebro", "Örebro län", 4],
  ["Västerås", "Västmanlands län", 3],
  ["Umeå", "Västerbottens län", 3],
  ["Luleå", "Norrbottens län", 2],
  ["Jönköping", "Jönköpings län", 3],
];

const MENTEE_HOME_LANGUAGES = ["ar", "fa", "prs", "uk", "ru", "so", "ti", "tr", "es", "fr", "ku", "am", "bn", "ur", "pl", "zh"];

const EMPLOYERS = Array.from({ length: 80 }, (_, k) => `Employer ${k + 1}`);

export interface SyntheticCohortOptions {
  seed: number;
  mentees: number;
  mentors: number;
  /** How many of the six fields to use (default all six). */
  fields?: number;
  /** Mentor capacities are drawn from 1..maxCapacity (default 3). */
  maxCapacity?: number;
  settings?: Partial<MatchingSettings>;
  /** Pairs from earlier cohorts, exclusions and locked pairs, each as a count. */
  previousPairings?: number;
  exclusions?: number;
  lockedPairs?: number;
}

function place(random: Random): { city: string; region: string } {
  const [city, region] = random.weighted(PLACES.map((entry) => [entry, entry[2]] as const));
  return { city, region };
}

function meeting(random: Random): MeetingPreference {
  return random.weighted<MeetingPreference>([
    ["BOTH", 60],
    ["IN_PERSON", 25],
    ["REMOTE", 15],
  ]);
}

function gender(random: Random): Gender | null {
  return random.weighted<Gender | null>([
    ["FEMALE", 48],
    ["MALE", 45],
    ["NON_BINARY", 2],
    [null, 5],
  ]);
}

function preference(random: Random, own: Gender | null): Gender | null {
  return own !== null && random.chance(0.08) ? own : null;
}

export function createSyntheticCohort(options: SyntheticCohortOptions): MatchingInput {
  const random = createRandom(options.seed);
  const fields = SYNTHETIC_FIELDS.slice(0, options.fields ?? SYNTHETIC_FIELDS.length);
  const maxCapacity = options.maxCapacity ?? 3;
  const settings: MatchingSettings = { ...DEFAULT_MATCHING_SETTINGS, ...options.settings };

  const mentors: MentorProfile[] = Array.from({ length: options.mentors }, (_, k) => {
    const fieldKey = random.pick(fields);
    const own = gender(random);
    const languages: SpokenLanguage[] = [{ code: "sv", level: random.chance(0.95) ? "fluent" : "good" }];
    languages.push({ code: "en", level: random.chance(0.7) ? "fluent" : "good" });
    if (random.chance(0.2))
      languages.push({ code: random.pick(MENTEE_HOME_LANGUAGES), level: random.pick(["basic", "good", "fluent"] as const) });
    return {
      id: `mentor-${k}`,
      personId: `person-mentor-${k}`,
      fieldKey,
      languages,
      industries: random.sample(FIELD_INDUSTRIES[fieldKey], random.int(1, 2)),
      ...place(random),
      meetingPreference: meeting(random),
      yearsExperience: random.chance(0.95) ? random.int(4, 32) : null,
      gender: own,
      genderPreference: preference(random, own),
      employer: random.pick(EMPLOYERS),
      expertiseTags: [...random.sample(GENERIC_EXPERTISE, random.int(1, 3)), ...random.sample(FIELD_EXPERTISE[fieldKey], random.int(1, 3))],
      capacity: random.int(1, maxCapacity),
    };
  });

  const mentorIdsByField = new Map<string, string[]>();
  for (const mentor of mentors) mentorIdsByField.set(mentor.fieldKey, [...(mentorIdsByField.get(mentor.fieldKey) ?? []), mentor.id]);

  const mentees: MenteeProfile[] = Array.from({ length: options.mentees }, (_, k) => {
    const fieldKey = random.pick(fields);
    const own = gender(random);
    const languages: SpokenLanguage[] = [{ code: random.pick(MENTEE_HOME_LANGUAGES), level: "fluent" }];
    languages.push({
      code: "sv",
      level: random.weighted([
        ["basic", 35],
        ["good", 50],
        ["fluent", 15],
      ] as const),
    });
    if (random.chance(0.65))
      languages.push({
        code: "en",
        level: random.weighted([
          ["basic", 20],
          ["good", 55],
          ["fluent", 25],
        ] as const),
      });
    const sameField = mentorIdsByField.get(fieldKey) ?? [];
    const wishes = settings.wishesEnabled && random.chance(0.6) ? random.sample(sameField, random.int(1, 3)) : [];
    const avoid = settings.wishesEnabled && random.chance(0.1) ? random.sample(sameField, 1).filter((id) => !wishes.includes(id)) : [];
    return {
      id: `mentee-${k}`,
      personId: `person-mentee-${k}`,
      fieldKey,
      languages,
      industries: random.chance(0.9) ? random.sample(FIELD_INDUSTRIES[fieldKey], random.int(1, 3)) : [],
      ...place(random),
      meetingPreference: meeting(random),
      yearsExperience: random.chance(0.9) ? random.int(0, 15) : null,
      gender: own,
      genderPreference: preference(random, own),
      employer: random.chance(0.08) ? random.pick(EMPLOYERS) : null,
      goalTags: random.sample(GOALS, random.int(1, 4)),
      wishes,
      avoid,
    };
  });

  const pairs = (count: number): PairRef[] =>
    mentees.length === 0 || mentors.length === 0
      ? []
      : Array.from({ length: count }, () => ({ mentorId: random.pick(mentors).id, menteeId: random.pick(mentees).id }));
  const previousPairings: PreviousPairing[] = pairs(options.previousPairings ?? 0).map(({ mentorId, menteeId }) => ({
    mentorPersonId: `person-${mentorId}`,
    menteePersonId: `person-${menteeId}`,
  }));
  const exclusions = pairs(options.exclusions ?? 0);

  // Locks: distinct mentees, each on a mentor of their field with a slot to spare.
  const lockedPairs: PairRef[] = [];
  const load = new Map<string, number>();
  for (const mentee of random.sample(mentees, options.lockedPairs ?? 0)) {
    const mentor = mentors.find(
      (candidate) => candidate.fieldKey === mentee.fieldKey && (load.get(candidate.id) ?? 0) < candidate.capacity && random.chance(0.3),
    );
    if (!mentor) continue;
    load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
    lockedPairs.push({ mentorId: mentor.id, menteeId: mentee.id });
  }

  return { mentees, mentors, settings, previousPairings, exclusions, lockedPairs };
}
