import type { ParticipantRole, QuestionType, SurveyKind } from "@/lib/generated/prisma/enums";

/**
 * The four built-in instruments: goal evaluation (filled in at the last joint session) and effect
 * survey (sent to alumni years later), one for each role. Question keys and answer codes are stable:
 * reports, imports and a programme's own copies of a template rely on their meaning, so a key is
 * never renamed or reused. Texts may be improved.
 *
 * Answers are stored as a code (yes, no, maybe, dont_know, or a CHOICE option), a number (scales)
 * or text (TEXT).
 */

export type LocalizedText = { sv: string; en: string };

/** The question is shown only when the question `key` was answered with one of the codes in `in`. */
export type ShowWhen = { key: string; in: readonly string[] };

export type InstrumentQuestion = {
  key: string;
  type: QuestionType;
  text: LocalizedText;
  /** CHOICE only: the answer codes in order, with their labels. */
  options?: readonly { code: string; label: LocalizedText }[];
  /** Scales only: what the lowest and the highest number mean. */
  scale?: { min: LocalizedText; max: LocalizedText };
  /** Must be answered when shown. Report shares count only those who answered a question. */
  required: boolean;
  showWhen?: ShowWhen;
};

export type BuiltInKey = "goal_evaluation.mentee" | "goal_evaluation.mentor" | "effect_survey.mentee" | "effect_survey.mentor";

export type Instrument = {
  builtInKey: BuiltInKey;
  kind: SurveyKind;
  role: ParticipantRole;
  name: LocalizedText;
  questions: readonly InstrumentQuestion[];
};

/** Answer codes of the fixed-answer types, in the order they are offered. */
export const ANSWER_CODES = {
  YES_NO: ["yes", "no"],
  YES_NO_MAYBE: ["yes", "no", "maybe"],
  YES_NO_DONT_KNOW: ["yes", "no", "dont_know"],
} as const satisfies Partial<Record<QuestionType, readonly string[]>>;

export const ANSWER_CODE_LABELS: Record<"yes" | "no" | "maybe" | "dont_know", LocalizedText> = {
  yes: { sv: "Ja", en: "Yes" },
  no: { sv: "Nej", en: "No" },
  maybe: { sv: "Kanske", en: "Maybe" },
  dont_know: { sv: "Vet inte", en: "Don't know" },
};

export const SCALE_RANGES = {
  SCALE_1_5: { min: 1, max: 5 },
  SCALE_0_10: { min: 0, max: 10 },
} as const satisfies Partial<Record<QuestionType, { min: number; max: number }>>;

/** The codes a question accepts, or null when it takes a number or text. */
export function answerCodesFor(question: Pick<InstrumentQuestion, "type" | "options">): readonly string[] | null {
  switch (question.type) {
    case "YES_NO":
    case "YES_NO_MAYBE":
    case "YES_NO_DONT_KNOW":
      return ANSWER_CODES[question.type];
    case "CHOICE":
      return (question.options ?? []).map((option) => option.code);
    default:
      return null;
  }
}

const text = (sv: string, en: string): LocalizedText => ({ sv, en });

const yesNo = (key: string, sv: string, en: string): InstrumentQuestion => ({ key, type: "YES_NO", text: text(sv, en), required: true });

/** A required scale question, with what its lowest and highest number mean. */
function scale(
  key: string,
  type: "SCALE_1_5" | "SCALE_0_10",
  question: LocalizedText,
  min: LocalizedText,
  max: LocalizedText,
): InstrumentQuestion {
  return { key, type, text: question, scale: { min, max }, required: true };
}

/** A required choice, shown only after a yes to "qualified job now"; options as [code, sv, en]. */
function choiceAfterQualifiedJob(key: string, question: LocalizedText, options: readonly [string, string, string][]): InstrumentQuestion {
  return {
    key,
    type: "CHOICE",
    text: question,
    options: options.map(([code, sv, en]) => ({ code, label: text(sv, en) })),
    required: true,
    showWhen: { key: "qualified_job_now", in: ["yes"] },
  };
}

