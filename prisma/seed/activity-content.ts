import type { FieldKey } from "@/prisma/seed/profile-content";

// What the demo activity is written from: job titles, meeting topics and notes, goals, survey
// comments and reasons for ending early.

export const QUALIFIED_TITLES: Record<FieldKey, string[]> = {
  law: ["Juridisk handläggare", "Handläggare", "Bolagsjurist", "Utredare"],
  economics: ["Redovisningsekonom", "Controller", "Ekonom", "Inköpare", "Lönespecialist", "Affärsanalytiker"],
  social_science: ["Utredare", "Handläggare", "Projektledare", "Integrationssamordnare"],
  hr: ["HR-specialist", "Rekryterare", "HR-generalist"],
  information_systems: ["Java-utvecklare", "Systemanalytiker", "IT-konsult"],
  communications: ["Kommunikatör", "Webbredaktör"],
  other: ["Analytiker", "Statistiker"],
};
export const OTHER_JOBS = ["Kundtjänstmedarbetare", "Butiksmedarbetare", "Vårdbiträde", "Lagermedarbetare", "Tolk"];

export const TOPICS_BY_STAGE = {
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

export const MEETING_NOTES: Record<string, string[]> = {
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

export const GOAL_TITLES_GENERAL = [
  "Skriva ett cv och ett personligt brev på svenska",
  "Söka minst fem tjänster som motsvarar utbildningen",
  "Öva på arbetsintervjuer",
  "Träffa tre personer som arbetar i branschen",
  "Skapa en profil på LinkedIn",
  "Bli säkrare på yrkessvenska",
  "Ta reda på hur den utländska examen bedöms i Sverige",
];
export const GOAL_TITLES_BY_FIELD: Partial<Record<FieldKey, string>> = {
  law: "Ta reda på vilka kompletteringar som behövs för att arbeta som jurist i Sverige",
  economics: "Lära sig grunderna i svensk redovisning och skatt",
  social_science: "Förstå hur offentlig förvaltning fungerar i Sverige",
  hr: "Lära sig grunderna i svensk arbetsrätt",
};

export const MENTEE_GOAL_COMMENTS = [
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
export const MENTEE_GOAL_COMMENTS_EN = [
  "My mentor was very supportive and helped me plan my next steps.",
  "The sessions about Swedish working life were the most useful part for me.",
];
export const MENTOR_GOAL_COMMENTS = [
  "Givande att se hur min adept växte under programmet. Jag har själv lärt mig mycket om hur svårt det är att komma in på arbetsmarknaden.",
  "Vi hade en bra kontakt från början. Det som hjälpte mest var att öva på intervjuer.",
  "Svårt att få till träffar under hösten, men vi höll kontakten via telefon.",
  "Bra upplägg med de gemensamma träffarna. Det hade varit bra med mer stöd kring validering av utländsk examen.",
  "Min adept fick en intervju via en kontakt i mitt nätverk. Det visar hur mycket nätverk betyder.",
  "Jag ställer gärna upp igen.",
];
export const MENTEE_EFFECT_COMMENTS = [
  "Jag fick mitt första jobb i Sverige via en kontakt från programmet.",
  "Programmet hjälpte mig att förstå vad arbetsgivare letar efter. Det tog tid, men nu har jag ett bra jobb.",
  "Jag har fortfarande kontakt med min mentor.",
  "Mentorskapet gav mig mod att söka tjänster som jag inte trodde att jag kunde få.",
  "Det var svårt att få jobb med en utländsk examen. Jag läser nu kompletterande kurser.",
];
export const MENTOR_EFFECT_COMMENTS = [
  "Vi har fortfarande kontakt och min adept har ett bra arbete i dag.",
  "Jag vet inte hur det gick för min adept efter programmet, men vi hade ett bra samarbete.",
  "Jag har varit mentor flera gånger och tycker att det är ett av de viktigaste uppdragen jag har haft.",
];

export const EARLY_END_REASONS = [
  "Adepten flyttade till Göteborg och kunde inte fortsätta.",
  "Adepten fick ett heltidsarbete i en annan stad och avslutade programmet.",
  "Adepten avbröt av personliga skäl.",
];
