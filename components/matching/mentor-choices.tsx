import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { chooseMentorAction } from "@/lib/pairs/pair-actions";
import { getMentorChoices } from "@/lib/matching-board/board-queries";
import { Badge } from "@/components/ui/badge";
import { FocusedMessage } from "@/components/ui/focused-message";
import { PageHeader } from "@/components/ui/page-header";
import { PairButton } from "@/components/matching/pair-button";
import { PairExplanationView, type FieldNames } from "@/components/matching/pair-explanation";

/**
 * Pairing by hand: every mentor of the cohort for one waiting mentee, best first, each with the
 * score, what it rests on and the rules it would break. Once the mentee has a pair, the page says
 * so and leads back to the board.
 */
export async function MentorChoices({ cohortId, menteeId }: { cohortId: string; menteeId: string }) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  const board = `/coordinator/cohorts/${cohortId}/matching`;
  const back = (
    <p className="mb-4">
      <Link href={board} className="inline-flex min-h-11 items-center text-accent-700 underline">
        {t("choices.back")}
      </Link>
    </p>
  );
  // The query checks the viewer's right to the cohort (once per view, shared with the layout).
  const found = await getMentorChoices(viewer, cohortId, menteeId, t("erased"));
  if (!found) notFound();
  const name = found.mentee.name;
  if (!found.choices) {
    return (
      <>
        <PageHeader title={t("choices.title", { name })} />
        <FocusedMessage testId="mentee-settled">
          {found.partner
            ? t("choices.pairedWith", { name, mentor: found.partner.name, published: String(found.partner.published) })
            : t("choices.settled", { name })}
        </FocusedMessage>
        {back}
      </>
    );
  }
  const fields: FieldNames = Object.fromEntries(found.fields.map((field) => [field.key, field]));
  const fieldName = (key: string) => (locale === "en" ? fields[key]?.nameEn : fields[key]?.nameSv) ?? key;
  const replacing = found.mode === "replace";
  const action = chooseMentorAction.bind(null, cohortId);
  return (
    <>
      <PageHeader title={t("choices.title", { name })} lead={t(replacing ? "choices.leadReplace" : "choices.lead")} />
      {found.choices.length === 0 && <p className="mb-4">{t("choices.noneLeft")}</p>}
      {back}
      <ol className="space-y-3" data-testid="mentor-choices">
        {found.choices.map((choice) => (
          <li key={choice.mentorId} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="mentor-choice">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="text-lg font-semibold">
                {choice.mentor.name} <span className="text-base font-normal text-stone-700">({fieldName(choice.mentor.fieldKey)})</span>
              </h2>
              <p className="text-lg font-semibold">{t("proposals.score", { score: choice.score })}</p>
            </div>
            <p className="mt-1 flex flex-wrap gap-2">
              {choice.allowed ? (
                choice.belowMinimumScore ? (
                  <Badge tone="warning">{t("choices.belowMinimum")}</Badge>
                ) : (
                  <Badge tone="success">{t("choices.allowed")}</Badge>
                )
              ) : (
                <Badge tone="warning">{t("choices.breaksRules")}</Badge>
              )}
              <Badge>{t("mentors.room", { used: choice.used, capacity: choice.capacity })}</Badge>
            </p>
            <details className="mt-2">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent-700 underline">{t("proposals.why")}</summary>
              <PairExplanationView explanation={choice.explanation} fields={fields} />
            </details>
            <div className="mt-2">
              <PairButton
                action={action}
                menteeId={found.mentee.id}
                mentorId={choice.mentorId}
                label={t(replacing ? "choices.replace" : "choices.pair", { name: choice.mentor.name })}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
