/**
 * Demo data: one organisation running a mentorship programme for newly arrived academics, with
 * three closed cohorts (meetings, joint sessions, outcomes, goal evaluations and effect surveys),
 * one running cohort and one cohort being matched. The same five demo sign-ins as on the login
 * page of a demo installation (lib/demo/demo-accounts.ts).
 *
 * Deterministic: every choice comes from a seeded generator; only the dates move with "today",
 * so the running cohort is always running. Run directly with `tsx prisma/seed.ts`.
 */
import { pathToFileURL } from "node:url";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Gender, MeetingMode, MeetingPreference, ParticipantRole, Prisma } from "@/lib/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, getDemoAccount } from "@/lib/demo/demo-accounts";
import { createRandom, pickWeighted, type Random, stratified } from "@/lib/demo/random";
import type { DefaultFieldKey } from "@/lib/programmes/default-fields";
import { type BuiltInTemplateIds, ensureBuiltInTemplates } from "@/lib/surveys/built-in-templates";
import { type BuiltInKey, getInstrument } from "@/lib/surveys/instruments";
import { buildApplicationData } from "@/tests/factories/applications";
import { createCohort, type CohortWithSessions } from "@/tests/factories/cohorts";
import { addDays, addMonths, atUtcTime, daysBetween, startOfUtcDay } from "@/tests/factories/dates";
import { buildMeetingData } from "@/tests/factories/meetings";
import { appointAdmin, createOrganization } from "@/tests/factories/organizations";
import { buildOutcomeData, type OutcomeInput } from "@/tests/factories/outcomes";
import { buildPairData } from "@/tests/factories/pairs";
import { buildParticipationData, type ParticipationProfile } from "@/tests/factories/participations";
import { appointCoordinator, createProgramme, fieldId, type ProgrammeWithFields } from "@/tests/factories/programmes";
import { type Answers, buildAnswerRows, createSurveyRound } from "@/tests/factories/surveys";
import { buildUserData, cachedPasswordHash } from "@/tests/factories/users";

export const DEMO_ORGANIZATION_NAME = "Föreningen Yrkesbryggan";
export const DEMO_PROGRAMME_NAME = "Mentorskapsprogrammet för nyanlända akademiker";
const DEMO_PROGRAMME_DESCRIPTION =
  "Ett program för dig som är ny i Sverige och har en akademisk utbildning. Du får en mentor med samma " +
  "utbildningsbakgrund som du. Under sju månader träffas ni ungefär en gång i månaden. Ni pratar om hur " +
  "man söker jobb i Sverige, om svenskt arbetsliv och om din bransch. Mentorn kan också hjälpa dig att " +
  "träffa nya kontakter. Alla deltagare träffas dessutom på tre gemensamma utbildningsträffar. Målet är " +
  "att du ska få ett arbete som motsvarar din utbildning.";

const SEED = 20_100_214;
/** Serialises concurrent seeds of the same database (pg_advisory_xact_lock key). */
const SEED_LOCK_KEY = 746_368_001;
const EMAIL_DOMAIN = "demo.tandem.se";

export type SeedOptions = {
  /** The day the demo data is built around; defaults to the current date. */
  today?: Date;
  log?: (line: string) => void;
};

// ---------------------------------------------------------------------------------------------
// Content pools

type FieldKey = DefaultFieldKey;
type Level = "fluent" | "good" | "basic";
type Language = { code: string; level: Level };

const FIELD_WEIGHTS: readonly (readonly [FieldKey, number])[] = [
  ["economics", 40],
  ["law", 22],
  ["social_science", 15],
  ["hr", 8],
  ["information_systems", 6],
  ["communications", 6],
  ["other", 3],
];

type Country = {
  code: string;
  weight: number;
  native: Language[];
  /** Further languages some people from the country speak, with the probability they do. */
  extra: (readonly [Language, number])[];
  female: string[];
  male: string[];
  family: string[];
};

const COUNTRIES: readonly Country[] = [
  {
    code: "SY",
    weight: 18,
    native: [{ code: "ar", level: "fluent" }],
    extra: [[{ code: "ku", level: "fluent" }, 0.15]],
    female: ["Rania", "Lina", "Hala", "Dima", "Reem", "Rasha", "Lama", "Ghada"],
    male: ["Ahmad", "Omar", "Khaled", "Rami", "Yousef", "Samer", "Bassel", "Firas"],
    family: ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Darwish", "Sabbagh", "Mansour", "Hamdan", "Kassab"],
  },
  {
    code: "IR",
    weight: 14,
    native: [{ code: "fa", level: "fluent" }],
    extra: [],
    female: ["Maryam", "Shirin", "Parisa", "Leila", "Nasrin", "Azadeh", "Samira", "Negar"],
    male: ["Reza", "Mehdi", "Amir", "Babak", "Farhad", "Hossein", "Kaveh", "Arash"],
    family: ["Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi", "Jafari", "Tehrani", "Sadeghi", "Rostami"],
  },
  {
    code: "AF",
    weight: 8,
    native: [{ code: "fa", level: "fluent" }],
    extra: [[{ code: "ps", level: "good" }, 0.35]],
    female: ["Zahra", "Fatima", "Mariam", "Sodaba", "Freshta", "Mursal"],
    male: ["Mohammad", "Farid", "Hamid", "Jawad", "Naweed", "Sayed"],
    family: ["Ahmadzai", "Noori", "Sultani", "Haidari", "Stanikzai", "Amiri", "Wardak"],
  },
  {
    code: "ER",
    weight: 6,
    native: [{ code: "ti", level: "fluent" }],
    extra: [[{ code: "ar", level: "basic" }, 0.3]],
    female: ["Helen", "Senait", "Saba", "Luwam", "Feven", "Selam"],
    male: ["Tesfay", "Yonas", "Dawit", "Samuel", "Kidane", "Mehari"],
    family: ["Tesfamariam", "Ghebremedhin", "Habte", "Berhane", "Tekle", "Woldu", "Kahsay"],
  },
  {
    code: "UA",
    weight: 12,
    native: [{ code: "uk", level: "fluent" }],
    extra: [[{ code: "ru", level: "fluent" }, 0.6]],
    female: ["Olena", "Iryna", "Kateryna", "Nataliia", "Yuliia", "Oksana", "Tetiana", "Anastasiia"],
    male: ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Volodymyr", "Maksym"],
    family: ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Polishchuk", "Marchenko"],
  },
  {
    code: "TR",
    weight: 9,
    native: [{ code: "tr", level: "fluent" }],
    extra: [[{ code: "ku", level: "fluent" }, 0.2]],
    female: ["Elif", "Zeynep", "Ayşe", "Derya", "Ebru", "Gülşen"],
    male: ["Mehmet", "Emre", "Burak", "Murat", "Serkan", "Kerem"],
    family: ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"],
  },
  {
    code: "IQ",
    weight: 10,
    native: [{ code: "ar", level: "fluent" }],
    extra: [[{ code: "ku", level: "fluent" }, 0.25]],
    female: ["Zainab", "Noor", "Sara", "Hiba", "Shahad", "Ruqaya"],
    male: ["Ali", "Hussein", "Mustafa", "Haider", "Karrar", "Ammar"],
    family: ["Al-Jaburi", "Al-Obaidi", "Kadhim", "Al-Saadi", "Jawad", "Al-Tamimi", "Hashim"],
  },
  {
    code: "SO",
    weight: 5,
    native: [{ code: "so", level: "fluent" }],
    extra: [[{ code: "ar", level: "good" }, 0.4]],
    female: ["Hodan", "Amina", "Faduma", "Hibo", "Ifrah", "Sahra"],
    male: ["Abdirahman", "Mohamed", "Abdullahi", "Ahmed", "Said", "Liban"],
    family: ["Warsame", "Farah", "Hassan", "Abdi", "Jama", "Osman", "Yusuf"],
  },
  {
    code: "IN",
    weight: 9,
    native: [
      { code: "hi", level: "fluent" },
      { code: "en", level: "fluent" },
    ],
    extra: [],
    female: ["Priya", "Ananya", "Deepa", "Kavya", "Neha", "Shreya"],
    male: ["Rahul", "Arjun", "Vikram", "Sanjay", "Rohan", "Karthik"],
    family: ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Menon", "Rao"],
  },
  {
    code: "CO",
    weight: 5,
    native: [{ code: "es", level: "fluent" }],
    extra: [],
    female: ["Valentina", "Camila", "Daniela", "Laura", "Catalina", "Paula"],
    male: ["Andrés", "Juan Camilo", "Santiago", "Felipe", "Sebastián", "Diego"],
    family: ["Gómez", "Rodríguez", "Martínez", "Restrepo", "Castaño", "Vargas", "Ospina"],
  },
];

