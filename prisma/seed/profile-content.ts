import type { DefaultFieldKey } from "@/lib/programmes/default-fields";

// What the demo profiles are drawn from: fields, countries and names, places, degrees, employers,
// industries, expertise and goals.

/** A list of single-word names, written as words. */
function names(list: string): string[] {
  return list.trim().split(/\s+/);
}

export type FieldKey = DefaultFieldKey;
export type Level = "fluent" | "good" | "basic";
export type Language = { code: string; level: Level };

export const FIELD_WEIGHTS: readonly (readonly [FieldKey, number])[] = [
  ["economics", 40],
  ["law", 22],
  ["social_science", 15],
  ["hr", 8],
  ["information_systems", 6],
  ["communications", 6],
  ["other", 3],
];

export type Country = {
  code: string;
  weight: number;
  native: Language[];
  /** Further languages some people from the country speak, with the probability they do. */
  extra: (readonly [Language, number])[];
  female: string[];
  male: string[];
  family: string[];
};

export const COUNTRIES: readonly Country[] = [
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

export const SWEDISH_FEMALE = names(`
  Anna Eva Maria Sara Emma Johanna Linnea Elin Sofia Ida Malin Helena Kristina Lena Cecilia Therese Frida Annika
  Ulrika Camilla Jenny Hanna Louise Åsa Maja Karolina Ingrid Charlotte
`);
export const SWEDISH_MALE = names(`
  Erik Lars Anders Per Karl Mikael Fredrik Henrik Magnus Jonas Daniel Andreas Mattias Niklas Oskar Gustav Peter
  Björn Olof Stefan Martin Jakob Viktor Tobias
`);
export const SWEDISH_FAMILY = names(`
  Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
  Hansson Bengtsson Lindström Lindqvist Berg Lundberg Lundgren Holm Wallin Engström Ek Nyström Forsberg Sandberg
  Hedlund Åberg Björk Falk Ström Sundqvist Blom Dahl
`);

export const CITIES: readonly (readonly [{ city: string; region: string }, number])[] = [
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

export const MENTEE_DEGREES: Record<FieldKey, string[]> = {
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

export const MENTOR_DEGREES: Record<FieldKey, string[]> = {
  law: ["Juristexamen", "Juris kandidatexamen"],
  economics: ["Civilekonomexamen", "Ekonomie magisterexamen", "Ekonomie kandidatexamen"],
  social_science: ["Fil. kand. i statsvetenskap", "Samhällsvetarexamen", "Fil. mag. i sociologi"],
  hr: ["Personalvetarexamen", "Fil. kand. i personal och arbetsliv"],
  information_systems: ["Systemvetenskaplig kandidatexamen", "Civilingenjörsexamen i datateknik"],
  communications: ["Fil. kand. i medie- och kommunikationsvetenskap", "Informatörsexamen"],
  other: ["Fil. kand. i statistik", "Arkitektexamen"],
};

export type Employer = { name: string; industry: string };

export const EMPLOYERS: Record<string, Employer> = {
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

export const EMPLOYERS_BY_FIELD: Record<FieldKey, string[]> = {
  law: ["stockholm", "region", "migration", "tax", "county", "kammarkollegiet", "lawfirm", "legal", "bank", "insurance"],
  economics: ["bank", "audit", "stockholm", "region", "tax", "consult", "property", "solna", "huddinge"],
  social_science: ["stockholm", "insurance", "employment", "region", "huddinge", "county", "university"],
  hr: ["region", "stockholm", "consult", "bank", "nacka"],
  information_systems: ["it", "tax", "region", "bank", "stockholm"],
  communications: ["stockholm", "comms", "region", "university"],
  other: ["statistics", "stockholm", "region"],
};

export const WISHED_INDUSTRIES: Record<FieldKey, string[]> = {
  law: ["public_sector", "legal_services", "banking_finance", "insurance"],
  economics: ["banking_finance", "accounting_audit", "public_sector", "consulting", "real_estate", "trade_industry"],
  social_science: ["public_sector", "non_profit", "education", "healthcare"],
  hr: ["public_sector", "consulting", "healthcare", "trade_industry"],
  information_systems: ["it", "banking_finance", "public_sector"],
  communications: ["media", "public_sector", "non_profit"],
  other: ["public_sector", "education", "consulting"],
};

export const EXPERTISE: Record<FieldKey, string[]> = {
  law: ["contract_law", "migration_law", "labour_law", "administrative_law", "tax", "public_procurement"],
  economics: ["accounting", "audit", "tax", "finance", "controlling", "procurement", "payroll"],
  social_science: ["public_sector", "investigation", "project_management", "integration", "policy_analysis"],
  hr: ["recruitment", "hr_processes", "labour_law", "leadership"],
  information_systems: ["software_development", "systems_analysis", "data_analysis", "project_management"],
  communications: ["communication", "digital_media", "press", "public_sector"],
  other: ["data_analysis", "project_management", "public_sector"],
};
export const GENERAL_EXPERTISE = ["cv_review", "interview_practice", "network", "recruitment", "leadership", "degree_recognition"];

export const WISHED_ROLE: Record<FieldKey, string> = {
  law: "jurist eller juridisk handläggare",
  economics: "redovisningsekonom eller controller",
  social_science: "utredare eller handläggare",
  hr: "HR-specialist eller rekryterare",
  information_systems: "systemutvecklare",
  communications: "kommunikatör",
  other: "analytiker",
};
