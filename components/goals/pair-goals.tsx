import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/format";
import { listPairGoals, type GoalSummary } from "@/lib/goals/goal-queries";
import {
  addGoalAction,
  addGoalNoteAction,
  closeGoalAction,
  moveGoalAction,
  reopenGoalAction,
  updateGoalAction,
} from "@/lib/goals/goal-actions";
import { Badge } from "@/components/ui/badge";
import { GoalForm, GoalNoteForm, GoalSteps } from "@/components/goals/goal-forms";

const tones = { OPEN: "neutral", IN_PROGRESS: "info", ACHIEVED: "success", DROPPED: "warning" } as const;

/**
 * The pair's goals: each with its progress notes (who wrote them, when) and, for the pair's two
 * people while it runs, what they can do with it. Coordinators of the programme read the same list.
 */
export async function PairGoals({ pairId }: { pairId: string }) {
  const viewer = await requireViewer();
  const { goals, canChange } = await listPairGoals(viewer, pairId);
  const t = await getTranslations("goals");
  return (
    <div className="space-y-6" data-testid="pair-goals">
      {goals.length === 0 ? (
        <p className="text-stone-700">{canChange ? t("noneYet") : t("none")}</p>
      ) : (
        <ol className="space-y-4">
          {goals.map((goal, index) => (
            <Goal key={goal.id} goal={goal} canChange={canChange} first={index === 0} last={index === goals.length - 1} />
          ))}
        </ol>
      )}
      {canChange && (
        <details className="rounded-md border border-stone-200 p-3" open={goals.length === 0}>
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-700">{t("add")}</summary>
          <div className="mt-3">
            <GoalForm action={addGoalAction.bind(null, pairId)} idPrefix="new-goal" submitLabel={t("addButton")} />
          </div>
        </details>
      )}
    </div>
  );
}

async function Goal({ goal, canChange, first, last }: { goal: GoalSummary; canChange: boolean; first: boolean; last: boolean }) {
  const t = await getTranslations("goals");
  const format = await getFormat();
  const closed = goal.status === "ACHIEVED" || goal.status === "DROPPED";
  const prefix = `goal-${goal.id}`;
  return (
    <li className="rounded-md border border-stone-200 p-3 sm:p-4" data-testid="goal">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="text-base font-semibold break-words">{goal.title}</h3>
        <Badge tone={tones[goal.status]}>{t(`status.${goal.status}`)}</Badge>
        {goal.closedAt && <span className="text-sm text-stone-600">{format.dateTime(goal.closedAt, { dateStyle: "medium" })}</span>}
      </div>
      {goal.description && <p className="mt-1 whitespace-pre-line text-stone-800">{goal.description}</p>}

      {goal.notes.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold text-stone-700">{t("notes")}</h4>
          <ul className="mt-1 space-y-2" data-testid="goal-notes">
            {goal.notes.map((note) => (
              <li key={note.id} className="border-l-4 border-stone-200 pl-3">
                <p className="whitespace-pre-line break-words">{note.text}</p>
                <p className="text-sm text-stone-600">
                  {note.authorName ?? t("unknownAuthor")}
                  {note.authorSide && ` (${t(`sides.${note.authorSide}`)})`} ·{" "}
                  {format.dateTime(note.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      {canChange && (
        <div className="mt-4 space-y-3">
          {!closed && (
            <GoalSteps
              action={closeGoalAction.bind(null, goal.id)}
              name="outcome"
              label={t("closeLabel", { title: goal.title })}
              choices={[
                { value: "ACHIEVED", label: t("markAchieved") },
                { value: "DROPPED", label: t("markDropped") },
              ]}
            />
          )}
          {closed && (
            <GoalSteps
              action={reopenGoalAction.bind(null, goal.id)}
              label={t("reopenLabel", { title: goal.title })}
              choices={[{ value: "reopen", label: t("reopen") }]}
            />
          )}
          <details className="rounded-md bg-stone-50 p-2">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-700">{t("writeNote")}</summary>
            <div className="mt-2">
              <GoalNoteForm action={addGoalNoteAction.bind(null, goal.id)} idPrefix={`${prefix}-note`} />
            </div>
          </details>
          <details className="rounded-md bg-stone-50 p-2">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-700">{t("edit")}</summary>
            <div className="mt-2 space-y-4">
              <GoalForm
                action={updateGoalAction.bind(null, goal.id)}
                defaults={{ title: goal.title, description: goal.description ?? "" }}
                idPrefix={`${prefix}-edit`}
                submitLabel={t("save")}
              />
              {!(first && last) && (
                <GoalSteps
                  action={moveGoalAction.bind(null, goal.id)}
                  name="direction"
                  label={t("moveLabel", { title: goal.title })}
                  choices={[
                    ...(first ? [] : [{ value: "up", label: t("moveUp") }]),
                    ...(last ? [] : [{ value: "down", label: t("moveDown") }]),
                  ]}
                />
              )}
            </div>
          </details>
        </div>
      )}
    </li>
  );
}
