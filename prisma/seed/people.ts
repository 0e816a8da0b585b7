import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import type { Random } from "@/lib/demo/random";
import type { Gender, MeetingPreference } from "@/lib/generated/prisma/client";
import { GOAL_TAGS } from "@/lib/profiles/profile-vocabulary";
import {
  CITIES,
  COUNTRIES,
  EMPLOYERS,
  EMPLOYERS_BY_FIELD,
  EXPERTISE,
  GENERAL_EXPERTISE,
  MENTEE_DEGREES,
  MENTOR_DEGREES,
  SWEDISH_FAMILY,
  SWEDISH_FEMALE,
  SWEDISH_MALE,
  WISHED_INDUSTRIES,
  WISHED_ROLE,
  type Country,
  type Employer,
  type FieldKey,
  type Language,
  type Level,
} from "@/prisma/seed/profile-content";
import type { ParticipationProfile } from "@/tests/factories/participations";

// The people of the demo: names and e-mail addresses that are never used twice, and the profiles
// of mentors (Swedish professionals) and mentees (newly arrived academics).

const EMAIL_DOMAIN = "demo.tandem.se";

export type Person = {
  name: string;
  email: string;
  locale: "sv" | "en";
};

/** A profile as Participation stores it, without the ids. */
export type Profile = ParticipationProfile & { fieldKey: FieldKey };

export type Mentor = { person: Person; gender: Gender | null; fieldKey: FieldKey; base: Profile; cohortsServed: number };
export type Mentee = { person: Person; gender: Gender | null; profile: Profile };

type NamePool = { female: readonly string[]; male: readonly string[]; family: readonly string[] };

const SWEDISH_NAMES: NamePool = { female: SWEDISH_FEMALE, male: SWEDISH_MALE, family: SWEDISH_FAMILY };

