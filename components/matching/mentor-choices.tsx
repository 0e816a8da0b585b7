import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getMentorChoices } from "@/lib/matching-board/board-queries";
import { chooseMentorAction } from "@/lib/pairs/pair-actions";
import { paths } from "@/lib/paths";
import { FocusedMessage } from "@/components/ui/focused-message";
import { PageHeader } from "@/components/ui/page-header";
import { boardFieldNames } from "@/components/matching/board-fields";
import { MentorChoiceCard } from "@/components/matching/mentor-choice-card";

/**
 * Pairing by hand: every mentor of the cohort for one waiting mentee, best first, each with the
 * score, what it rests on and the rules it would break. Once the mentee has a pair, the page says
 * so and leads back to the board. Only coordinators of the cohort's programme reach it (the query checks).
 */
export async function MentorChoices({ cohortId, menteeId, replace }: { cohortId: string; menteeId: string; replace: string | null }) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  const found = await getMentorChoices(viewer, cohortId, menteeId, t("erased"), replace);
  if (!found) notFound();
  const back = (
    <p className="mb-4">
      <Link href={paths.matching(cohortId)} className="inline-flex min-h-11 items-center text-accent-700 underline">
        {t("choices.back")}
      </Link>
    </p>
  );
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
  const { fields, fieldName } = boardFieldNames(found.fields, locale);
  const replacing = found.mode === "replace";
  const action = chooseMentorAction.bind(null, cohortId);
  return (
    <>
      <PageHeader title={t("choices.title", { name })} lead={t(replacing ? "choices.leadReplace" : "choices.lead")} />
      {found.replacing && (
        <p className="mb-4 max-w-prose rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="replacing">
          {t("choices.replacingPublished", { name, mentor: found.replacing.mentorName })}
        </p>
      )}
      {found.choices.length === 0 && <p className="mb-4">{t("choices.noneLeft")}</p>}
      {back}
      <ol className="space-y-3" data-testid="mentor-choices">
        {found.choices.map((choice) => (
          <MentorChoiceCard
            key={choice.mentorId}
            choice={choice}
            menteeId={found.mentee.id}
            action={action}
            replacing={replacing}
            replacingPairId={found.replacing?.pairId ?? null}
            fields={fields}
            fieldName={fieldName}
          />
        ))}
      </ol>
    </>
  );
}
