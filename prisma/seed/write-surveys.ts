import type { BuiltInTemplateIds } from "@/lib/surveys/built-in-templates";
import { type BuiltInKey, getInstrument } from "@/lib/surveys/instruments";
import type { CohortPlan, ParticipationPlan } from "@/prisma/seed/plan-types";
import type { Story } from "@/prisma/seed/stories";
import { menteeEffectAnswers, menteeGoalAnswers, mentorEffectAnswers, mentorGoalAnswers } from "@/prisma/seed/survey-answers";
import type { ParticipationRow, Written } from "@/prisma/seed/write-context";
import { addDays, atUtcTime } from "@/tests/factories/dates";
import { type Answers, buildAnswerRows, createSurveyRound } from "@/tests/factories/surveys";

// Writes the survey rounds of the closed cohorts and their responses: goal evaluations at the last
// session of each, effect surveys for the oldest two.

type ResponseItem = {
  participation: ParticipationRow;
  answers: Answers;
  submittedAt: Date;
  mode?: "WEB" | "PHONE";
  enteredById?: string | null;
};

/** One who answered: their side of the pair, what happened to the mentee, and any fixed answers. */
type Respondent = { participant: ParticipationPlan; story: Story; fixed: Answers | undefined };

type RoundPlan = {
  builtInKey: BuiltInKey;
  opensAt: Date;
  closesAt: Date;
  response: (respondent: Respondent) => Omit<ResponseItem, "participation">;
};

function questionsFor(templates: BuiltInTemplateIds, builtInKey: BuiltInKey) {
  const { questionIdsByKey } = templates[builtInKey];
  return getInstrument(builtInKey).questions.map((question) => {
    const id = questionIdsByKey[question.key];
    if (!id) throw new Error(`Question ${builtInKey}/${question.key} is missing`);
    return { id, key: question.key, type: question.type, options: (question.options ?? []).map((option) => option.code) };
  });
}

async function insertResponses(
  w: Written,
  templates: BuiltInTemplateIds,
  builtInKey: BuiltInKey,
  roundId: string,
  items: ResponseItem[],
): Promise<{ responses: number; answers: number }> {
  if (items.length === 0) return { responses: 0, answers: 0 };
  const responses = await w.tx.surveyResponse.createManyAndReturn({
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
  await w.tx.surveyAnswer.createMany({ data: answerRows });
  return { responses: responses.length, answers: answerRows.length };
}

async function writeRound(w: Written, templates: BuiltInTemplateIds, cohortPlan: CohortPlan, round: RoundPlan): Promise<void> {
  const { builtInKey } = round;
  const created = await createSurveyRound(w.tx, {
    cohortId: w.cohortOf(cohortPlan).id,
    templateId: templates[builtInKey].templateId,
    status: "CLOSED",
    opensAt: round.opensAt,
    closesAt: round.closesAt,
  });
  const side = builtInKey.endsWith(".mentee") ? "mentee" : "mentor";
  const items: ResponseItem[] = [];
  for (const pair of cohortPlan.pairs) {
    if (!pair.responds?.has(builtInKey)) continue;
    const story = pair.story;
    if (!story) throw new Error("every pair of a closed cohort has a story");
    const participant = pair[side];
    const response = round.response({ participant, story, fixed: pair.fixedAnswers?.[builtInKey] });
    items.push({ participation: w.participationOf(cohortPlan, participant), ...response });
  }
  const added = await insertResponses(w, templates, builtInKey, created.id, items);
  w.counts.surveyRounds = (w.counts.surveyRounds ?? 0) + 1;
  w.counts.surveyResponses = (w.counts.surveyResponses ?? 0) + added.responses;
  w.counts.surveyAnswers = (w.counts.surveyAnswers ?? 0) + added.answers;
}

/** Filled in at the last joint session, or in the two weeks after it. */
function goalEvaluation(w: Written, builtInKey: BuiltInKey, lastSessionStarts: Date): RoundPlan {
  const { rng } = w;
  return {
    builtInKey,
    opensAt: lastSessionStarts,
    closesAt: addDays(lastSessionStarts, 21),
    response: ({ participant, story, fixed }) => ({
      answers:
        fixed ??
        (builtInKey === "goal_evaluation.mentee"
          ? menteeGoalAnswers(rng, story, participant.person.locale)
          : mentorGoalAnswers(rng, story)),
      submittedAt: rng.chance(0.6)
        ? new Date(lastSessionStarts.getTime() + 2 * 60 * 60 * 1000)
        : atUtcTime(addDays(lastSessionStarts, rng.int(1, 14)), rng.int(7, 20)),
    }),
  };
}

/** Sent ten weeks ago; a third of the answers were taken by phone and entered by the coordinator, late in the round. */
function effectSurvey(w: Written, builtInKey: BuiltInKey, opensAt: Date): RoundPlan {
  const { rng } = w;
  return {
    builtInKey,
    opensAt,
    closesAt: addDays(opensAt, 35),
    response: ({ story, fixed }) => {
      const byPhone = !fixed && rng.chance(0.35);
      return {
        answers: fixed ?? (builtInKey === "effect_survey.mentee" ? menteeEffectAnswers(rng, story) : mentorEffectAnswers(rng, story)),
        submittedAt: atUtcTime(addDays(opensAt, rng.int(byPhone ? 21 : 0, byPhone ? 34 : 30)), rng.int(8, 20)),
        mode: byPhone ? "PHONE" : "WEB",
        enteredById: byPhone ? w.coordinatorId : null,
      };
    },
  };
}

export async function writeSurveys(w: Written, templates: BuiltInTemplateIds): Promise<void> {
  w.counts.surveyRounds = 0;
  w.counts.surveyResponses = 0;
  w.counts.surveyAnswers = 0;
  for (const cohortPlan of w.plan.cohorts.filter((candidate) => candidate.status === "CLOSED")) {
    const sessions = w.cohortOf(cohortPlan).sessions;
    const lastSession = sessions[sessions.length - 1];
    if (!lastSession) throw new Error(`${cohortPlan.name} has no joint sessions`);
    for (const key of ["goal_evaluation.mentee", "goal_evaluation.mentor"] as const) {
      await writeRound(w, templates, cohortPlan, goalEvaluation(w, key, lastSession.startsAt));
    }
    if (!cohortPlan.effectSurvey) continue;
    const opensAt = atUtcTime(addDays(w.today, -70), 8);
    for (const key of ["effect_survey.mentee", "effect_survey.mentor"] as const) {
      await writeRound(w, templates, cohortPlan, effectSurvey(w, key, opensAt));
    }
  }
}
