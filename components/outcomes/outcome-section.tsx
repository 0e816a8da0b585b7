import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/format";
import { findOccupation, occupationName } from "@/lib/outcomes/occupations";
import { getPairOutcomes, type OutcomeSummary } from "@/lib/outcomes/outcome-queries";
import { paths } from "@/lib/paths";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

/** The pair's outcomes on its page: what happened on the mentee's way to work, newest first. */
export async function OutcomeSection({ pairId, side }: { pairId: string; side: ParticipantSide }) {
  const viewer = await requireViewer();
  const { outcomes, editable } = await getPairOutcomes(viewer, pairId, side);
  const t = await getTranslations("outcomes");
  return (
    <Card
      title={t("title")}
      actions={
        editable ? (
          <Link href={paths.newOutcome(side, pairId)} className={buttonClass("secondary")} data-testid="record-outcome">
            {t("record")}
          </Link>
        ) : undefined
      }
    >
      {!editable && <p className="mb-2 text-stone-700">{t("readOnly")}</p>}
      {outcomes.length === 0 ? (
        <p className="text-stone-700">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-stone-200" data-testid="outcome-list">
          {outcomes.map((outcome) => (
            <OutcomeItem key={outcome.id} outcome={outcome} side={side} pairId={pairId} editable={editable} />
          ))}
        </ul>
      )}
    </Card>
  );
}

async function OutcomeItem({
  outcome,
  side,
  pairId,
  editable,
}: {
  outcome: OutcomeSummary;
  side: ParticipantSide;
  pairId: string;
  editable: boolean;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("outcomes"), getFormat(), getLocale()]);
  const occupation = findOccupation(outcome.occupationCode);
  const job = outcome.type === "JOB_OFFER" || outcome.type === "JOB_STARTED";
  const recordedByMentor = outcome.recordedByRole === "MENTOR";
  const differ = outcome.qualified !== null && outcome.qualifiedJudged !== null && outcome.qualified !== outcome.qualifiedJudged;
  const headline = [outcome.jobTitle, outcome.employer].filter(Boolean).join(", ");
  return (
    <li className="py-3" data-testid="outcome">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{t(`types.${outcome.type}`)}</span>
        <span>{format.dateTime(outcome.occurredOn, { dateStyle: "medium", timeZone: "UTC" })}</span>
        {recordedByMentor && <Badge tone="info">{side === "MENTEE" ? t("recordedByYourMentor") : t("recordedByYou")}</Badge>}
        {outcome.throughProgramme && <Badge tone="success">{t("throughProgramme")}</Badge>}
      </div>
      {headline && <p className="mt-1">{headline}</p>}
      {job && (
        <dl className="mt-1 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("occupation")}</dt>
          <dd>{occupation ? `${occupationName(occupation, locale)} (${occupation.code})` : t("noOccupation")}</dd>
          <dt className="font-medium">{t("judgement")}</dt>
          <dd data-testid="outcome-judgement">
            {outcome.qualifiedJudged === null ? t("judged.none") : outcome.qualifiedJudged ? t("judged.yes") : t("judged.no")}
          </dd>
          <dt className="font-medium">{side === "MENTEE" ? t("yourAnswer") : t("menteeAnswer")}</dt>
          <dd data-testid="outcome-answer">
            {outcome.qualified === null ? t("answer.none") : outcome.qualified ? t("answer.yes") : t("answer.no")}
          </dd>
        </dl>
      )}
      {differ && <p className="mt-1 text-sm text-stone-700">{t("differ")}</p>}
      {outcome.note && <p className="mt-1 text-sm whitespace-pre-line text-stone-700">{outcome.note}</p>}
      {editable && (
        <p className="mt-1 text-sm">
          <TextLink href={paths.outcome(side, pairId, outcome.id)}>
            {t("edit")}
            <span className="sr-only">
              {" "}
              {t(`types.${outcome.type}`)} {format.dateTime(outcome.occurredOn, { dateStyle: "medium", timeZone: "UTC" })}
            </span>
          </TextLink>
        </p>
      )}
    </li>
  );
}
