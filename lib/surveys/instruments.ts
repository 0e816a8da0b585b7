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

const onlyWithQualifiedJobNow: ShowWhen = { key: "qualified_job_now", in: ["yes"] };

const comment = (text: LocalizedText): InstrumentQuestion => ({ key: "comment", type: "TEXT", text, required: false });

const quoteConsent: InstrumentQuestion = {
  key: "quote_consent",
  type: "YES_NO",
  text: {
    sv: "Får vi citera din kommentar utan att skriva ditt namn?",
    en: "May we quote your comment without your name?",
  },
  required: false,
};

const wouldMentorAgain: InstrumentQuestion = {
  key: "would_mentor_again",
  type: "YES_NO_MAYBE",
  text: { sv: "Vill du vara mentor igen?", en: "Would you like to be a mentor again?" },
  required: true,
};

const yesNo = (key: string, sv: string, en: string): InstrumentQuestion => ({
  key,
  type: "YES_NO",
  text: { sv, en },
  required: true,
});

export const GOAL_EVALUATION_MENTEE: Instrument = {
  builtInKey: "goal_evaluation.mentee",
  kind: "GOAL_EVALUATION",
  role: "MENTEE",
  name: { sv: "Målutvärdering för adepter", en: "Goal evaluation for mentees" },
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
    {
      key: "workplace_culture",
      type: "SCALE_1_5",
      text: {
        sv: "Hur väl förstår du svenskt arbetsliv nu?",
        en: "How well do you understand Swedish working life now?",
      },
      scale: { min: { sv: "Inte alls", en: "Not at all" }, max: { sv: "Mycket väl", en: "Very well" } },
      required: true,
    },
    {
      key: "professional_confidence",
      type: "SCALE_1_5",
      text: {
        sv: "Hur säker känner du dig i din yrkesroll nu?",
        en: "How confident do you feel in your professional role now?",
      },
      scale: {
        min: { sv: "Inte alls säker", en: "Not at all confident" },
        max: { sv: "Mycket säker", en: "Very confident" },
      },
      required: true,
    },
    {
      key: "recommend",
      type: "SCALE_0_10",
      text: {
        sv: "Hur troligt är det att du rekommenderar programmet till en vän?",
        en: "How likely are you to recommend the programme to a friend?",
      },
      scale: {
        min: { sv: "Inte alls troligt", en: "Not at all likely" },
        max: { sv: "Mycket troligt", en: "Very likely" },
      },
      required: true,
    },
    comment({
      sv: "Vill du berätta något mer om programmet eller om din mentor?",
      en: "Is there anything else you want to tell us about the programme or your mentor?",
    }),
    quoteConsent,
  ],
};

export const GOAL_EVALUATION_MENTOR: Instrument = {
  builtInKey: "goal_evaluation.mentor",
  kind: "GOAL_EVALUATION",
  role: "MENTOR",
  name: { sv: "Målutvärdering för mentorer", en: "Goal evaluation for mentors" },
  questions: [
    {
      key: "mentee_progress",
      type: "SCALE_1_5",
      text: {
        sv: "Hur mycket närmare ett arbete som motsvarar utbildningen har din adept kommit under programmet?",
        en: "How much closer to a job that matches their education has your mentee come during the programme?",
      },
      scale: { min: { sv: "Inte alls", en: "Not at all" }, max: { sv: "Mycket", en: "A great deal" } },
      required: true,
    },
    wouldMentorAgain,
    comment({
      sv: "Vill du berätta något mer om programmet eller om mentorskapet?",
      en: "Is there anything else you want to tell us about the programme or the mentorship?",
    }),
    quoteConsent,
  ],
};

export const EFFECT_SURVEY_MENTEE: Instrument = {
  builtInKey: "effect_survey.mentee",
  kind: "EFFECT_SURVEY",
  role: "MENTEE",
  name: { sv: "Effektutvärdering för tidigare adepter", en: "Effect survey for former mentees" },
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
    {
      key: "qualified_job_obtained",
      type: "CHOICE",
      text: { sv: "När fick du det arbetet?", en: "When did you get that job?" },
      options: [
        { code: "before", label: { sv: "Innan programmet började", en: "Before the programme started" } },
        { code: "during", label: { sv: "Under programmet", en: "During the programme" } },
        {
          code: "within_6_months",
          label: { sv: "Inom sex månader efter programmet", en: "Within six months after the programme" },
        },
        { code: "later", label: { sv: "Senare", en: "Later" } },
      ],
      required: true,
      showWhen: onlyWithQualifiedJobNow,
    },
    {
      key: "contribution",
      type: "CHOICE",
      text: { sv: "Hjälpte programmet dig att få arbetet?", en: "Did the programme help you get the job?" },
      options: [
        { code: "direct_contacts", label: { sv: "Ja, direkt genom kontakter", en: "Yes, directly through contacts" } },
        { code: "direct_other", label: { sv: "Ja, direkt på annat sätt", en: "Yes, directly in another way" } },
        {
          code: "indirect",
          label: {
            sv: "Ja, indirekt. Till exempel lärde jag mig mer om hur man söker jobb.",
            en: "Yes, indirectly. For example, I learned more about how to look for jobs.",
          },
        },
        { code: "no", label: { sv: "Nej", en: "No" } },
        { code: "dont_know", label: { sv: "Vet inte", en: "Don't know" } },
      ],
      required: true,
      showWhen: onlyWithQualifiedJobNow,
    },
    {
      key: "job_title",
      type: "TEXT",
      text: { sv: "Vad är din yrkestitel i dag?", en: "What is your job title today?" },
      required: false,
    },
    comment({
      sv: "Vill du berätta något mer om programmet?",
      en: "Is there anything else you want to tell us about the programme?",
    }),
    quoteConsent,
  ],
};

export const EFFECT_SURVEY_MENTOR: Instrument = {
  builtInKey: "effect_survey.mentor",
  kind: "EFFECT_SURVEY",
  role: "MENTOR",
  name: { sv: "Effektutvärdering för tidigare mentorer", en: "Effect survey for former mentors" },
  questions: [
    wouldMentorAgain,
    {
      key: "mentee_qualified_job",
      type: "YES_NO_DONT_KNOW",
      text: {
        sv: "Har din adept fått ett arbete som motsvarar hens utbildning?",
        en: "Has your mentee got a job that matches their education?",
      },
      required: true,
    },
    comment({
      sv: "Vill du berätta något mer om programmet eller om mentorskapet?",
      en: "Is there anything else you want to tell us about the programme or the mentorship?",
    }),
    quoteConsent,
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
