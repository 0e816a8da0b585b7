import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/format";
import { savePairNoteAction } from "@/lib/pair-health/pair-health-actions";
import { getCohortHealth } from "@/lib/pair-health/pair-health-queries";
import { HEALTH_FILTERS, healthFiltersSchema } from "@/lib/pair-health/pair-health-schemas";
import { OUTCOME_TYPES, type PairHealthRow } from "@/lib/pair-health/pair-health-table";
import { paths } from "@/lib/paths";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { PairNoteForm } from "@/components/pair-health/pair-note-form";

type Props = { cohortId: string; searchParams: Record<string, string | string[] | undefined> };
type Translate = Awaited<ReturnType<typeof getTranslations<"pairHealth">>>;
type Format = Awaited<ReturnType<typeof getFormat>>;

/** A calendar date (YYYY-MM-DD) as the day it names. */
const day = (date: string) => new Date(`${date}T12:00:00Z`);

function PairCard({
  row,
  position,
  t,
  format,
  editable,
}: {
  row: PairHealthRow;
  position?: number;
  t: Translate;
  format: Format;
  editable: boolean;
}) {
  const date = (value: string) => format.dateTime(day(value), { dateStyle: "medium" });
  const name = t("pair.name", { mentee: row.menteeName ?? t("pair.erased"), mentor: row.mentorName ?? t("pair.erased") });
  const outcomes = OUTCOME_TYPES.filter((type) => row.outcomes[type] > 0);
  const running = row.status === "ACTIVE";
  return (
    <li
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-5"
      data-testid={running ? "health-pair" : "health-ended-pair"}
      data-pair-id={row.id}
      data-flags={row.flags.join(" ")}
    >
      <article aria-labelledby={`pair-${row.id}`}>
        <h3 id={`pair-${row.id}`} className="text-lg font-semibold break-words">
          {position !== undefined && <span className="sr-only">{t("pair.position", { position })}: </span>}
          {name}
        </h3>
        <div className="mt-2">
          <h4 className="sr-only">{t("pair.why")}</h4>
          <ul className="flex flex-wrap gap-2" data-testid="health-reasons">
            {row.flags.map((flag) => (
              <li key={flag}>
                <Badge tone="warning">
                  {flag === "noFirstMeeting"
                    ? t("pair.flags.noFirstMeeting", { days: row.daysSincePublished })
                    : flag === "longGap"
                      ? t("pair.flags.longGap", { days: row.daysSinceLast ?? 0 })
                      : t("pair.flags.openDispute", { count: row.openDisputes })}
                </Badge>
              </li>
            ))}
            {running && row.behind && (
              <li>
                <Badge tone="info">{t("pair.behind", { held: row.held, expected: row.expected })}</Badge>
              </li>
            )}
            {running && row.attention === 5 && (
              <li>
                <Badge tone="success">{t("pair.onTrack")}</Badge>
              </li>
            )}
            {!running && (
              <li>
                <Badge>{t("pair.endedAs", { as: row.endedAs ?? "other", date: row.endedOn ? date(row.endedOn) : "" })}</Badge>
              </li>
            )}
          </ul>
        </div>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-stone-700">{t("pair.meetings")}</dt>
            <dd data-testid="health-meetings">{t("pair.meetingsValue", { logged: row.logged, confirmed: row.confirmed })}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-700">{t("pair.last")}</dt>
            <dd data-testid="health-last">
              {row.lastHeldOn
                ? t("pair.lastValue", { date: date(row.lastHeldOn), days: row.daysSinceLast ?? 0 })
                : t("pair.lastNone", { date: date(row.publishedOn) })}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-stone-700">{t("pair.expectation")}</dt>
            <dd>{t("pair.expectationValue", { held: row.held, expected: row.expected })}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-700">{t("pair.outcomes")}</dt>
            <dd>
              {outcomes.length === 0
                ? t("pair.outcomesNone")
                : outcomes.map((type) => t(`pair.outcomeTypes.${type}`, { count: row.outcomes[type] })).join(", ")}
            </dd>
          </div>
        </dl>
        <section className="mt-3 border-t border-stone-200 pt-3" aria-labelledby={`note-heading-${row.id}`}>
          <h4 id={`note-heading-${row.id}`} className="font-medium">
            {t("note.heading")}
          </h4>
          {row.note && (
            <>
              <p className="mt-1 whitespace-pre-line break-words" data-testid="pair-note">
                {row.note.text}
              </p>
              <p className="mt-1 text-sm text-stone-700">
                {row.note.updatedBy
                  ? t("note.by", {
                      date: format.dateTime(row.note.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                      name: row.note.updatedBy,
                    })
                  : t("note.byNobody", { date: format.dateTime(row.note.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
            </>
          )}
          {editable && (
            <PairNoteForm action={savePairNoteAction.bind(null, row.id)} pairId={row.id} pairName={name} note={row.note?.text ?? ""} />
          )}
        </section>
      </article>
    </li>
  );
}

/**
 * A cohort's pair health, for its programme's coordinators: the running pairs in the order they
 * need a call, each with why, its meetings against the programme's expectation, its outcomes and
 * the coordinator's note; the ended pairs apart below. Cards, so that it reads on a phone too.
 */
export async function CohortHealth({ cohortId, searchParams }: Props) {
  const viewer = await requireViewer();
  const filters = healthFiltersSchema.parse(searchParams);
  const [health, t, format] = await Promise.all([getCohortHealth(viewer, cohortId, filters), getTranslations("pairHealth"), getFormat()]);
  const editable = !health.cohort.closed;
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t("lead", { interval: health.intervalDays, today: format.dateTime(day(health.today), { dateStyle: "long" }) })}
      />
      {health.runningTotal > 0 && (
        <FilterBar
          action={paths.cohortHealth(health.cohort.id)}
          label={t("filters.label")}
          clearLabel={t("filters.clear")}
          filters={[
            {
              name: "flag",
              label: t("filters.flag"),
              value: filters.flag,
              options: HEALTH_FILTERS.map((filter) => ({
                value: filter,
                label: t(`filters.options.${filter}`, { count: health.counts[filter] }),
              })),
            },
          ]}
        />
      )}
      <section aria-labelledby="running-pairs">
        <h2 id="running-pairs" className="text-xl font-semibold">
          {t("running.title")}
        </h2>
        {health.runningTotal > 0 && (
          <p className="mt-1 mb-3 font-medium" data-testid="health-count" aria-live="polite">
            {t("running.count", { shown: health.running.length, total: health.runningTotal })}
          </p>
        )}
        {health.running.length === 0 ? (
          <div className="mt-3">
            {filters.flag ? (
              <EmptyState title={t("running.noneFiltered")}>
                <TextLink href={paths.cohortHealth(health.cohort.id)}>{t("filters.clear")}</TextLink>
              </EmptyState>
            ) : (
              <EmptyState title={t("running.none")}>{t("running.noneHint")}</EmptyState>
            )}
          </div>
        ) : (
          <ol className="grid gap-4 lg:grid-cols-2" aria-label={t("running.list")}>
            {health.running.map((row, index) => (
              <PairCard key={row.id} row={row} position={index + 1} t={t} format={format} editable={editable} />
            ))}
          </ol>
        )}
      </section>
      {health.ended.length > 0 && (
        <section aria-labelledby="ended-pairs" className="mt-8">
          <h2 id="ended-pairs" className="text-xl font-semibold">
            {t("ended.title")}
          </h2>
          <p className="mt-1 mb-3 text-stone-700">{t("ended.lead")}</p>
          <ul className="grid gap-4 lg:grid-cols-2" aria-label={t("ended.list")}>
            {health.ended.map((row) => (
              <PairCard key={row.id} row={row} t={t} format={format} editable={editable} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