const SWEDISH_FEMALE = [
  "Anna",
  "Eva",
  "Maria",
  "Sara",
  "Emma",
  "Johanna",
  "Linnea",
  "Elin",
  "Sofia",
  "Ida",
  "Malin",
  "Helena",
  "Kristina",
  "Lena",
  "Cecilia",
  "Therese",
  "Frida",
  "Annika",
  "Ulrika",
  "Camilla",
  "Jenny",
  "Hanna",
  "Louise",
  "Åsa",
  "Maja",
  "Karolina",
  "Ingrid",
  "Charlotte",
];
const SWEDISH_MALE = [
  "Erik",
  "Lars",
  "Anders",
  "Per",
  "Karl",
  "Mikael",
  "Fredrik",
  "Henrik",
  "Magnus",
  "Jonas",
  "Daniel",
  "Andreas",
  "Mattias",
  "Niklas",
  "Oskar",
  "Gustav",
  "Peter",
  "Björn",
  "Olof",
  "Stefan",
  "Martin",
  "Jakob",
  "Viktor",
  "Tobias",
];
const SWEDISH_FAMILY = [
  "Andersson",
  "Johansson",
  "Karlsson",
  "Nilsson",
  "Eriksson",
  "Larsson",
  "Olsson",
  "Persson",
  "Svensson",
  "Gustafsson",
  "Pettersson",
  "Jonsson",
  "Hansson",
  "Bengtsson",
  "Lindström",
  "Lindqvist",
  "Berg",
  "Lundberg",
  "Lundgren",
  "Holm",
  "Wallin",
  "Engström",
  "Ek",
  "Nyström",
  "Forsberg",
  "Sandberg",
  "Hedlund",
  "Åberg",
  "Björk",
  "Falk",
  "Ström",
  "Sundqvist",
  "Blom",
  "Dahl",
];

const CITIES: readonly (readonly [{ city: string; region: string }, number])[] = [
  [{ city: "Stockholm", region: "Stockholms län" }, 38],
  [{ city: "Solna", region: "Stockholms län" }, 7],
  [{ city: "Sundbyberg", region: "Stockholms län" }, 6],
  [{ city: "Huddinge", region: "Stockholms län" }, 7],
  [{ city: "Botkyrka", region: "Stockholms län" }, 5],
  [{ city: "Järfälla", region: "Stockholms län" }, 5],
  [{ city: "Sollentuna", region: "Stockholms län" }, 5],
  [{ city: "Nacka", region: "Stockholms län" }, 5],
  [{ city: "Haninge", region: "Stockholms län" }, 4],
  [{ city: "Södertälje", region: "Stockholms län" }, 4],
  [{ city: "Täby", region: "Stockholms län" }, 3],
  [{ city: "Uppsala", region: "Uppsala län" }, 5],
];

const MENTEE_DEGREES: Record<FieldKey, string[]> = {
  law: ["Juristexamen (LL.B.)", "Bachelor of Laws (LL.B.)", "Master of Laws (LL.M.)", "Master in International Law"],
  economics: [
    "Master in Economics",
    "Bachelor of Business Administration",
    "Master in Finance",
    "Bachelor in Accounting",
    "Master of Business Administration (MBA)",
  ],
  social_science: [
    "Master in Political Science",
    "Bachelor in Sociology",
    "Master in International Relations",
    "Master in Public Administration",
  ],
  hr: ["Master in Human Resource Management", "Bachelor in Organisational Psychology"],
  information_systems: ["Bachelor in Computer Science", "Master in Information Systems", "Bachelor in Software Engineering"],
  communications: ["Bachelor in Journalism", "Master in Media and Communication"],
  other: ["Master in Statistics", "Master in Environmental Science", "Bachelor in Architecture"],
};

const MENTOR_DEGREES: Record<FieldKey, string[]> = {
  law: ["Juristexamen", "Juris kandidatexamen"],
  economics: ["Civilekonomexamen", "Ekonomie magisterexamen", "Ekonomie kandidatexamen"],
  social_science: ["Fil. kand. i statsvetenskap", "Samhällsvetarexamen", "Fil. mag. i sociologi"],
  hr: ["Personalvetarexamen", "Fil. kand. i personal och arbetsliv"],
  information_systems: ["Systemvetenskaplig kandidatexamen", "Civilingenjörsexamen i datateknik"],
  communications: ["Fil. kand. i medie- och kommunikationsvetenskap", "Informatörsexamen"],
  other: ["Fil. kand. i statistik", "Arkitektexamen"],
};

type Employer = { name: string; industry: string };

const EMPLOYERS: Record<string, Employer> = {
  stockholm: { name: "Stockholms stad", industry: "public_sector" },
  region: { name: "Region Stockholm", industry: "public_sector" },
  solna: { name: "Solna stad", industry: "public_sector" },
  huddinge: { name: "Huddinge kommun", industry: "public_sector" },
  nacka: { name: "Nacka kommun", industry: "public_sector" },
  migration: { name: "Migrationsverket", industry: "public_sector" },
  tax: { name: "Skatteverket", industry: "public_sector" },
  insurance: { name: "Försäkringskassan", industry: "public_sector" },
  employment: { name: "Arbetsförmedlingen", industry: "public_sector" },
  county: { name: "Länsstyrelsen i Stockholms län", industry: "public_sector" },
  kammarkollegiet: { name: "Kammarkollegiet", industry: "public_sector" },
  bank: { name: "Mälarbanken", industry: "banking_finance" },
  audit: { name: "Norrsken Revision AB", industry: "accounting_audit" },
  consult: { name: "Klarälv Konsult AB", industry: "consulting" },
  property: { name: "Brunnsvik Fastigheter AB", industry: "real_estate" },
  lawfirm: { name: "Stensjö Advokatbyrå", industry: "legal_services" },
  legal: { name: "Norrvik Juridik AB", industry: "legal_services" },
  it: { name: "Saltsjö IT-konsult AB", industry: "it" },
  comms: { name: "Fjällbo Kommunikation AB", industry: "media" },
  university: { name: "Stockholms universitet", industry: "education" },
  statistics: { name: "Statistiska centralbyrån", industry: "public_sector" },
};

const EMPLOYERS_BY_FIELD: Record<FieldKey, string[]> = {
  law: ["stockholm", "region", "migration", "tax", "county", "kammarkollegiet", "lawfirm", "legal", "bank", "insurance"],
  economics: ["bank", "audit", "stockholm", "region", "tax", "consult", "property", "solna", "huddinge"],
  social_science: ["stockholm", "insurance", "employment", "region", "huddinge", "county", "university"],
  hr: ["region", "stockholm", "consult", "bank", "nacka"],
  information_systems: ["it", "tax", "region", "bank", "stockholm"],
  communications: ["stockholm", "comms", "region", "university"],
  other: ["statistics", "stockholm", "region"],
};

const WISHED_INDUSTRIES: Record<FieldKey, string[]> = {
  law: ["public_sector", "legal_services", "banking_finance", "insurance"],
  economics: ["banking_finance", "accounting_audit", "public_sector", "consulting", "real_estate", "trade_industry"],
  social_science: ["public_sector", "non_profit", "education", "healthcare"],
  hr: ["public_sector", "consulting", "healthcare", "trade_industry"],
  information_systems: ["it", "banking_finance", "public_sector"],
  communications: ["media", "public_sector", "non_profit"],
  other: ["public_sector", "education", "consulting"],
};

const EXPERTISE: Record<FieldKey, string[]> = {
  law: ["contract_law", "migration_law", "labour_law", "administrative_law", "tax", "public_procurement"],
  economics: ["accounting", "audit", "tax", "finance", "controlling", "procurement", "payroll"],
  social_science: ["public_sector", "investigation", "project_management", "integration", "policy_analysis"],
  hr: ["recruitment", "hr_processes", "labour_law", "leadership"],
  information_systems: ["software_development", "systems_analysis", "data_analysis", "project_management"],
  communications: ["communication", "digital_media", "press", "public_sector"],
  other: ["data_analysis", "project_management", "public_sector"],
};
const GENERAL_EXPERTISE = ["cv_review", "interview_practice", "network", "recruitment", "leadership", "degree_recognition"];

const GOAL_TAGS = [
  "qualified_job",
  "cv_applications",
  "interview_practice",
  "network",
  "workplace_culture",
  "swedish_language",
  "degree_recognition",
  "career_change",
  "further_studies",
];

const WISHED_ROLE: Record<FieldKey, string> = {
  law: "jurist eller juridisk handläggare",
  economics: "redovisningsekonom eller controller",
  social_science: "utredare eller handläggare",
  hr: "HR-specialist eller rekryterare",
  information_systems: "systemutvecklare",
  communications: "kommunikatör",
  other: "analytiker",
};

const QUALIFIED_TITLES: Record<FieldKey, string[]> = {
  law: ["Juridisk handläggare", "Handläggare", "Bolagsjurist", "Utredare"],
  economics: ["Redovisningsekonom", "Controller", "Ekonom", "Inköpare", "Lönespecialist", "Affärsanalytiker"],
  social_science: ["Utredare", "Handläggare", "Projektledare", "Integrationssamordnare"],
  hr: ["HR-specialist", "Rekryterare", "HR-generalist"],
  information_systems: ["Java-utvecklare", "Systemanalytiker", "IT-konsult"],
  communications: ["Kommunikatör", "Webbredaktör"],
  other: ["Analytiker", "Statistiker"],
};
const OTHER_JOBS = ["Kundtjänstmedarbetare", "Butiksmedarbetare", "Vårdbiträde", "Lagermedarbetare", "Tolk"];

