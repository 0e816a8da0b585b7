import fc from "fast-check";
import { resolveMatchingSettings, type MatchingSettingsInput } from "@/lib/matching/matching-settings";
import type {
  MatchingInput,
  MenteeProfile,
  MentorProfile,
  PairRef,
  ParticipantProfile,
  PreviousPairing,
} from "@/lib/matching/matching-types";

// Profiles that meet every rule and score nothing in particular, to be overridden per test, and a
// fast-check generator of small, varied cohorts.

/** What every participant in these tests has unless a test says otherwise. */
function participant(id: string): ParticipantProfile {
  return {
    id,
    personId: `person-${id}`,
    fieldKey: "law",
    languages: [{ code: "sv", level: "fluent" }],
    industries: [],
    city: null,
    region: null,
    meetingPreference: "BOTH",
    yearsExperience: null,
    gender: null,
    genderPreference: null,
    employer: null,
  };
}

export function mentee(id: string, overrides: Partial<MenteeProfile> = {}): MenteeProfile {
  return { ...participant(id), goalTags: [], ...overrides };
}

export function mentor(id: string, overrides: Partial<MentorProfile> = {}): MentorProfile {
  return { ...participant(id), expertiseTags: [], capacity: 1, ...overrides };
}

export interface CohortParts {
  mentees: MenteeProfile[];
  mentors: MentorProfile[];
  settings?: MatchingSettingsInput;
  previousPairings?: PreviousPairing[];
  exclusions?: PairRef[];
  lockedPairs?: PairRef[];
}

export function cohort(parts: CohortParts): MatchingInput {
  return {
    mentees: parts.mentees,
    mentors: parts.mentors,
    settings: resolveMatchingSettings(parts.settings),
    previousPairings: parts.previousPairings ?? [],
    exclusions: parts.exclusions ?? [],
    lockedPairs: parts.lockedPairs ?? [],
  };
}

/** Only the named criterion counts. */
export function only(
  criterion: "industry" | "goals" | "location" | "experience" | "wishes" | "language" | "field",
): MatchingSettingsInput["weights"] {
  return { industry: 0, goals: 0, location: 0, experience: 0, wishes: 0, language: 0, field: 0, [criterion]: 10 };
}

// ---------------------------------------------------------------------------------------------
// Random small cohorts

const CITIES = [
  ["Stockholm", "Stockholms län"],
  ["Solna", "Stockholms län"],
  ["Uppsala", "Uppsala län"],
  [null, null],
] as const;

const languagesArb = fc
  .subarray(["sv", "en", "ar"], { minLength: 1 })
  .chain((codes) => fc.tuple(...codes.map((code) => fc.constantFrom("basic", "good", "fluent").map((level) => ({ code, level })))));

const personArb = fc.record({
  fieldKey: fc.constantFrom("law", "economics"),
  languages: languagesArb,
  industries: fc.subarray(["banking_finance", "public_sector", "insurance", "it"]),
  place: fc.constantFrom(...CITIES),
  meetingPreference: fc.constantFrom("IN_PERSON", "REMOTE", "BOTH"),
  yearsExperience: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  gender: fc.option(fc.constantFrom("FEMALE", "MALE", "NON_BINARY"), { nil: null, freq: 4 }),
  genderPreference: fc.option(fc.constantFrom("FEMALE", "MALE"), { nil: null, freq: 1 }),
  employer: fc.option(fc.constantFrom("Acme AB", "Beta"), { nil: null }),
  goalTags: fc.subarray(["qualified_job", "cv_applications", "network", "swedish_language"]),
  expertiseTags: fc.subarray(["cv_review", "network", "recruitment", "tax"]),
  capacity: fc.integer({ min: 1, max: 2 }),
  wishes: fc.array(fc.nat(9), { maxLength: 3 }),
  avoid: fc.array(fc.nat(9), { maxLength: 1 }),
});

const settingsArb = fc.record({
  weights: fc.record({
    industry: fc.integer({ min: 0, max: 10 }),
    goals: fc.integer({ min: 0, max: 10 }),
    location: fc.integer({ min: 0, max: 10 }),
    experience: fc.integer({ min: 0, max: 10 }),
    wishes: fc.integer({ min: 0, max: 10 }),
    language: fc.integer({ min: 0, max: 10 }),
    field: fc.integer({ min: 0, max: 10 }),
  }),
  rules: fc.record({
    sameField: fc.boolean(),
    sharedLanguage: fc.boolean(),
    differentEmployer: fc.boolean(),
    notPairedBefore: fc.boolean(),
    genderPreference: fc.boolean(),
  }),
  minimumScore: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90 })),
  wishesEnabled: fc.boolean(),
});

const relationArb = fc.record({ mentor: fc.nat(9), mentee: fc.nat(9), kind: fc.constantFrom("previous", "exclusion", "lock") });

/** Cohorts of up to `maxMentees` mentees and `maxMentors` mentors, with rules, wishes, locks and exclusions. */
export function cohortArb(maxMentees: number, maxMentors: number): fc.Arbitrary<MatchingInput> {
  return fc
    .record({
      mentees: fc.array(personArb, { maxLength: maxMentees }),
      mentors: fc.array(personArb, { maxLength: maxMentors }),
      settings: settingsArb,
      relations: fc.array(relationArb, { maxLength: 8 }),
    })
    .map(({ mentees, mentors, settings, relations }) => {
      const mentorIds = mentors.map((_, k) => `mentor-${k}`);
      const pick = (ids: string[], positions: number[]) => [...new Set(positions.map((k) => ids[k % Math.max(1, ids.length)]!))];
      const profile = (person: (typeof mentees)[number]) => ({
        fieldKey: person.fieldKey,
        languages: person.languages,
        industries: person.industries,
        city: person.place[0],
        region: person.place[1],
        meetingPreference: person.meetingPreference,
        yearsExperience: person.yearsExperience,
        gender: person.gender,
        genderPreference: person.genderPreference,
        employer: person.employer,
      });
      const input: MatchingInput = {
        mentees: mentees.map((person, k) =>
          mentee(`mentee-${k}`, {
            ...profile(person),
            goalTags: person.goalTags,
            wishes: mentorIds.length === 0 ? [] : pick(mentorIds, person.wishes),
            avoid: mentorIds.length === 0 ? [] : pick(mentorIds, person.avoid),
          }),
        ),
        mentors: mentors.map((person, k) =>
          mentor(`mentor-${k}`, { ...profile(person), expertiseTags: person.expertiseTags, capacity: person.capacity }),
        ),
        settings: resolveMatchingSettings(settings),
        previousPairings: [],
        exclusions: [],
        lockedPairs: [],
      };
      if (mentees.length === 0 || mentors.length === 0) return input;
      const locked = new Set<string>();
      const previousPairings: PreviousPairing[] = [];
      const exclusions: PairRef[] = [];
      const lockedPairs: PairRef[] = [];
      for (const relation of relations) {
        const mentorId = `mentor-${relation.mentor % mentors.length}`;
        const menteeId = `mentee-${relation.mentee % mentees.length}`;
        if (relation.kind === "previous")
          previousPairings.push({ mentorPersonId: `person-${mentorId}`, menteePersonId: `person-${menteeId}` });
        else if (relation.kind === "exclusion") exclusions.push({ mentorId, menteeId });
        else if (!locked.has(menteeId)) {
          locked.add(menteeId);
          lockedPairs.push({ mentorId, menteeId });
        }
      }
      return { ...input, previousPairings, exclusions, lockedPairs };
    });
}