function asciiSlug(text: string): string {
  return text
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const twoDigits = (n: number) => String(n).padStart(2, "0");

/**
 * The numbers the Swedish regulator (PTS) keeps for use in fiction, which reach nobody: 070-174 06 05
 * to 06 99, then 08-465 004 00 to 99, 031-390 06 00 to 99, 040-628 04 00 to 99 and 0980-31 92 00 to 99.
 */
const FICTIONAL_PHONES: readonly string[] = [
  ...Array.from({ length: 95 }, (_, n) => `070-174 06 ${twoDigits(n + 5)}`),
  ...Array.from({ length: 100 }, (_, n) => `08-465 004 ${twoDigits(n)}`),
  ...Array.from({ length: 100 }, (_, n) => `031-390 06 ${twoDigits(n)}`),
  ...Array.from({ length: 100 }, (_, n) => `040-628 04 ${twoDigits(n)}`),
  ...Array.from({ length: 100 }, (_, n) => `0980-31 92 ${twoDigits(n)}`),
];

/** The programme's own number, kept out of the people's. */
export const DEMO_PROGRAMME_PHONE = "0980-31 92 99";

export class People {
  private readonly usedEmails = new Set<string>(DEMO_ACCOUNTS.map((account) => account.email));
  private readonly usedPhones = new Set<string>([DEMO_PROGRAMME_PHONE]);
  private readonly usedNames = new Set<string>(DEMO_ACCOUNTS.map((account) => account.name));
  readonly all: Person[] = [];
  private readonly thisYear: number;

  constructor(
    private readonly rng: Random,
    today: Date,
  ) {
    this.thisYear = today.getUTCFullYear();
  }

  /** A person; `withAccount: false` for an applicant who gets no account. */
  person(name: string, locale: "sv" | "en", email?: string, withAccount = true): Person {
    let address = email;
    if (!address) {
      const [first = name, ...rest] = name.split(" ");
      const base = `${asciiSlug(first)}.${asciiSlug(rest.join(" ") || "x")}`;
      address = `${base}@${EMAIL_DOMAIN}`;
      for (let n = 2; this.usedEmails.has(address); n++) address = `${base}${n}@${EMAIL_DOMAIN}`;
    }
    this.usedEmails.add(address);
    this.usedNames.add(name);
    const person = { name, email: address, locale };
    if (withAccount) this.all.push(person);
    return person;
  }

  /** The given name, or a name from the pool that no one has yet (first names by gender). */
  private name(gender: Gender | null, given: string | undefined, pool: NamePool): string {
    const { rng } = this;
    const female = gender === "FEMALE" || (gender !== "MALE" && rng.chance(0.5));
    if (given) return given;
    for (;;) {
      const name = `${rng.pick(female ? pool.female : pool.male)} ${rng.pick(pool.family)}`;
      if (!this.usedNames.has(name)) return name;
    }
  }

  private city() {
    return this.rng.weighted(CITIES);
  }

  private gender(femaleShare: number): Gender | null {
    const r = this.rng.next();
    if (r < 0.03) return null;
    if (r < 0.04) return "NON_BINARY";
    return r < 0.04 + femaleShare * 0.96 ? "FEMALE" : "MALE";
  }

  mentor(fieldKey: FieldKey, options: { gender?: Gender; name?: string; email?: string; withAccount?: boolean } = {}): Mentor {
    const { rng } = this;
    const gender = options.gender ?? this.gender(0.58);
    const name = this.name(gender, options.name, SWEDISH_NAMES);
    const employer = EMPLOYERS[rng.pick(EMPLOYERS_BY_FIELD[fieldKey])] as Employer;
    const { city, region } = this.city();
    const languages: Language[] = [
      { code: "sv", level: "fluent" },
      { code: "en", level: rng.chance(0.45) ? "fluent" : "good" },
    ];
    if (rng.chance(0.25)) languages.push({ code: rng.pick(["de", "fr", "es"]), level: rng.chance(0.3) ? "good" : "basic" });
    const yearsExperience = rng.int(6, 30);
    const expertise = rng.sample(EXPERTISE[fieldKey], rng.int(2, 3)).concat(rng.sample(GENERAL_EXPERTISE, rng.int(1, 2)));
    const base: Profile = {
      fieldKey,
      phone: this.phone(),
      city,
      region,
      educationDegree: rng.pick(MENTOR_DEGREES[fieldKey]),
      educationCountry: "SE",
      educationYear: this.thisYear - yearsExperience - rng.int(0, 2),
      yearsExperience,
      languages,
      industries: [employer.industry],
      goals: null,
      goalTags: [],
      expertiseTags: [...new Set(expertise)],
      meetingPreference: rng.weighted<MeetingPreference>([
        ["BOTH", 50],
        ["REMOTE", 30],
        ["IN_PERSON", 20],
      ]),
      gender,
      genderPreference: null,
      mentorCapacity: rng.chance(0.08) ? 2 : 1,
      employer: employer.name,
    };
    return { person: this.person(name, "sv", options.email, options.withAccount ?? true), gender, fieldKey, base, cohortsServed: 0 };
  }

  /** The country's languages, then Swedish at the level newcomers have, then English if not yet there. */
  private menteeLanguages(country: Country): Language[] {
    const { rng } = this;
    const languages: Language[] = [...country.native];
    for (const [language, probability] of country.extra) if (rng.chance(probability)) languages.push(language);
    languages.push({
      code: "sv",
      level: rng.weighted<Level>([
        ["good", 60],
        ["basic", 28],
        ["fluent", 12],
      ]),
    });
    if (!languages.some((language) => language.code === "en")) {
      languages.push({
        code: "en",
        level: rng.weighted<Level>([
          ["good", 50],
          ["fluent", 28],
          ["basic", 22],
        ]),
      });
    }
    return languages;
  }

  mentee(
    fieldKey: FieldKey,
    options: { country?: string; gender?: Gender; name?: string; email?: string; withAccount?: boolean } = {},
  ): Mentee {
    const { rng } = this;
    const country = options.country
      ? (COUNTRIES.find((candidate) => candidate.code === options.country) as Country)
      : rng.weighted(COUNTRIES.map((candidate) => [candidate, candidate.weight] as const));
    const gender = options.gender ?? this.gender(0.55);
    const name = this.name(gender, options.name, country);
    const { city, region } = this.city();
    const languages = this.menteeLanguages(country);
    const yearsExperience = rng.int(2, 14);
    const goalTags = ["qualified_job", ...rng.sample(GOAL_TAGS.slice(1), rng.int(2, 4))];
    const preference: Gender | null =
      gender === "FEMALE" && rng.chance(0.12) ? "FEMALE" : gender === "MALE" && rng.chance(0.03) ? "MALE" : null;
    const profile: Profile = {
      fieldKey,
      phone: this.phone(),
      city,
      region,
      educationDegree: rng.pick(MENTEE_DEGREES[fieldKey]),
      educationCountry: country.code,
      educationYear: this.thisYear - yearsExperience - rng.int(1, 4),
      yearsExperience,
      languages,
      industries: rng.sample(WISHED_INDUSTRIES[fieldKey], rng.int(1, 3)),
      goals: `Jag vill få ett arbete som ${WISHED_ROLE[fieldKey]}. Jag vill också lära mig mer om hur man söker jobb i Sverige och få kontakter i branschen.`,
      goalTags,
      expertiseTags: [],
      meetingPreference: rng.weighted<MeetingPreference>([
        ["BOTH", 50],
        ["IN_PERSON", 30],
        ["REMOTE", 20],
      ]),
      gender,
      genderPreference: preference,
      mentorCapacity: 1,
      employer: null,
    };
    const locale = rng.chance(0.3) ? "en" : "sv";
    return { person: this.person(name, locale, options.email, options.withAccount ?? true), gender, profile };
  }

  /**
   * A number nobody else in the demo has, from the ranges the Swedish regulator keeps for fiction:
   * a mobile number where one is free (the one drawn, or the next free after it), then the landline
   * ranges. One draw per number, whatever the outcome, so everything drawn after it stays the same.
   */
  private phone(): string {
    const drawn = this.rng.int(5, 99) - 5;
    for (let step = 0; step < FICTIONAL_PHONES.length; step++) {
      const candidate = FICTIONAL_PHONES[(drawn + step) % FICTIONAL_PHONES.length]!;
      if (this.usedPhones.has(candidate)) continue;
      this.usedPhones.add(candidate);
      return candidate;
    }
    throw new Error("The demo has more people than fictional phone numbers");
  }
}