const TOPICS_BY_STAGE = {
  early: [
    ["career_plan", 4],
    ["cv_applications", 5],
    ["workplace_culture", 3],
    ["language_practice", 1],
  ],
  middle: [
    ["networking", 4],
    ["industry_knowledge", 4],
    ["cv_applications", 2],
    ["language_practice", 2],
    ["workplace_culture", 2],
  ],
  late: [
    ["interview_practice", 5],
    ["networking", 3],
    ["career_plan", 2],
    ["industry_knowledge", 1],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;

const MEETING_NOTES: Record<string, string[]> = {
  cv_applications: [
    "Vi gick igenom cv:t och det personliga brevet. Till nästa gång skriver adepten om profiltexten.",
    "Vi jämförde två annonser och anpassade ansökan efter dem.",
  ],
  interview_practice: [
    "Vi övade på en arbetsintervju med vanliga frågor. Nästa gång övar vi på att berätta om tidigare uppdrag.",
    "Rollspel: intervju på svenska. Bra svar om erfarenheter, mer konkreta exempel behövs.",
  ],
  networking: [
    "Vi pratade om LinkedIn och vilka personer adepten kan kontakta. Mentorn frågar en kollega om ett möte.",
    "Mentorn berättade om ett frukostseminarium i branschen. Vi går dit tillsammans.",
  ],
  workplace_culture: [
    "Vi pratade om fika, möten och hur beslut fattas på en svensk arbetsplats.",
    "Vi pratade om hur man är chef i Sverige och vad som förväntas av en ny medarbetare.",
  ],
  industry_knowledge: [
    "Mentorn berättade om branschen och vilka arbetsgivare som anställer just nu.",
    "Vi gick igenom vilka kunskaper från hemlandet som är mest värdefulla här.",
  ],
  language_practice: [
    "Hela träffen på svenska. Vi gick igenom ord och uttryck som används i yrket.",
    "Adepten läste en rapport från mentorns arbetsplats och vi pratade om innehållet.",
  ],
  career_plan: [
    "Vi gjorde en plan för de kommande månaderna: vilka jobb att söka och vilka kurser som kan behövas.",
    "Vi pratade om mål för programmet och hur vi ska hålla kontakten.",
  ],
};

const GOAL_TITLES_GENERAL = [
  "Skriva ett cv och ett personligt brev på svenska",
  "Söka minst fem tjänster som motsvarar utbildningen",
  "Öva på arbetsintervjuer",
  "Träffa tre personer som arbetar i branschen",
  "Skapa en profil på LinkedIn",
  "Bli säkrare på yrkessvenska",
  "Ta reda på hur den utländska examen bedöms i Sverige",
];
const GOAL_TITLES_BY_FIELD: Partial<Record<FieldKey, string>> = {
  law: "Ta reda på vilka kompletteringar som behövs för att arbeta som jurist i Sverige",
  economics: "Lära sig grunderna i svensk redovisning och skatt",
  social_science: "Förstå hur offentlig förvaltning fungerar i Sverige",
  hr: "Lära sig grunderna i svensk arbetsrätt",
};

const MENTEE_GOAL_COMMENTS = [
  "Min mentor hjälpte mig att förstå hur man skriver ett cv i Sverige. Nu får jag svar på mina ansökningar.",
  "Träffarna gav mig mer självförtroende. Jag vet nu vilka arbetsgivare jag ska söka till.",
  "Det var bra att prata svenska varje gång. Jag lärde mig många ord som används i mitt yrke.",
  "Jag fick träffa två av min mentors kollegor. Det var första gången jag pratade med personer i min bransch i Sverige.",
  "Utbildningsträffarna var intressanta, men jag hade gärna haft fler träffar med min mentor.",
  "Programmet var för kort. Sju månader går fort när man söker jobb.",
  "Jag förstår nu bättre hur en arbetsintervju går till i Sverige och vad arbetsgivaren vill höra.",
  "Tack för ett bra program. Jag rekommenderar det till mina vänner.",
  "Vi hade svårt att hitta tider som passade oss båda, men varje träff var värdefull.",
];
const MENTEE_GOAL_COMMENTS_EN = [
  "My mentor was very supportive and helped me plan my next steps.",
  "The sessions about Swedish working life were the most useful part for me.",
];
const MENTOR_GOAL_COMMENTS = [
  "Givande att se hur min adept växte under programmet. Jag har själv lärt mig mycket om hur svårt det är att komma in på arbetsmarknaden.",
  "Vi hade en bra kontakt från början. Det som hjälpte mest var att öva på intervjuer.",
  "Svårt att få till träffar under hösten, men vi höll kontakten via telefon.",
  "Bra upplägg med de gemensamma träffarna. Det hade varit bra med mer stöd kring validering av utländsk examen.",
  "Min adept fick en intervju via en kontakt i mitt nätverk. Det visar hur mycket nätverk betyder.",
  "Jag ställer gärna upp igen.",
];
const MENTEE_EFFECT_COMMENTS = [
  "Jag fick mitt första jobb i Sverige via en kontakt från programmet.",
  "Programmet hjälpte mig att förstå vad arbetsgivare letar efter. Det tog tid, men nu har jag ett bra jobb.",
  "Jag har fortfarande kontakt med min mentor.",
  "Mentorskapet gav mig mod att söka tjänster som jag inte trodde att jag kunde få.",
  "Det var svårt att få jobb med en utländsk examen. Jag läser nu kompletterande kurser.",
];
const MENTOR_EFFECT_COMMENTS = [
  "Vi har fortfarande kontakt och min adept har ett bra arbete i dag.",
  "Jag vet inte hur det gick för min adept efter programmet, men vi hade ett bra samarbete.",
  "Jag har varit mentor flera gånger och tycker att det är ett av de viktigaste uppdragen jag har haft.",
];

const EARLY_END_REASONS = [
  "Adepten flyttade till Göteborg och kunde inte fortsätta.",
  "Adepten fick ett heltidsarbete i en annan stad och avslutade programmet.",
  "Adepten avbröt av personliga skäl.",
];

const MONTHS_SV = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

// ---------------------------------------------------------------------------------------------
// People

type Person = {
  name: string;
  email: string;
  locale: "sv" | "en";
};

/** A profile as Participation stores it, without the ids. */
type Profile = ParticipationProfile & { fieldKey: FieldKey };

type Mentor = { person: Person; gender: Gender | null; fieldKey: FieldKey; base: Profile; cohortsServed: number };
type Mentee = { person: Person; gender: Gender | null; profile: Profile };

function asciiSlug(text: string): string {
  return text
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function cohortName(start: Date): string {
  return `Omgång ${MONTHS_SV[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
}

/** The first Tuesday on or after the date (joint sessions are held on Tuesday evenings). */
function tuesdayOnOrAfter(date: Date): Date {
  const day = startOfUtcDay(date);
  return addDays(day, (2 - day.getUTCDay() + 7) % 7);
}

function tuesdayOnOrBefore(date: Date): Date {
  const day = startOfUtcDay(date);
  return addDays(day, -((day.getUTCDay() - 2 + 7) % 7));
}

class People {
  private readonly usedEmails = new Set<string>(DEMO_ACCOUNTS.map((account) => account.email));
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

  private freshName(first: () => string, family: () => string): string {
    for (;;) {
      const name = `${first()} ${family()}`;
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

  mentor(fieldKey: FieldKey, options: { gender?: Gender; name?: string; email?: string } = {}): Mentor {
    const { rng } = this;
    const gender = options.gender ?? this.gender(0.58);
    const female = gender === "FEMALE" || (gender !== "MALE" && rng.chance(0.5));
    const name =
      options.name ??
      this.freshName(
        () => rng.pick(female ? SWEDISH_FEMALE : SWEDISH_MALE),
        () => rng.pick(SWEDISH_FAMILY),
      );
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
    return { person: this.person(name, "sv", options.email), gender, fieldKey, base, cohortsServed: 0 };
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
    const female = gender === "FEMALE" || (gender !== "MALE" && rng.chance(0.5));
    const name =
      options.name ??
      this.freshName(
        () => rng.pick(female ? country.female : country.male),
        () => rng.pick(country.family),
      );
    const { city, region } = this.city();
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

  /** A number from the range the Swedish regulator keeps for fiction (070-174 06 05 to 070-174 06 99). */
  private phone(): string {
    return `070-174 06 ${String(this.rng.int(5, 99)).padStart(2, "0")}`;
  }
}

// ---------------------------------------------------------------------------------------------
// What happened to each mentee (drives outcomes and answers, so they agree with each other)

type Obtained = "before" | "during" | "within_6_months" | "later";
type Contribution = "direct_contacts" | "direct_other" | "indirect" | "no" | "dont_know";

type Story = {
  usefulReference: boolean;
  jobInterview: boolean;
  expandedNetwork: boolean;
  qualifiedNow: boolean;
  obtained: Obtained | null;
  qualifiedBefore: boolean;
  qualifiedDuring: boolean;
  qualifiedAfter: boolean;
  searchedBefore: boolean;
  searchedDuring: boolean;
  searchedAfter: boolean;
  contribution: Contribution | null;
  jobTitle: string | null;
  jobEmployer: string | null;
  otherJobDuring: boolean;
};

/** Share with a qualified job at the time of the effect survey, by field (economists do best). */
const QUALIFIED_NOW_BY_FIELD: Record<FieldKey, number> = {
  economics: 0.78,
  law: 0.5,
  social_science: 0.47,
  hr: 0.64,
  information_systems: 0.75,
  communications: 0.6,
  other: 0.55,
};

/**
 * Draws the stories of a group of mentees one decision at a time. Each decision over the people it
 * concerns uses one stratified block of that size, so even a group of thirty (all the effect survey
 * of two cohorts gets) shows the intended shares rather than whatever chance gives.
 */
function drawStories(rng: Random, fieldKeys: readonly FieldKey[]): Story[] {
  type Draft = Partial<Story> & { fieldKey: FieldKey };
  const drafts: Draft[] = fieldKeys.map((fieldKey) => ({ fieldKey }));
  const uniforms = (count: number) => {
    const next = stratified(rng, Math.max(count, 1));
    return Array.from({ length: count }, () => next());
  };
  const decide = (who: Draft[], probability: (draft: Draft) => number, set: (draft: Draft, yes: boolean) => void) => {
    const us = uniforms(who.length);
    who.forEach((draft, index) => set(draft, (us[index] ?? 1) < probability(draft)));
  };
  const choose = <T>(who: Draft[], entries: (draft: Draft) => readonly (readonly [T, number])[], set: (draft: Draft, value: T) => void) => {
    const us = uniforms(who.length);
    who.forEach((draft, index) => set(draft, pickWeighted(us[index] ?? 0, entries(draft))));
  };

  // By field, so that the differences between fields show even in small groups.
  for (const fieldKey of new Set(fieldKeys)) {
    const inField = drafts.filter((d) => d.fieldKey === fieldKey);
    decide(
      inField,
      () => QUALIFIED_NOW_BY_FIELD[fieldKey],
      (d, yes) => (d.qualifiedNow = yes),
    );
  }
  const employed = drafts.filter((d) => d.qualifiedNow);
  const unemployed = drafts.filter((d) => !d.qualifiedNow);
  choose(
    employed,
    () =>
      [
        ["before", 6],
        ["during", 31],
        ["within_6_months", 43],
        ["later", 20],
      ] as const,
    (d, value: Obtained) => (d.obtained = value),
  );
  for (const d of unemployed) d.obtained = null;
  choose(
    employed,
    (d) =>
      [
        ["direct_contacts", d.fieldKey === "economics" ? 12 : 9],
        ["direct_other", 19],
        ["indirect", 36],
        ["no", 20],
        ["dont_know", 14],
      ] as const,
    (d, value: Contribution) => (d.contribution = value),
  );
  for (const d of unemployed) d.contribution = null;

  const notBefore = drafts.filter((d) => d.obtained !== "before");
  for (const d of drafts) d.qualifiedBefore = d.obtained === "before";
  decide(
    notBefore,
    () => 0.04,
    (d, yes) => (d.qualifiedBefore = yes),
  );
  for (const d of drafts) d.qualifiedDuring = d.obtained === "before" || d.obtained === "during";
  decide(
    drafts.filter((d) => !d.qualifiedDuring),
    () => 0.02,
    (d, yes) => (d.qualifiedDuring = yes),
  );
  for (const d of drafts) d.qualifiedAfter = d.qualifiedNow === true && d.obtained !== "later";
  decide(
    drafts.filter((d) => d.obtained === "later"),
    () => 0.3,
    (d, yes) => (d.qualifiedAfter = yes),
  );
  decide(
    unemployed,
    () => 0.05,
    (d, yes) => (d.qualifiedAfter = yes),
  );

  decide(
    drafts,
    () => 0.71,
    (d, yes) => (d.searchedBefore = yes),
  );
  decide(
    drafts.filter((d) => d.searchedBefore),
    () => 0.96,
    (d, yes) => (d.searchedDuring = yes),
  );
  decide(
    drafts.filter((d) => !d.searchedBefore),
    () => 0.55,
    (d, yes) => (d.searchedDuring = yes),
  );
  decide(
    drafts,
    (d) => (d.qualifiedDuring ? 0.6 : 0.86),
    (d, yes) => (d.searchedAfter = yes),
  );

  decide(
    drafts,
    (d) => (d.qualifiedDuring ? 0.9 : 0.76),
    (d, yes) => (d.usefulReference = yes),
  );
  decide(
    drafts,
    (d) => (d.qualifiedDuring ? 1 : 0.3),
    (d, yes) => (d.jobInterview = yes),
  );
  decide(
    drafts,
    () => 0.76,
    (d, yes) => (d.expandedNetwork = yes),
  );
  decide(
    drafts,
    (d) => (d.qualifiedDuring ? 0 : 0.12),
    (d, yes) => (d.otherJobDuring = yes),
  );

  return drafts.map((d) => ({
    usefulReference: d.usefulReference ?? false,
    jobInterview: d.jobInterview ?? false,
    expandedNetwork: d.expandedNetwork ?? false,
    qualifiedNow: d.qualifiedNow ?? false,
    obtained: d.obtained ?? null,
    qualifiedBefore: d.qualifiedBefore ?? false,
    qualifiedDuring: d.qualifiedDuring ?? false,
    qualifiedAfter: d.qualifiedAfter ?? false,
    searchedBefore: d.searchedBefore ?? false,
    searchedDuring: d.searchedDuring ?? false,
    searchedAfter: d.searchedAfter ?? false,
    contribution: d.contribution ?? null,
    jobTitle: d.qualifiedNow || d.qualifiedDuring ? rng.pick(QUALIFIED_TITLES[d.fieldKey]) : null,
    jobEmployer: (EMPLOYERS[rng.pick(EMPLOYERS_BY_FIELD[d.fieldKey])] as Employer).name,
    otherJobDuring: d.otherJobDuring ?? false,
  }));
}

// ---------------------------------------------------------------------------------------------
// The plan: cohorts, participations and pairs, before anything is written

type Engagement = "high" | "medium" | "low" | "none";

type ParticipationPlan = {
  person: Person;
  role: ParticipantRole;
  profile: Profile;
  status: "ACTIVE" | "COMPLETED" | "WITHDRAWN";
};

type MeetingPlan = {
  heldOn: Date;
  durationMinutes: number;
  mode: MeetingMode;
  topics: string[];
  sharedNotes: string | null;
  loggedBy: "mentor" | "mentee";
  confirmed: boolean;
  privateNote?: string;
};

type PairPlan = {
  mentor: ParticipationPlan;
  mentee: ParticipationPlan;
  engagement: Engagement;
  story: Story | null;
  publishedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  status: "ACTIVE" | "ENDED";
  source: "SUGGESTED" | "MANUAL" | "IMPORTED";
  score: number | null;
  /** Fixed content for the demo pair; otherwise generated. */
  meetings?: MeetingPlan[];
  goals?: { title: string; status: "OPEN" | "IN_PROGRESS" | "ACHIEVED" | "DROPPED" }[];
  outcomes?: Omit<OutcomeInput, "pairId">[];
  /** Survey answers that must come out this way (demo accounts). */
  fixedAnswers?: Partial<Record<BuiltInKey, Answers>>;
  /** The surveys the mentee or the mentor of this pair answered (see planSurveys). */
  responds?: Set<BuiltInKey>;
};

type CohortPlan = {
  key: "past1" | "past2" | "past3" | "active" | "matching";
  name: string;
  status: "CLOSED" | "ACTIVE" | "MATCHING";
  start: Date;
  end: Date;
  participations: ParticipationPlan[];
  pairs: PairPlan[];
  effectSurvey: boolean;
};

type Timeline = Record<CohortPlan["key"], { start: Date; end: Date }>;

function timeline(today: Date): Timeline {
  const span = (start: Date) => ({ start, end: tuesdayOnOrBefore(addMonths(start, 7)) });
  const activeStart = tuesdayOnOrAfter(addMonths(today, -3));
  return {
    past1: span(tuesdayOnOrAfter(addMonths(activeStart, -30))),
    past2: span(tuesdayOnOrAfter(addMonths(activeStart, -18))),
    past3: span(tuesdayOnOrAfter(addMonths(activeStart, -8))),
    active: span(activeStart),
    matching: span(tuesdayOnOrAfter(addDays(today, 28))),
  };
}

class Planner {
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
  pastCohort(
    key: "past1" | "past2" | "past3",
    span: { start: Date; end: Date },
    size: number,
    fixed: (taken: Set<Mentor>) => PairPlan[] = () => [],
  ): CohortPlan {
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
      pairs.push({
        mentor: this.mentorParticipation(mentor, "COMPLETED"),
        mentee: this.menteeParticipation(mentee, endsEarly ? "WITHDRAWN" : "COMPLETED"),
        engagement: this.engagement(),
        story: null,
        publishedAt: atUtcTime(addDays(span.start, -7), 9),
        endedAt: endsEarly ? atUtcTime(addDays(span.start, rng.int(50, 120)), 10) : atUtcTime(span.end, 20),
        endReason: endsEarly ? rng.pick(EARLY_END_REASONS) : null,
        status: "ENDED",
        source,
        score: source === "SUGGESTED" ? rng.int(58, 94) : null,
      });
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

  activeCohort(span: { start: Date; end: Date }, size: number, fixed: (taken: Set<Mentor>) => PairPlan[]): CohortPlan {
    const { rng, today } = this;
    const taken = new Set<Mentor>();
    const pairs = fixed(taken);
    const generated = size - pairs.length;
    const engagements = rng.shuffle<Engagement>([
      "none",
      "none",
      "low",
      "low",
      "low",
      "low",
      ...Array.from({ length: generated - 6 }, () =>
        rng.weighted<Engagement>([
          ["high", 62],
          ["medium", 38],
        ]),
      ),
    ]);
    const publishedAt = atUtcTime(addDays(span.start, -5), 9);
    const participations: ParticipationPlan[] = pairs.flatMap((pair) => [pair.mentor, pair.mentee]);
    for (let index = 0; index < generated; index++) {
      const fieldKey = this.field();
      const mentee = this.people.mentee(fieldKey);
      const mentor = this.chooseMentor(fieldKey, taken, mentee.profile.genderPreference ?? null, 0.35);
      const source = rng.chance(0.85) ? "SUGGESTED" : "MANUAL";
      const menteePlan = this.menteeParticipation(mentee, "ACTIVE");
      const pair: PairPlan = {
        mentor: this.mentorParticipation(mentor, "ACTIVE"),
        mentee: menteePlan,
        engagement: engagements[index] ?? "medium",
        story: null,
        publishedAt,
        endedAt: null,
        endReason: null,
        status: "ACTIVE",
        source,
        score: source === "SUGGESTED" ? rng.int(55, 96) : null,
      };
      participations.push(pair.mentor, pair.mentee);
      if (index === 0) {
        // The mentor had to stop; the mentee got a new mentor a couple of weeks later.
        const endedAt = atUtcTime(addDays(span.start, 38), 14);
        pair.mentor.status = "WITHDRAWN";
        pair.status = "ENDED";
        pair.endedAt = endedAt;
        pair.endReason = "Mentorn fick ett nytt arbete utomlands och kunde inte fortsätta.";
        pair.engagement = "medium";
        const replacement = this.chooseMentor(fieldKey, taken, mentee.profile.genderPreference ?? null, 0.5);
        const replacementPlan = this.mentorParticipation(replacement, "ACTIVE");
        participations.push(replacementPlan);
        pairs.push(pair, {
          mentor: replacementPlan,
          mentee: menteePlan,
          engagement: "high",
          story: null,
          publishedAt: addDays(endedAt, 12),
          endedAt: null,
          endReason: null,
          status: "ACTIVE",
          source: "MANUAL",
          score: null,
        });
        continue;
      }
      pairs.push(pair);
    }
    if (daysBetween(span.start, today) < 60) throw new Error("the running cohort should have started months ago");
    return { key: "active", name: cohortName(span.start), status: "ACTIVE", ...span, participations, pairs, effectSurvey: false };
  }

  /** Accepted mentees and mentors, not yet paired. Fields come in twos so every mentee can be matched. */
  matchingCohort(span: { start: Date; end: Date }, size: number, busy: Set<Mentor>): CohortPlan {
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

type DemoPlan = {
  cohorts: CohortPlan[];
  people: People;
  admin: Person;
  coordinator: Person;
  /** Applicants to the matching cohort who were not accepted (no account). */
  otherApplicants: { mentee: Mentee; status: "WAITLISTED" | "DECLINED"; reason: string | null }[];
};

function planDemo(rng: Random, today: Date): DemoPlan {
  const planner = new Planner(rng, today);
  const { people } = planner;
  const spans = timeline(today);
  const admin = people.person(getDemoAccount("admin").name, "sv", getDemoAccount("admin").email);
  const coordinator = people.person(getDemoAccount("coordinator").name, "sv", getDemoAccount("coordinator").email);

  // The returning person: a mentee in the oldest cohort who got a qualified job during the programme
  // and is now a mentor herself.
  const returning = getDemoAccount("returning");
  const nourAsMentee = people.mentee("economics", {
    country: "SY",
    gender: "FEMALE",
    name: returning.name,
    email: returning.email,
  });
  nourAsMentee.person.locale = "sv";
  Object.assign(nourAsMentee.profile, {
    educationDegree: "Master in Accounting",
    educationYear: spans.past1.start.getUTCFullYear() - 9,
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
  const nourStory: Story = {
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

  const past1 = planner.pastCohort("past1", spans.past1, 27, (taken) => {
    const mentor = planner.chooseMentor("economics", taken, null, 0);
    return [
      {
        mentor: planner.mentorParticipation(mentor, "COMPLETED"),
        mentee: planner.menteeParticipation(nourAsMentee, "COMPLETED"),
        engagement: "high",
        story: nourStory,
        publishedAt: atUtcTime(addDays(spans.past1.start, -7), 9),
        endedAt: atUtcTime(spans.past1.end, 20),
        endReason: null,
        status: "ENDED",
        source: "IMPORTED",
        score: null,
        fixedAnswers: {
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
        },
      },
    ];
  });

  // The demo mentor has been a mentor before.
  const demoMentorAccount = getDemoAccount("mentor");
  const karin = planner.newMentor("law", { gender: "FEMALE", name: demoMentorAccount.name, email: demoMentorAccount.email });
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
  const past2 = planner.pastCohort("past2", spans.past2, 31, (taken) => {
    taken.add(karin);
    const mentee = people.mentee("law", { gender: "FEMALE" });
    return [
      {
        mentor: planner.mentorParticipation(karin, "COMPLETED"),
        mentee: planner.menteeParticipation(mentee, "COMPLETED"),
        engagement: "high",
        story: null,
        publishedAt: atUtcTime(addDays(spans.past2.start, -7), 9),
        endedAt: atUtcTime(spans.past2.end, 20),
        endReason: null,
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
      },
    ];
  });
  const past3 = planner.pastCohort("past3", spans.past3, 33);

  const activeStart = spans.active.start;
  const active = planner.activeCohort(spans.active, 29, (taken) => {
    taken.add(karin);
    const menteeAccount = getDemoAccount("mentee");
    const yasmin = people.mentee("law", { country: "SY", gender: "FEMALE", name: menteeAccount.name, email: menteeAccount.email });
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

    // The returning person now mentors a newly arrived economist.
    const nourAsMentor: Mentor = {
      person: nourAsMentee.person,
      gender: "FEMALE",
      fieldKey: "economics",
      cohortsServed: 0,
      base: {
        ...nourAsMentee.profile,
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
    const nourMentee = people.mentee("economics", { country: "IR" });

    const first = (days: number) => addDays(activeStart, days);
    const demoMeetings: MeetingPlan[] = [
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
    return [
      {
        mentor: planner.mentorParticipation(karin, "ACTIVE"),
        mentee: planner.menteeParticipation(yasmin, "ACTIVE"),
        engagement: "high",
        story: null,
        publishedAt: atUtcTime(addDays(activeStart, -5), 9),
        endedAt: null,
        endReason: null,
        status: "ACTIVE",
        source: "SUGGESTED",
        score: 88,
        meetings: demoMeetings,
        goals: [
          { title: "Skriva ett cv och ett personligt brev på svenska", status: "ACHIEVED" },
          { title: "Ta reda på vilka kompletteringar som behövs för att arbeta som jurist i Sverige", status: "IN_PROGRESS" },
          { title: "Söka tre tjänster som handläggare på en myndighet", status: "OPEN" },
        ],
        outcomes: [
          {
            type: "INTRODUCTION",
            occurredOn: first(66),
            note: "Karin presenterade Yasmin för två jurister på Stockholms stads juridiska avdelning.",
          },
          { type: "USEFUL_REFERENCE", occurredOn: first(70), note: "Karin kan vara referens." },
          {
            type: "JOB_INTERVIEW",
            occurredOn: addDays(today, -3),
            jobTitle: "Handläggare",
            employer: "Migrationsverket",
          },
        ],
      },
      {
        mentor: planner.mentorParticipation(nourAsMentor, "ACTIVE"),
        mentee: planner.menteeParticipation(nourMentee, "ACTIVE"),
        engagement: "high",
        story: null,
        publishedAt: atUtcTime(addDays(activeStart, -5), 9),
        endedAt: null,
        endReason: null,
        status: "ACTIVE",
        source: "SUGGESTED",
        score: 84,
      },
    ];
  });
  const matching = planner.matchingCohort(spans.matching, 40, planner.mentorsIn(active));
  const otherApplicants: DemoPlan["otherApplicants"] = [
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

  planSurveys(rng, [past1, past2, past3]);
  return { cohorts: [past1, past2, past3, active, matching], people, admin, coordinator, otherApplicants };
}

/**
 * `count` items spread over the groups in proportion to their sizes: the groups are laid out one
 * after the other (each shuffled) and every (length / count)-th item is taken from a random start.
 */
function proportionalSample<T>(rng: Random, items: readonly T[], count: number, group: (item: T) => string): T[] {
  if (count <= 0) return [];
  if (count >= items.length) return [...items];
  const groups = new Map<string, T[]>();
  for (const item of rng.shuffle(items)) {
    const key = group(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const laidOut = [...groups.keys()].sort().flatMap((key) => groups.get(key) ?? []);
  const step = laidOut.length / count;
  const offset = rng.next() * step;
  return Array.from({ length: count }, (_, index) => laidOut[Math.floor(offset + index * step)] as T);
}

/** Response rates of the seeded rounds, close to what the report describes. */
const RESPONSE_RATES: Record<BuiltInKey, number> = {
  "goal_evaluation.mentee": 0.77,
  "goal_evaluation.mentor": 0.77,
  "effect_survey.mentee": 0.56,
  "effect_survey.mentor": 0.59,
};

/**
 * Decides who answered which survey of the closed cohorts (a fixed share of those who could), then
 * what happened to each mentee, drawn for the effect-survey respondents as one group so that their
 * answers show the intended shares.
 */
function planSurveys(rng: Random, closed: CohortPlan[]): void {
  for (const cohort of closed) {
    for (const pair of cohort.pairs) pair.responds = new Set(Object.keys(pair.fixedAnswers ?? {}) as BuiltInKey[]);
    const keys: BuiltInKey[] = ["goal_evaluation.mentee", "goal_evaluation.mentor"];
    if (cohort.effectSurvey) keys.push("effect_survey.mentee", "effect_survey.mentor");
    for (const key of keys) {
      const role = key.endsWith(".mentee") ? "mentee" : "mentor";
      // Goal evaluations are filled in at the last session, which those who left did not reach.
      const eligible = cohort.pairs.filter((pair) => key.startsWith("effect_survey") || pair[role].status !== "WITHDRAWN");
      const wanted = Math.round(RESPONSE_RATES[key] * eligible.length);
      const already = eligible.filter((pair) => pair.responds?.has(key)).length;
      const others = eligible.filter((pair) => !pair.responds?.has(key));
      const byField = (pair: PairPlan) => pair.mentee.profile.fieldKey;
      for (const pair of proportionalSample(rng, others, wanted - already, byField)) pair.responds?.add(key);
    }
  }
  const pairs = closed.flatMap((cohort) => cohort.pairs).filter((pair) => !pair.story);
  const effectRespondents = pairs.filter((pair) => pair.responds?.has("effect_survey.mentee"));
  for (const group of [effectRespondents, pairs.filter((pair) => !effectRespondents.includes(pair))]) {
    const stories = drawStories(
      rng,
      group.map((pair) => pair.mentee.profile.fieldKey),
    );
    group.forEach((pair, index) => (pair.story = stories[index] ?? null));
  }
}

// ---------------------------------------------------------------------------------------------
// Generated activity: meetings, goals, outcomes, attendance, survey answers

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

function planMeetings(rng: Random, pair: PairPlan, cohort: CohortPlan, today: Date): MeetingPlan[] {
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
    const topics = new Set<string>();
    const topicCount = rng.weighted([
      [1, 30],
      [2, 50],
      [3, 20],
    ] as const);
    while (topics.size < topicCount) topics.add(rng.weighted(TOPICS_BY_STAGE[stage]));
    const topicList = [...topics];
    const mode = meetingMode(rng, pair.mentor.profile.meetingPreference ?? "BOTH", pair.mentee.profile.meetingPreference ?? "BOTH");
    const durationMinutes =
      mode === "PHONE"
        ? rng.weighted([
            [30, 30],
            [45, 40],
            [60, 30],
          ] as const)
        : rng.weighted([
            [45, 15],
            [60, 40],
            [75, 10],
            [90, 25],
            [120, 10],
          ] as const);
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

type GoalStatus = "OPEN" | "IN_PROGRESS" | "ACHIEVED" | "DROPPED";

function planGoals(rng: Random, pair: PairPlan, closed: boolean): { title: string; status: GoalStatus }[] {
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

function randomDay(rng: Random, from: Date, to: Date): Date {
  const span = daysBetween(from, to);
  return addDays(startOfUtcDay(from), span > 0 ? rng.int(0, span) : 0);
}

function planOutcomes(rng: Random, pair: PairPlan, cohort: CohortPlan, today: Date): Omit<OutcomeInput, "pairId">[] {
  if (pair.outcomes) return pair.outcomes;
  if (pair.engagement === "none") return [];
  const from = addDays(cohort.start, 20);
  const lastDay = pair.endedAt && pair.endedAt < today ? startOfUtcDay(pair.endedAt) : addDays(today, -1);
  const to = cohort.end < lastDay ? cohort.end : lastDay;
  if (to <= from) return [];
  const mentorEmployer = pair.mentor.profile.employer ?? "Stockholms stad";
  const fieldKey = pair.mentee.profile.fieldKey;
  const story = pair.story;
  const events: Omit<OutcomeInput, "pairId">[] = [];
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
    const job = { qualified: true, jobTitle: story.jobTitle, employer: story.jobEmployer };
    events.push({ type: "JOB_OFFER", occurredOn: offered, ...job });
    events.push({ type: "JOB_STARTED", occurredOn: addDays(offered, rng.int(14, 30)), ...job });
  }
  if (story?.otherJobDuring) {
    events.push({
      type: "JOB_STARTED",
      occurredOn: randomDay(rng, from, to),
      qualified: false,
      jobTitle: rng.pick(OTHER_JOBS),
    });
  }
  return events;
}

const yesNo = (value: boolean) => (value ? "yes" : "no");

function menteeGoalAnswers(rng: Random, story: Story, locale: "sv" | "en"): Answers {
  const comment = rng.chance(0.35) ? rng.pick(locale === "en" ? MENTEE_GOAL_COMMENTS_EN : MENTEE_GOAL_COMMENTS) : null;
  return {
    useful_reference: yesNo(story.usefulReference),
    job_interview: yesNo(story.jobInterview),
    expanded_network: yesNo(story.expandedNetwork),
    workplace_culture: rng.weighted([
      [2, 6],
      [3, 26],
      [4, 45],
      [5, 23],
    ] as const),
    professional_confidence: story.qualifiedDuring
      ? rng.weighted([
          [3, 15],
          [4, 45],
          [5, 40],
        ] as const)
      : rng.weighted([
          [1, 3],
          [2, 10],
          [3, 35],
          [4, 38],
          [5, 14],
        ] as const),
    recommend: rng.weighted([
      [4, 2],
      [5, 3],
      [6, 4],
      [7, 8],
      [8, 21],
      [9, 26],
      [10, 36],
    ] as const),
    comment,
    quote_consent: comment ? (rng.chance(0.7) ? "yes" : "no") : null,
  };
}

function mentorGoalAnswers(rng: Random, menteeStory: Story | null): Answers {
  const comment = rng.chance(0.3) ? rng.pick(MENTOR_GOAL_COMMENTS) : null;
  return {
    mentee_progress: menteeStory?.qualifiedDuring
      ? rng.weighted([
          [3, 10],
          [4, 45],
          [5, 45],
        ] as const)
      : rng.weighted([
          [1, 4],
          [2, 15],
          [3, 40],
          [4, 31],
          [5, 10],
        ] as const),
    would_mentor_again: rng.weighted([
      ["yes", 78],
      ["maybe", 17],
      ["no", 5],
    ] as const),
    comment,
    quote_consent: comment ? (rng.chance(0.8) ? "yes" : "no") : null,
  };
}

function menteeEffectAnswers(rng: Random, story: Story): Answers {
  const comment = rng.chance(0.3) ? rng.pick(MENTEE_EFFECT_COMMENTS) : null;
  return {
    qualified_job_before: yesNo(story.qualifiedBefore),
    qualified_job_during: yesNo(story.qualifiedDuring),
    qualified_job_after: yesNo(story.qualifiedAfter),
    searched_before: yesNo(story.searchedBefore),
    searched_during: yesNo(story.searchedDuring),
    searched_after: yesNo(story.searchedAfter),
    qualified_job_now: yesNo(story.qualifiedNow),
    qualified_job_obtained: story.obtained,
    contribution: story.contribution,
    job_title: story.qualifiedNow && rng.chance(0.75) ? story.jobTitle : null,
    comment,
    quote_consent: comment ? (rng.chance(0.7) ? "yes" : "no") : null,
  };
}

function mentorEffectAnswers(rng: Random, menteeStory: Story | null): Answers {
  const comment = rng.chance(0.25) ? rng.pick(MENTOR_EFFECT_COMMENTS) : null;
  const knows = menteeStory?.qualifiedNow
    ? rng.weighted([
        ["yes", 70],
        ["dont_know", 25],
        ["no", 5],
      ] as const)
    : rng.weighted([
        ["no", 45],
        ["dont_know", 50],
        ["yes", 5],
      ] as const);
  return {
    would_mentor_again: rng.weighted([
      ["yes", 70],
      ["maybe", 22],
      ["no", 8],
    ] as const),
    mentee_qualified_job: knows,
    comment,
    quote_consent: comment ? (rng.chance(0.8) ? "yes" : "no") : null,
  };
}

const ATTENDANCE_WEIGHTS = [
  [
    ["PRESENT", 88],
    ["EXCUSED", 7],
    ["ABSENT", 5],
  ],
  [
    ["PRESENT", 80],
    ["EXCUSED", 10],
    ["ABSENT", 10],
  ],
  [
    ["PRESENT", 74],
    ["EXCUSED", 12],
    ["ABSENT", 14],
  ],
] as const;

// ---------------------------------------------------------------------------------------------
// Writing the plan

type Tx = Prisma.TransactionClient;
type ParticipationRow = { id: string; cohortId: string; role: ParticipantRole; professionalFieldId: string };

function questionsFor(templates: BuiltInTemplateIds, builtInKey: BuiltInKey) {
  const { questionIdsByKey } = templates[builtInKey];
  return getInstrument(builtInKey).questions.map((question) => {
    const id = questionIdsByKey[question.key];
    if (!id) throw new Error(`Question ${builtInKey}/${question.key} is missing`);
    return { id, key: question.key, type: question.type, options: (question.options ?? []).map((option) => option.code) };
  });
}

type ResponseItem = {
  participation: ParticipationRow;
  answers: Answers;
  submittedAt: Date;
  mode?: "WEB" | "PHONE";
  enteredById?: string | null;
};

async function insertResponses(
  tx: Tx,
  templates: BuiltInTemplateIds,
  builtInKey: BuiltInKey,
  roundId: string,
  items: ResponseItem[],
): Promise<{ responses: number; answers: number }> {
  if (items.length === 0) return { responses: 0, answers: 0 };
  const responses = await tx.surveyResponse.createManyAndReturn({
    data: items.map((item) => ({
      roundId,
      participationId: item.participation.id,
      respondentRole: item.participation.role,
      professionalFieldId: item.participation.professionalFieldId,
      mode: item.mode ?? "WEB",
      enteredById: item.enteredById ?? null,
      submittedAt: item.submittedAt,
      createdAt: item.submittedAt,
    })),
    select: { id: true, participationId: true },
  });
  const answersByParticipation = new Map(items.map((item) => [item.participation.id, item.answers]));
  const questions = questionsFor(templates, builtInKey);
  const answerRows = responses.flatMap((response) =>
    buildAnswerRows(questions, answersByParticipation.get(response.participationId ?? "") ?? {}).map((row) => ({
      ...row,
      responseId: response.id,
    })),
  );
  await tx.surveyAnswer.createMany({ data: answerRows });
  return { responses: responses.length, answers: answerRows.length };
}

/** The application profile as the public form would have stored it. */
function applicationProfile(profile: Profile): Prisma.InputJsonValue {
  const { fieldKey, ...rest } = profile;
  const entries = Object.entries({ professionalField: fieldKey, ...rest }).filter(
    ([key, value]) => value !== null && value !== undefined && key !== "status" && key !== "consentAt",
  );
  return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Prisma.InputJsonValue;
}

async function writeDemo(
  tx: Tx,
  plan: DemoPlan,
  rng: Random,
  today: Date,
  passwordHash: string,
  templates: BuiltInTemplateIds,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const now = atUtcTime(today, 0);

  // People. Everyone gets the demo password, so any participant can be tried out.
  const userRows = await Promise.all(
    plan.people.all.map((person) => buildUserData({ email: person.email, name: person.name, locale: person.locale, passwordHash })),
  );
  const users = await tx.user.createManyAndReturn({ data: userRows, select: { id: true, email: true } });
  const userIds = new Map(users.map((user) => [user.email, user.id]));
  const userIdOf = (person: Person): string => {
    const id = userIds.get(person.email);
    if (!id) throw new Error(`No account for ${person.email}`);
    return id;
  };
  counts.users = users.length;

  const organization = await createOrganization(tx, { name: DEMO_ORGANIZATION_NAME });
  await appointAdmin(tx, { organizationId: organization.id, userId: userIdOf(plan.admin) });
  const programme: ProgrammeWithFields = await createProgramme(tx, {
    organizationId: organization.id,
    name: DEMO_PROGRAMME_NAME,
    description: DEMO_PROGRAMME_DESCRIPTION,
    defaultCohortMonths: 7,
    jointSessionCount: 3,
    meetingIntervalDays: 30,
  });
  const coordinatorId = userIdOf(plan.coordinator);
  await appointCoordinator(tx, { programmeId: programme.id, userId: coordinatorId });

  const cohorts = new Map<CohortPlan, CohortWithSessions>();
  for (const cohortPlan of plan.cohorts) {
    cohorts.set(
      cohortPlan,
      await createCohort(tx, {
        programmeId: programme.id,
        name: cohortPlan.name,
        status: cohortPlan.status,
        startDate: cohortPlan.start,
        endDate: cohortPlan.end,
        applicationOpensAt: atUtcTime(addDays(cohortPlan.start, -80), 8),
        applicationClosesAt: atUtcTime(addDays(cohortPlan.start, -35), 22),
        publicKey: rng.token(20),
        sessionLocation: "Folkets hus, Stockholm",
      }),
    );
  }
  const cohortOf = (cohortPlan: CohortPlan): CohortWithSessions => cohorts.get(cohortPlan) as CohortWithSessions;
  counts.cohorts = cohorts.size;

  // Participations, with the day each person applied (and consented).
  const appliedOn = new Map<ParticipationPlan, Date>();
  const participationRows = plan.cohorts.flatMap((cohortPlan) =>
    cohortPlan.participations.map((participation) => {
      const { fieldKey, ...profile } = participation.profile;
      const applied = atUtcTime(addDays(cohortPlan.start, -rng.int(40, 78)), rng.int(7, 21));
      appliedOn.set(participation, applied);
      return buildParticipationData({
        ...profile,
        cohortId: cohortOf(cohortPlan).id,
        userId: userIdOf(participation.person),
        role: participation.role,
        professionalFieldId: fieldId(programme, fieldKey),
        status: participation.status,
        consentAt: applied,
      });
    }),
  );
  const participations = await tx.participation.createManyAndReturn({
    data: participationRows,
    select: { id: true, cohortId: true, userId: true, role: true, professionalFieldId: true },
  });
  const participationIds = new Map(participations.map((row) => [`${row.cohortId}|${row.userId}`, row]));
  const participationOf = (cohortPlan: CohortPlan, participation: ParticipationPlan): ParticipationRow => {
    const row = participationIds.get(`${cohortOf(cohortPlan).id}|${userIdOf(participation.person)}`);
    if (!row) throw new Error(`No participation for ${participation.person.email} in ${cohortPlan.name}`);
    return row;
  };
  counts.participations = participations.length;

  // Pairs.
  const pairList = plan.cohorts.flatMap((cohortPlan) => cohortPlan.pairs.map((pair) => ({ cohortPlan, pair })));
  const pairRows = await tx.pair.createManyAndReturn({
    data: pairList.map(({ cohortPlan, pair }) =>
      buildPairData({
        mentor: participationOf(cohortPlan, pair.mentor),
        mentee: participationOf(cohortPlan, pair.mentee),
        status: pair.status,
        source: pair.source,
        score: pair.score,
        publishedAt: pair.publishedAt,
        endedAt: pair.endedAt,
        endReason: pair.endReason,
      }),
    ),
    select: { id: true, mentorParticipationId: true, menteeParticipationId: true },
  });
  const pairIds = new Map(pairRows.map((row) => [`${row.mentorParticipationId}|${row.menteeParticipationId}`, row.id]));
  const pairIdOf = (cohortPlan: CohortPlan, pair: PairPlan): string =>
    pairIds.get(`${participationOf(cohortPlan, pair.mentor).id}|${participationOf(cohortPlan, pair.mentee).id}`) as string;
  counts.pairs = pairRows.length;

  // Meetings, goals and outcomes.
  const meetingRows: Prisma.MeetingCreateManyInput[] = [];
  const privateNotes: { pairId: string; heldOn: Date; authorId: string; text: string }[] = [];
  const goalRows: Prisma.PairGoalCreateManyInput[] = [];
  const outcomeRows: Prisma.OutcomeEventCreateManyInput[] = [];
  for (const { cohortPlan, pair } of pairList) {
    const pairId = pairIdOf(cohortPlan, pair);
    const mentorUserId = userIdOf(pair.mentor.person);
    const menteeUserId = userIdOf(pair.mentee.person);
    for (const meeting of planMeetings(rng, pair, cohortPlan, today)) {
      const loggedById = meeting.loggedBy === "mentor" ? mentorUserId : menteeUserId;
      const confirmedAt = atUtcTime(addDays(meeting.heldOn, rng.int(0, 4)), rng.int(7, 21));
      meetingRows.push(
        buildMeetingData({
          pairId,
          heldOn: meeting.heldOn,
          durationMinutes: meeting.durationMinutes,
          mode: meeting.mode,
          topics: meeting.topics,
          sharedNotes: meeting.sharedNotes,
          loggedById,
          confirmedById: meeting.confirmed ? (loggedById === mentorUserId ? menteeUserId : mentorUserId) : null,
          confirmedAt: meeting.confirmed ? (confirmedAt < now ? confirmedAt : now) : null,
        }),
      );
      if (meeting.privateNote) {
        privateNotes.push({ pairId, heldOn: meeting.heldOn, authorId: mentorUserId, text: meeting.privateNote });
      }
    }
    planGoals(rng, pair, cohortPlan.status === "CLOSED").forEach((goal, index) => {
      goalRows.push({
        pairId,
        title: goal.title,
        status: goal.status,
        sortOrder: index,
        createdAt: addDays(pair.publishedAt, rng.int(7, 20)),
      });
    });
    for (const outcome of planOutcomes(rng, pair, cohortPlan, today)) {
      outcomeRows.push(buildOutcomeData({ ...outcome, pairId }));
    }
  }
  await tx.meeting.createMany({ data: meetingRows });
  for (const note of privateNotes) {
    const meeting = await tx.meeting.findFirstOrThrow({
      where: { pairId: note.pairId, heldOn: startOfUtcDay(note.heldOn) },
      select: { id: true },
    });
    await tx.meetingPrivateNote.create({ data: { meetingId: meeting.id, authorId: note.authorId, text: note.text } });
  }
  await tx.pairGoal.createMany({ data: goalRows });
  await tx.outcomeEvent.createMany({ data: outcomeRows });
  counts.meetings = meetingRows.length;
  counts.goals = goalRows.length;
  counts.outcomes = outcomeRows.length;

  // Attendance at the joint sessions held so far. Someone who left stops attending.
  const leftOn = new Map<ParticipationPlan, Date>();
  for (const { pair } of pairList) {
    if (!pair.endReason || !pair.endedAt) continue;
    for (const side of [pair.mentor, pair.mentee]) if (side.status === "WITHDRAWN") leftOn.set(side, pair.endedAt);
  }
  const demoEmails = new Set(DEMO_ACCOUNTS.map((account) => account.email));
  const attendanceRows: Prisma.SessionAttendanceCreateManyInput[] = [];
  for (const cohortPlan of plan.cohorts) {
    for (const session of cohortOf(cohortPlan).sessions) {
      if (session.startsAt >= now) continue;
      const weights = ATTENDANCE_WEIGHTS[Math.min(session.ordinal, 3) - 1] ?? ATTENDANCE_WEIGHTS[0];
      for (const participation of cohortPlan.participations) {
        const left = leftOn.get(participation);
        if (left && session.startsAt > left) continue;
        attendanceRows.push({
          sessionId: session.id,
          participationId: participationOf(cohortPlan, participation).id,
          status: demoEmails.has(participation.person.email) ? "PRESENT" : rng.weighted(weights),
          markedAt: session.endsAt,
        });
      }
    }
  }
  await tx.sessionAttendance.createMany({ data: attendanceRows });
  counts.attendance = attendanceRows.length;

  // Goal evaluations at the last session of each closed cohort; effect surveys for the oldest two.
  counts.surveyRounds = 0;
  counts.surveyResponses = 0;
  counts.surveyAnswers = 0;
  const addResponses = async (builtInKey: BuiltInKey, roundId: string, items: ResponseItem[]) => {
    const added = await insertResponses(tx, templates, builtInKey, roundId, items);
    counts.surveyRounds = (counts.surveyRounds ?? 0) + 1;
    counts.surveyResponses = (counts.surveyResponses ?? 0) + added.responses;
    counts.surveyAnswers = (counts.surveyAnswers ?? 0) + added.answers;
  };
  for (const cohortPlan of plan.cohorts.filter((candidate) => candidate.status === "CLOSED")) {
    const cohort = cohortOf(cohortPlan);
    const lastSession = cohort.sessions[cohort.sessions.length - 1];
    if (!lastSession) throw new Error(`${cohortPlan.name} has no joint sessions`);
    for (const role of ["MENTEE", "MENTOR"] as const) {
      const builtInKey: BuiltInKey = role === "MENTEE" ? "goal_evaluation.mentee" : "goal_evaluation.mentor";
      const round = await createSurveyRound(tx, {
        cohortId: cohort.id,
        templateId: templates[builtInKey].templateId,
        status: "CLOSED",
        opensAt: lastSession.startsAt,
        closesAt: addDays(lastSession.startsAt, 21),
      });
      const items: ResponseItem[] = [];
      for (const pair of cohortPlan.pairs) {
        const participant = role === "MENTEE" ? pair.mentee : pair.mentor;
        const fixed = pair.fixedAnswers?.[builtInKey];
        if (!pair.responds?.has(builtInKey)) continue;
        const story = pair.story;
        if (!story) throw new Error("every pair of a closed cohort has a story");
        items.push({
          participation: participationOf(cohortPlan, participant),
          answers:
            fixed ?? (role === "MENTEE" ? menteeGoalAnswers(rng, story, participant.person.locale) : mentorGoalAnswers(rng, pair.story)),
          submittedAt: rng.chance(0.6)
            ? new Date(lastSession.startsAt.getTime() + 2 * 60 * 60 * 1000)
            : atUtcTime(addDays(lastSession.startsAt, rng.int(1, 14)), rng.int(7, 20)),
        });
      }
      await addResponses(builtInKey, round.id, items);
    }

    if (!cohortPlan.effectSurvey) continue;
    const opensAt = atUtcTime(addDays(today, -70), 8);
    for (const role of ["MENTEE", "MENTOR"] as const) {
      const builtInKey: BuiltInKey = role === "MENTEE" ? "effect_survey.mentee" : "effect_survey.mentor";
      const round = await createSurveyRound(tx, {
        cohortId: cohort.id,
        templateId: templates[builtInKey].templateId,
        status: "CLOSED",
        opensAt,
        closesAt: addDays(opensAt, 35),
      });
      const items: ResponseItem[] = [];
      for (const pair of cohortPlan.pairs) {
        const participant = role === "MENTEE" ? pair.mentee : pair.mentor;
        const fixed = pair.fixedAnswers?.[builtInKey];
        if (!pair.responds?.has(builtInKey)) continue;
        const story = pair.story;
        if (!story) throw new Error("every pair of a closed cohort has a story");
        const byPhone = !fixed && rng.chance(0.35);
        items.push({
          participation: participationOf(cohortPlan, participant),
          answers: fixed ?? (role === "MENTEE" ? menteeEffectAnswers(rng, story) : mentorEffectAnswers(rng, pair.story)),
          submittedAt: atUtcTime(addDays(opensAt, rng.int(byPhone ? 21 : 0, byPhone ? 34 : 30)), rng.int(8, 20)),
          mode: byPhone ? "PHONE" : "WEB",
          enteredById: byPhone ? coordinatorId : null,
        });
      }
      await addResponses(builtInKey, round.id, items);
    }
  }

  // Applications to the cohort being matched: everyone accepted, plus a few who were not.
  const matchingPlan = plan.cohorts.find((cohortPlan) => cohortPlan.status === "MATCHING");
  const applicationRows: Prisma.ApplicationCreateManyInput[] = [];
  if (matchingPlan) {
    const cohort = cohortOf(matchingPlan);
    const decidedAt = atUtcTime(addDays(matchingPlan.start, -30), 10);
    for (const participation of matchingPlan.participations) {
      const row = participationOf(matchingPlan, participation);
      const applied = appliedOn.get(participation) ?? decidedAt;
      applicationRows.push({
        ...buildApplicationData({
          cohortId: cohort.id,
          role: participation.role,
          professionalFieldId: row.professionalFieldId,
          status: "ACCEPTED",
          email: participation.person.email,
          name: participation.person.name,
          city: participation.profile.city ?? null,
          languageCodes: (participation.profile.languages as Language[]).map((language) => language.code),
          profile: applicationProfile(participation.profile),
          locale: participation.person.locale,
          consentAt: applied,
          decidedAt,
          userId: userIdOf(participation.person),
          participationId: row.id,
        }),
        createdAt: applied,
      });
    }
    for (const applicant of plan.otherApplicants) {
      const applied = atUtcTime(addDays(matchingPlan.start, -rng.int(36, 60)), rng.int(7, 21));
      applicationRows.push({
        ...buildApplicationData({
          cohortId: cohort.id,
          role: "MENTEE",
          professionalFieldId: fieldId(programme, applicant.mentee.profile.fieldKey),
          status: applicant.status,
          email: applicant.mentee.person.email,
          name: applicant.mentee.person.name,
          city: applicant.mentee.profile.city ?? null,
          languageCodes: (applicant.mentee.profile.languages as Language[]).map((language) => language.code),
          profile: applicationProfile(applicant.mentee.profile),
          locale: applicant.mentee.person.locale,
          consentAt: applied,
          decidedAt,
          decisionReason: applicant.reason,
        }),
        createdAt: applied,
      });
    }
  }
  await tx.application.createMany({ data: applicationRows });
  counts.applications = applicationRows.length;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * Creates the demo organisation and everything in it, in one transaction. Does nothing when the
 * demo organisation (or the demo administrator) already exists. The built-in survey templates are
 * brought up to date either way.
 */
export async function seedDemoData(db: Db, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const today = startOfUtcDay(options.today ?? new Date());
  const passwordHash = await cachedPasswordHash(DEMO_PASSWORD);
  const counts = await db.$transaction(
    async (tx) => {
      // Two seeds started at once would both find nothing and both write: take turns.
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)::text AS locked`;
      const templates = await ensureBuiltInTemplates(tx);
      const existing =
        (await tx.organization.findFirst({ where: { name: DEMO_ORGANIZATION_NAME }, select: { id: true } })) ??
        (await tx.user.findUnique({ where: { email: getDemoAccount("admin").email }, select: { id: true } }));
      if (existing) return null;
      const plan = planDemo(createRandom(SEED), today);
      return writeDemo(tx, plan, createRandom(SEED + 1), today, passwordHash, templates);
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (!counts) {
    log(`Demo data: "${DEMO_ORGANIZATION_NAME}" already exists, nothing was changed.`);
    return;
  }
  const summary = Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(", ");
  log(`Demo data created in ${Math.round(performance.now() - started)} ms: ${summary}.`);
}

async function main(): Promise<void> {
  await import("dotenv/config");
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set (in the environment or in .env).");
    process.exitCode = 1;
    return;
  }
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    await seedDemoData(db);
    console.log(`Demo sign-ins, all with the password ${DEMO_PASSWORD}:`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.roleLabelKey.padEnd(12)} ${account.email}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
