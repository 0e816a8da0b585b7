import type { LanguageLevel } from "@/lib/profiles/profile-vocabulary";

// The plain data the matching engine reads and returns. Callers build the input from the database
// (participations, pairs, exclusions, wishes, the cohort's settings) and store the output as it is:
// every key below is a stable key that the UI translates, never a sentence.

export type MeetingPreference = "IN_PERSON" | "REMOTE" | "BOTH";
export type Gender = "FEMALE" | "MALE" | "NON_BINARY";

export interface SpokenLanguage {
  /** ISO 639 code as in the profile vocabulary, e.g. "sv". */
  code: string;
  level: LanguageLevel;
}

/** What mentors and mentees share. `id` is the participation (one person in this cohort). */
export interface ParticipantProfile {
  id: string;
  /**
   * The person behind the participation, the same in every cohort (the user id). Used for "not
   * paired before"; null for a person without an account, who then has no earlier pairs.
   */
  personId: string | null;
  /** Stable key of the professional field, e.g. "law". */
  fieldKey: string;
  languages: readonly SpokenLanguage[];
  /** Mentors: industries they work in. Mentees: industries they wish to work in. */
  industries: readonly string[];
  city: string | null;
  region: string | null;
  meetingPreference: MeetingPreference;
  yearsExperience: number | null;
  gender: Gender | null;
  /** The gender this person wants their partner to have; null when none is stated. */
  genderPreference: Gender | null;
  employer: string | null;
}

export interface MenteeProfile extends ParticipantProfile {
  goalTags: readonly string[];
  /** Mentor ids, best first (rank 1 first). Read only when the cohort enables wishes. */
  wishes?: readonly string[];
  /** Mentor ids the mentee does not want. Read only when the cohort enables wishes. */
  avoid?: readonly string[];
}

export interface MentorProfile extends ParticipantProfile {
  expertiseTags: readonly string[];
  /**
   * How many mentees this mentor can take in this run: the profile's capacity minus the slots used
   * by pairs that are not part of the run (e.g. active pairs). Locked pairs given in the input are
   * part of the run and consume this capacity. An integer, 0 or more.
   */
  capacity: number;
}

/** The weighted criteria. "field" is full when both share the field, whether or not the same-field rule is hard. */
export const CRITERIA = ["industry", "goals", "location", "experience", "wishes", "language", "field"] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Every hard rule a pair can break, in the order explanations list them. */
export const RULES = [
  "sameField",
  "sharedLanguage",
  "capacity",
  "differentEmployer",
  "notPairedBefore",
  "notExcluded",
  "notAvoided",
  "genderPreference",
] as const;
export type Rule = (typeof RULES)[number];

/** The rules a cohort can switch off; the others (capacity, exclusions, the avoid list) always hold. */
export const SWITCHABLE_RULES = ["sameField", "sharedLanguage", "differentEmployer", "notPairedBefore", "genderPreference"] as const;
export type SwitchableRule = (typeof SWITCHABLE_RULES)[number];

export interface MatchingSettings {
  /** 0–10 per criterion; 0 leaves the criterion out. */
  weights: Record<Criterion, number>;
  /** true = the rule is hard for this cohort. */
  rules: Record<SwitchableRule, boolean>;
  /** 0–100: pairs scoring below it are never proposed. */
  minimumScore: number;
  /** Whether mentees rank mentors and name mentors to avoid in this cohort. */
  wishesEnabled: boolean;
}

/** Two people who were a pair in an earlier cohort, in whichever roles. */
export interface PreviousPairing {
  mentorPersonId: string;
  menteePersonId: string;
}

export interface PairRef {
  mentorId: string;
  menteeId: string;
}

export interface MatchingInput {
  mentees: readonly MenteeProfile[];
  mentors: readonly MentorProfile[];
  settings: MatchingSettings;
  previousPairings: readonly PreviousPairing[];
  /** "Never pair these two", set by a coordinator. */
  exclusions: readonly PairRef[];
  /** Pairs kept as they are; each consumes one slot of its mentor's capacity. */
  lockedPairs: readonly PairRef[];
}

