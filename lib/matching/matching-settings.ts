import { CRITERIA, SWITCHABLE_RULES, type Criterion, type MatchingSettings, type SwitchableRule } from "@/lib/matching/matching-types";

// A cohort's matching settings, as stored in Cohort.matchingSettings (JSON that may leave keys out)
// and Cohort.minMatchScore, completed with the defaults below.

export const MAX_WEIGHT = 10;

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  weights: { industry: 5, goals: 5, location: 3, experience: 3, wishes: 5, language: 2, field: 5 },
  rules: { sameField: true, sharedLanguage: true, differentEmployer: true, notPairedBefore: true, genderPreference: true },
  minimumScore: 0,
  wishesEnabled: false,
};

export interface MatchingSettingsInput {
  weights?: Partial<Record<Criterion, number>>;
  rules?: Partial<Record<SwitchableRule, boolean>>;
  minimumScore?: number;
  wishesEnabled?: boolean;
}

/** The defaults overlaid with what the cohort set. Throws a RangeError for a weight or minimum out of range. */
export function resolveMatchingSettings(input: MatchingSettingsInput = {}): MatchingSettings {
  const settings: MatchingSettings = {
    weights: { ...DEFAULT_MATCHING_SETTINGS.weights, ...input.weights },
    rules: { ...DEFAULT_MATCHING_SETTINGS.rules, ...input.rules },
    minimumScore: input.minimumScore ?? DEFAULT_MATCHING_SETTINGS.minimumScore,
    wishesEnabled: input.wishesEnabled ?? DEFAULT_MATCHING_SETTINGS.wishesEnabled,
  };
  assertValidSettings(settings);
  return settings;
}

export function assertValidSettings(settings: MatchingSettings): void {
  for (const criterion of CRITERIA) {
    const weight = settings.weights[criterion];
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
      throw new RangeError(`matching: the weight of ${criterion} must be between 0 and ${MAX_WEIGHT}`);
    }
  }
  for (const rule of SWITCHABLE_RULES) {
    if (typeof settings.rules[rule] !== "boolean") throw new RangeError(`matching: the rule ${rule} must be on or off`);
  }
  if (!Number.isFinite(settings.minimumScore) || settings.minimumScore < 0 || settings.minimumScore > 100) {
    throw new RangeError("matching: the minimum score must be between 0 and 100");
  }
}
