import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MatchingBoard } from "@/lib/matching-board/board-queries";
import { paths } from "@/lib/paths";
import { Card } from "@/components/ui/card";
import type { FieldName } from "@/components/matching/board-fields";

/**
 * Side by side: the mentees still without a mentor (each with a way to choose one while the cohort
 * is matched or runs) and the mentors with places left.
 */
export async function BoardPeople({ board, fieldName }: { board: MatchingBoard; fieldName: FieldName }) {
  const t = await getTranslations("matching");
  const running = board.cohort.status === "ACTIVE";
  const choosing = board.cohort.status === "MATCHING" || running;
  return (
    <div className="mb-8 grid gap-6 lg:grid-cols-2">
      <Card title={t("waiting.title", { count: board.waitingMentees.length })}>
        {board.waitingMentees.length === 0 ? (
          <p>{t("waiting.none")}</p>
        ) : (
          <ul className="divide-y divide-stone-200" data-testid="waiting-mentees">
            {board.waitingMentees.map((mentee) => (
              <li key={mentee.id} className="flex flex-wrap items-center justify-between gap-2 py-1" data-testid="waiting-mentee">
                <span>
                  {mentee.name} <span className="text-sm text-stone-700">({fieldName(mentee.fieldKey)})</span>
                  {mentee.hindrances.map((hindrance) => (
                    <span key={hindrance} className="block text-sm font-medium text-amber-900" data-testid="waiting-hindrance">
                      {t(`hindrances.${hindrance}`)}
                    </span>
                  ))}
                </span>
                {choosing && (
                  <Link
                    href={paths.chooseMentor(board.cohort.id, mentee.id)}
                    className="inline-flex min-h-11 items-center text-accent-700 underline"
                  >
                    {t(mentee.pairEnded && running ? "waiting.replace" : "waiting.choose", { name: mentee.name })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("mentors.title", { count: board.mentorsWithRoom.length })}>
        {board.mentorsWithRoom.length === 0 ? (
          <p>{t("mentors.none")}</p>
        ) : (
          <ul className="divide-y divide-stone-200" data-testid="mentors-with-room">
            {board.mentorsWithRoom.map((mentor) => (
              <li key={mentor.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  {mentor.name} <span className="text-sm text-stone-700">({fieldName(mentor.fieldKey)})</span>
                  {mentor.noLanguages && (
                    <span className="block text-sm font-medium text-amber-900" data-testid="mentor-hindrance">
                      {t("hindrances.mentorNoLanguages")}
                    </span>
                  )}
                </span>
                <span>{t("mentors.room", { used: mentor.used, capacity: mentor.capacity })}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
