import { getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { deleteOutcomeAction, recordOutcomeAction, updateOutcomeAction } from "@/lib/outcomes/outcome-actions";
import { getOutcomeForEdit, getOutcomePair } from "@/lib/outcomes/outcome-queries";
import { emptyOutcomeValues, outcomeValuesFromSearch } from "@/lib/outcomes/outcome-schemas";
import { paths } from "@/lib/paths";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

type Search = Record<string, string | string[] | undefined>;

/** Recording an outcome of the pair, for its mentee or its mentor (who records it for the mentee). */
export async function NewOutcomePage({ pairId, side, search }: { pairId: string; side: ParticipantSide; search: Search }) {
  const viewer = await requireViewer();
  const pair = await getOutcomePair(viewer, pairId, side);
  const t = await getTranslations("outcomes");
  const back = <TextLink href={paths.pair(side, pair.pairId)}>{t("backToPair")}</TextLink>;
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        lead={side === "MENTOR" ? t("forMentee", { name: pair.partnerName }) : t("newLead", { name: pair.partnerName })}
      />
      <p className="mb-4">{back}</p>
      <Card>
        {pair.editable ? (
          <OutcomeForm
            action={recordOutcomeAction.bind(null, pair.pairId)}
            defaults={outcomeValuesFromSearch(search) ?? emptyOutcomeValues}
            searchPath={paths.newOutcome(side, pair.pairId)}
            submitLabel={t("form.record")}
            today={toStockholmParts(now()).date}
          />
        ) : (
          <p>{t("readOnly")}</p>
        )}
      </Card>
    </>
  );
}

/** Changing or removing one outcome of the pair. */
export async function EditOutcomePage({
  pairId,
  outcomeId,
  side,
  search,
}: {
  pairId: string;
  outcomeId: string;
  side: ParticipantSide;
  search: Search;
}) {
  const viewer = await requireViewer();
  const found = await getOutcomeForEdit(viewer, pairId, outcomeId, side);
  const t = await getTranslations("outcomes");
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        lead={[t(`types.${found.outcome.type}`), found.outcome.jobTitle, found.outcome.employer].filter(Boolean).join(", ")}
      />
      <p className="mb-4">
        <TextLink href={paths.pair(side, found.pairId)}>{t("backToPair")}</TextLink>
      </p>
      {found.editable ? (
        <div className="space-y-6">
          <Card>
            <OutcomeForm
              action={updateOutcomeAction.bind(null, found.outcome.id)}
              defaults={outcomeValuesFromSearch(search) ?? found.values}
              searchPath={paths.outcome(side, found.pairId, found.outcome.id)}
              submitLabel={t("form.save")}
              today={toStockholmParts(now()).date}
            />
          </Card>
          <Card title={t("delete.title")}>
            <p className="text-stone-700">{t("delete.lead")}</p>
            <ActionButton action={deleteOutcomeAction.bind(null, found.outcome.id)} label={t("delete.button")} className="mt-3" />
          </Card>
        </div>
      ) : (
        <Card>
          <p>{t("readOnly")}</p>
        </Card>
      )}
    </>
  );
}