/** Every instrument ends with an open comment and the consent to quote it. */
function closingQuestions(commentText: LocalizedText): InstrumentQuestion[] {
  return [
    { key: "comment", type: "TEXT", text: commentText, required: false },
    {
      key: "quote_consent",
      type: "YES_NO",
      text: text("Får vi citera din kommentar utan att skriva ditt namn?", "May we quote your comment without your name?"),
      required: false,
    },
  ];
}

const mentorComment = text(
  "Vill du berätta något mer om programmet eller om mentorskapet?",
  "Is there anything else you want to tell us about the programme or the mentorship?",
);

const wouldMentorAgain: InstrumentQuestion = {
  key: "would_mentor_again",
  type: "YES_NO_MAYBE",
  text: text("Vill du vara mentor igen?", "Would you like to be a mentor again?"),
  required: true,
};

export const GOAL_EVALUATION_MENTEE: Instrument = {
  builtInKey: "goal_evaluation.mentee",
  kind: "GOAL_EVALUATION",
  role: "MENTEE",
  name: text("Målutvärdering för adepter", "Goal evaluation for mentees"),
  questions: [
    yesNo(
      "useful_reference",
      "Har du fått minst en referens som du kan använda när du söker jobb?",
      "Have you got at least one reference you can use when you apply for jobs?",
    ),
    yesNo(
      "job_interview",
      "Har du blivit kallad till minst en arbetsintervju under programmet?",
      "Have you been invited to at least one job interview during the programme?",
    ),
    yesNo(
      "expanded_network",
      "Känner du fler personer i ditt yrke nu än när programmet började?",
      "Do you know more people in your profession now than when the programme started?",
    ),
    scale(
      "workplace_culture",
      "SCALE_1_5",
      text("Hur väl förstår du svenskt arbetsliv nu?", "How well do you understand Swedish working life now?"),
      text("Inte alls", "Not at all"),
      text("Mycket väl", "Very well"),
    ),
    scale(
      "professional_confidence",
      "SCALE_1_5",
      text("Hur säker känner du dig i din yrkesroll nu?", "How confident do you feel in your professional role now?"),
      text("Inte alls säker", "Not at all confident"),
      text("Mycket säker", "Very confident"),
    ),
    scale(
      "recommend",
      "SCALE_0_10",
      text("Hur troligt är det att du rekommenderar programmet till en vän?", "How likely are you to recommend the programme to a friend?"),
      text("Inte alls troligt", "Not at all likely"),
      text("Mycket troligt", "Very likely"),
    ),
    ...closingQuestions(
      text(
        "Vill du berätta något mer om programmet eller om din mentor?",
        "Is there anything else you want to tell us about the programme or your mentor?",
      ),
    ),
  ],
};

export const GOAL_EVALUATION_MENTOR: Instrument = {
  builtInKey: "goal_evaluation.mentor",
  kind: "GOAL_EVALUATION",
  role: "MENTOR",
  name: text("Målutvärdering för mentorer", "Goal evaluation for mentors"),
  questions: [
    scale(
      "mentee_progress",
      "SCALE_1_5",
      text(
        "Hur mycket närmare ett arbete som motsvarar utbildningen har din adept kommit under programmet?",
        "How much closer to a job that matches their education has your mentee come during the programme?",
      ),
      text("Inte alls", "Not at all"),
      text("Mycket", "A great deal"),
    ),
    wouldMentorAgain,
    ...closingQuestions(mentorComment),
  ],
};

