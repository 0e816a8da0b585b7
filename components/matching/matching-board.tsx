import Form from "next/form";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getMatchingBoard } from "@/lib/matching-board/board-queries";
import {
  changeProposalAction,
  removeExclusionAction,
  saveMatchingSettingsAction,
  suggestAllAction,
} from "@/lib/matching-board/board-actions";
import { endPairAction, publishMatchingAction } from "@/lib/pairs/pair-actions";
import { CRITERIA, SWITCHABLE_RULES } from "@/lib/matching/matching-types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { BoardButton } from "@/components/matching/board-button";
import { BoardStatus } from "@/components/matching/board-status";
import { EndPairForm } from "@/components/matching/end-pair-form";
import { MatchingSettingsForm } from "@/components/matching/matching-settings-form";
import { PairExplanationView, type FieldNames } from "@/components/matching/pair-explanation";
import { ProposalCard } from "@/components/matching/proposal-card";

type Props = { cohortId: string; searchParams: Record<string, string | string[] | undefined> };

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * The matching board of one cohort: suggestions for everyone, each proposal with its score and
 * why, the mentees still waiting and the mentors with room, the pairs never to be made, and the
 * criteria. Only coordinators of the cohort's programme reach it.
 */
export async function MatchingBoardPage({ cohortId, searchParams }: Props) {
  const viewer = await requireViewer();
  const fieldParam = one(searchParams.field);
  const pageParam = Number.parseInt(one(searchParams.page) ?? "1", 10);
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  const page = Number.isFinite(pageParam) && pageParam > 0 ? pageParam : 1;
  // The query checks the viewer's right to the cohort (once per view, shared with the layout).
  const board = await getMatchingBoard(viewer, cohortId, { fieldKey: fieldParam ?? null, page }, t("erased"));
  const allowed = board.cohort;
  const { fieldKey, summary } = board;

  const fields: FieldNames = Object.fromEntries(board.fields.map((field) => [field.key, field]));
  const fieldName = (key: string) => (locale === "en" ? fields[key]?.nameEn : fields[key]?.nameSv) ?? key;
  const open = board.cohort.status === "MATCHING";
  const running = board.cohort.status === "ACTIVE";
  const list = board.listed === "ACTIVE" ? "publishedPairs" : "proposals";
  const base = `/coordinator/cohorts/${allowed.id}/matching`;
  const hrefFor = (target: number) => `${base}?${new URLSearchParams({ ...(fieldKey ? { field: fieldKey } : {}), page: String(target) })}`;
  const proposalLabels = {
    accept: t("actions.accept"),
    lock: t("actions.lock"),
    unlock: t("actions.unlock"),
    reject: t("actions.reject"),
    exclude: t("actions.exclude"),
    unpair: t("actions.unpair"),
    swap: t("actions.swap"),
    swapWith: t("actions.swapWith"),
    swapChoose: t("actions.swapChoose"),
  };

  return (
    <>
      <PageHeader title={t("title")} lead={t(`lead.${board.cohort.status}`)} />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="board-summary">
        {(
          [
            ["waiting", summary.waiting],
            ["proposals", summary.listed],
            ["published", summary.published],
            ["mentorsWithRoom", summary.mentorsWithRoom],
          ] as const
        ).map(([key, count]) => (
          <div key={key} className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-700">{t(`summary.${key}`)}</dt>
            <dd className="text-2xl font-semibold" data-testid={`summary-${key}`}>
              {count}
            </dd>
          </div>
        ))}
      </dl>

      <BoardStatus>
        {open && (
          <div className="my-4 flex flex-wrap gap-3">
            <BoardButton
              action={suggestAllAction.bind(null, allowed.id)}
              label={t("actions.suggestAll")}
              pendingLabel={t("actions.suggesting")}
              testId="suggest-all"
            />
            {summary.listed > 0 && (
              <BoardButton
                action={publishMatchingAction.bind(null, allowed.id)}
                label={t("actions.publish", { count: summary.listed })}
                pendingLabel={t("actions.publishing")}
                variant="secondary"
                testId="publish"
                leavesPage
                fields={{ count: String(summary.listed) }}
                confirm={{
                  question: t("actions.publishQuestion", { count: summary.listed }),
                  yes: t("actions.publishYes"),
                  no: t("actions.publishNo"),
                }}
              />
            )}
          </div>
        )}

        <Form action={base} className="mb-6 flex flex-wrap items-end gap-3">
          <SelectField
            name="field"
            label={t("filterField")}
            defaultValue={fieldKey ?? ""}
            options={[
              { value: "", label: t("allFields") },
              ...board.fields.map((field) => ({ value: field.key, label: fieldName(field.key) })),
            ]}
          />
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </Form>

        <section aria-labelledby="proposals-heading" className="mb-8">
          <h2 id="proposals-heading" className="mb-3 text-xl font-semibold">
            {t(`${list}.title`, { count: board.proposalCount })}
          </h2>
          {board.proposals.length === 0 ? (
            <EmptyState title={t(`${list}.none`)}>
              <p>{open ? t("proposals.noneHint") : t(`${list}.noneClosed`)}</p>
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {board.proposals.map((proposal) => {
                const heading = t("proposals.heading", { mentee: proposal.mentee.name, mentor: proposal.mentor.name });
                const explanation = proposal.explanation && (
                  <details>
                    <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent-700 underline">
                      {t("proposals.why")}
                    </summary>
                    <PairExplanationView explanation={proposal.explanation} fields={fields} />
                  </details>
                );
                const badges = (
                  <>
                    <Badge>{fieldName(proposal.mentee.fieldKey)}</Badge>
                    {proposal.locked && <Badge tone="info">{t("badges.locked")}</Badge>}
                    {proposal.accepted && !proposal.locked && <Badge tone="success">{t("badges.accepted")}</Badge>}
                    {!proposal.accepted && board.listed === "PROPOSED" && <Badge tone="warning">{t("badges.suggested")}</Badge>}
                    {proposal.handMade && <Badge>{t("badges.handMade")}</Badge>}
                  </>
                );
                const score = proposal.score === null ? t("proposals.noScore") : t("proposals.score", { score: proposal.score });
                if (!open) {
                  return (
                    <li key={proposal.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="proposal">
                      <h3 className="text-lg font-semibold">{heading}</h3>
                      <p>{score}</p>
                      <p className="mt-1 flex flex-wrap gap-2">{badges}</p>
                      {explanation}
                      {running && (
                        <EndPairForm
                          action={endPairAction.bind(null, proposal.id)}
                          pairId={proposal.id}
                          labels={{
                            open: t("end.open"),
                            reason: t("end.reason"),
                            reasonHint: t("end.reasonHint"),
                            submit: t("end.submit", { mentee: proposal.mentee.name, mentor: proposal.mentor.name }),
                          }}
                        />
                      )}
                    </li>
                  );
                }
                const swapOptions = board.proposals
                  .filter(
                    (other) =>
                      other.id !== proposal.id &&
                      !other.locked &&
                      other.mentee.fieldKey === proposal.mentee.fieldKey &&
                      other.mentor.id !== proposal.mentor.id,
                  )
                  .map((other) => ({
                    value: other.id,
                    label: t("actions.swapOption", { mentee: other.mentee.name, mentor: other.mentor.name }),
                  }));
                return (
                  <ProposalCard
                    key={proposal.id}
                    id={proposal.id}
                    action={changeProposalAction.bind(null, proposal.id)}
                    heading={heading}
                    score={score}
                    badges={badges}
                    explanation={explanation}
                    accepted={proposal.accepted}
                    locked={proposal.locked}
                    swapOptions={swapOptions}
                    labels={proposalLabels}
                  />
                );
              })}
            </ul>
          )}
          <Pagination
            page={board.page}
            pageCount={board.pageCount}
            hrefFor={hrefFor}
            labels={{
              nav: t("pages.nav"),
              previous: t("pages.previous"),
              next: t("pages.next"),
              position: t("pages.position", { page: board.page, pageCount: board.pageCount }),
            }}
          />
        </section>

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
                    </span>
                    {(open || running) && (
                      <Link href={`${base}/mentees/${mentee.id}`} className="inline-flex min-h-11 items-center text-accent-700 underline">
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
                    </span>
                    <span>{t("mentors.room", { used: mentor.used, capacity: mentor.capacity })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>

        <Card title={t("exclusions.title", { count: board.exclusions.length })}>
          <p className="mb-2 text-stone-700">{t("exclusions.hint")}</p>
          {board.exclusions.length === 0 ? (
            <p>{t("exclusions.none")}</p>
          ) : (
            <ul className="divide-y divide-stone-200" data-testid="exclusions">
              {board.exclusions.map((exclusion) => (
                <li key={exclusion.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="exclusion">
                  <span>
                    {t("exclusions.pair", { mentee: exclusion.mentee.name, mentor: exclusion.mentor.name })}{" "}
                    <Badge tone={exclusion.kind === "EXCLUDED" ? "warning" : "neutral"}>{t(`exclusions.kind.${exclusion.kind}`)}</Badge>
                  </span>
                  {open && (
                    <BoardButton
                      action={removeExclusionAction.bind(null, exclusion.id)}
                      label={t("exclusions.remove")}
                      pendingLabel={t("exclusions.removing")}
                      variant="secondary"
                      testId="remove-exclusion"
                      leavesPage
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </BoardStatus>

      {board.cohort.status !== "ACTIVE" && board.cohort.status !== "CLOSED" && (
        <details className="mt-8 rounded-lg border border-stone-200 bg-white p-4" data-testid="settings-panel">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold">{t("settings.title")}</summary>
          <MatchingSettingsForm
            action={saveMatchingSettingsAction.bind(null, allowed.id)}
            weights={CRITERIA.map((criterion) => ({
              key: criterion,
              label: t(`explain.criteria.${criterion}`),
              value: board.settings.weights[criterion],
            }))}
            rules={SWITCHABLE_RULES.map((rule) => ({ key: rule, label: t(`settings.rules.${rule}`), on: board.settings.rules[rule] }))}
            minimumScore={board.settings.minimumScore}
            labels={{
              weightsLegend: t("settings.weights"),
              weightsHint: t("settings.weightsHint"),
              rulesLegend: t("settings.rulesLegend"),
              rulesHint: t("settings.rulesHint"),
              minimumScore: t("settings.minimumScore"),
              minimumScoreHint: t("settings.minimumScoreHint"),
              save: t("settings.save"),
              saving: t("settings.saving"),
              problem: t("settings.problem"),
            }}
          />
        </details>
      )}
    </>
  );
}