// ---------------------------------------------------------------------------------------------
// Explanations

export type Outcome = "match" | "partial" | "none" | "not_applicable";

export type LocationLevel = "same_city" | "same_region" | "different" | "unknown" | "remote_possible";

export interface GoalSupport {
  goal: string;
  /** The mentor's expertise tags that serve the goal. */
  expertise: string[];
  /** A language the mentor speaks fluently that serves the goal (Swedish for "swedish_language"). */
  language: string | null;
}

export interface CriterionDetails {
  industry: { shared: string[]; menteeOnly: string[]; mentorOnly: string[] };
  goals: { met: GoalSupport[]; unmet: string[] };
  location: {
    level: LocationLevel;
    /** Who prefers meeting in person; null when both accept remote meetings. */
    inPersonWantedBy: "mentee" | "mentor" | "both" | null;
    menteeCity: string | null;
    mentorCity: string | null;
    menteeRegion: string | null;
    mentorRegion: string | null;
  };
  experience: { menteeYears: number | null; mentorYears: number | null; gap: number | null };
  wishes: { rank: number | null; wishCount: number };
  language: { best: SpokenLanguage | null; shared: string[] };
  field: { menteeField: string; mentorField: string };
}

export type CriterionExplanation = {
  [C in Criterion]: {
    criterion: C;
    /** 0–1, how well the pair meets the criterion (0 when not applicable). */
    score01: number;
    /** The cohort's weight, 0–10. */
    weight: number;
    /** Whole points this criterion adds to the score; the points of a pair sum to its score. */
    points: number;
    outcome: Outcome;
    details: CriterionDetails[C];
  };
}[Criterion];

export interface PairExplanation {
  criteria: CriterionExplanation[];
  /** Hard rules, as the cohort has them, that the pair breaks. Empty for an allowed pair. */
  brokenRules: Rule[];
  /** Rules the cohort has switched off that the pair would break (shown as a caution). */
  relaxedRules: Rule[];
  /**
   * True when no criterion counts for the pair (all weights 0, or every weighted criterion not
   * applicable): the pair then scores 100 and no criterion has points.
   */
  neutral: boolean;
}

export interface PairEvaluation {
  mentorId: string;
  menteeId: string;
  /** 0–100, whole. */
  score: number;
  /** No hard rule broken (capacity included). */
  allowed: boolean;
  belowMinimumScore: boolean;
  explanation: PairExplanation;
}

// ---------------------------------------------------------------------------------------------
// Results

export interface Proposal {
  mentorId: string;
  menteeId: string;
  score: number;
  /** A locked pair from the input, kept as it is. */
  locked: boolean;
  explanation: PairExplanation;
}

/**
 * Why a mentee got no mentor: no mentor passes the hard rules; every mentor that does scores
 * below the minimum; or the mentors that would do have no capacity left for this mentee.
 */
export type UnmatchedReason = "no_allowed_mentor" | "below_minimum_score" | "no_capacity_left";

/**
 * What keeps a waiting mentee from a mentor, as the board shows it: the unmatched reasons, and before
 * them the ones that explain them (see hindrancesFor in matching-engine.ts).
 */
export type Hindrance = "no_languages" | "no_mentor_of_field" | "no_shared_language" | UnmatchedReason;

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedReason;
}

export interface MentorLoad {
  mentorId: string;
  capacity: number;
  /** Locked pairs and proposals. */
  used: number;
  remaining: number;
}

export interface MatchingResult {
  /** Locked pairs first, then the proposals, in the order of the input's mentees. */
  proposals: Proposal[];
  unmatched: UnmatchedMentee[];
  mentors: MentorLoad[];
  /** The solver's objective over the new proposals (locked pairs left out). */
  objective: { matched: number; totalScore: number };
}