export const EFFECT_SURVEY_MENTEE: Instrument = {
  builtInKey: "effect_survey.mentee",
  kind: "EFFECT_SURVEY",
  role: "MENTEE",
  name: text("Effektutvärdering för tidigare adepter", "Effect survey for former mentees"),
  questions: [
    yesNo(
      "qualified_job_before",
      "Innan programmet började: hade du ett arbete som motsvarade din utbildning?",
      "Before the programme started, did you have a job that matched your education?",
    ),
    yesNo(
      "qualified_job_during",
      "Under programmet: hade du ett arbete som motsvarade din utbildning?",
      "During the programme, did you have a job that matched your education?",
    ),
    yesNo(
      "qualified_job_after",
      "Efter programmet: har du haft ett arbete som motsvarar din utbildning?",
      "After the programme, have you had a job that matches your education?",
    ),
    yesNo(
      "searched_before",
      "Innan programmet började: sökte du arbeten som motsvarade din utbildning?",
      "Before the programme started, did you apply for jobs that matched your education?",
    ),
    yesNo(
      "searched_during",
      "Under programmet: sökte du arbeten som motsvarade din utbildning?",
      "During the programme, did you apply for jobs that matched your education?",
    ),
    yesNo(
      "searched_after",
      "Efter programmet: har du sökt arbeten som motsvarar din utbildning?",
      "After the programme, have you applied for jobs that match your education?",
    ),
    yesNo(
      "qualified_job_now",
      "Har du ett arbete som motsvarar din utbildning i dag?",
      "Do you have a job that matches your education today?",
    ),
    choiceAfterQualifiedJob("qualified_job_obtained", text("När fick du det arbetet?", "When did you get that job?"), [
      ["before", "Innan programmet började", "Before the programme started"],
      ["during", "Under programmet", "During the programme"],
      ["within_6_months", "Inom sex månader efter programmet", "Within six months after the programme"],
      ["later", "Senare", "Later"],
    ]),
    choiceAfterQualifiedJob("contribution", text("Hjälpte programmet dig att få arbetet?", "Did the programme help you get the job?"), [
      ["direct_contacts", "Ja, direkt genom kontakter", "Yes, directly through contacts"],
      ["direct_other", "Ja, direkt på annat sätt", "Yes, directly in another way"],
      [
        "indirect",
        "Ja, indirekt. Till exempel lärde jag mig mer om hur man söker jobb.",
        "Yes, indirectly. For example, I learned more about how to look for jobs.",
      ],
      ["no", "Nej", "No"],
      ["dont_know", "Vet inte", "Don't know"],
    ]),
    {
      key: "job_title",
      type: "TEXT",
      text: text("Vad är din yrkestitel i dag?", "What is your job title today?"),
      required: false,
    },
    ...closingQuestions(
      text("Vill du berätta något mer om programmet?", "Is there anything else you want to tell us about the programme?"),
    ),
  ],
};

export const EFFECT_SURVEY_MENTOR: Instrument = {
  builtInKey: "effect_survey.mentor",
  kind: "EFFECT_SURVEY",
  role: "MENTOR",
  name: text("Effektutvärdering för tidigare mentorer", "Effect survey for former mentors"),
  questions: [
    wouldMentorAgain,
    {
      key: "mentee_qualified_job",
      type: "YES_NO_DONT_KNOW",
      text: text("Har din adept fått ett arbete som motsvarar hens utbildning?", "Has your mentee got a job that matches their education?"),
      required: true,
    },
    ...closingQuestions(mentorComment),
  ],
};

export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = [
  GOAL_EVALUATION_MENTEE,
  GOAL_EVALUATION_MENTOR,
  EFFECT_SURVEY_MENTEE,
  EFFECT_SURVEY_MENTOR,
];

export function getInstrument(builtInKey: BuiltInKey): Instrument {
  const instrument = BUILT_IN_INSTRUMENTS.find((candidate) => candidate.builtInKey === builtInKey);
  if (!instrument) throw new Error(`Unknown built-in instrument ${builtInKey}`);
  return instrument;
}

export function builtInKeyFor(kind: SurveyKind, role: ParticipantRole): BuiltInKey {
  const instrument = BUILT_IN_INSTRUMENTS.find((candidate) => candidate.kind === kind && candidate.role === role);
  if (!instrument) throw new Error(`No built-in instrument for ${kind} ${role}`);
  return instrument.builtInKey;
}
