import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { isStaff } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { restoreCohortAction } from "@/lib/cohorts/cohort-archive-actions";
import { listArchived } from "@/lib/programmes/archive-queries";
import { restoreProgrammeAction } from "@/lib/programmes/programme-archive-actions";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FocusedMessage } from "@/components/ui/focused-message";
import { PageHeader } from "@/components/ui/page-header";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";

/** The programmes and cohorts the viewer archived and may restore, newest first. */
export async function ArchiveList({ archived }: { archived?: string }) {
  const viewer = await requireViewer();
  if (!isStaff(viewer)) notFound();
  const [t, format, list] = await Promise.all([getTranslations("archive"), getFormat(), listArchived(viewer)]);
  const when = (instant: Date) => t("archivedOn", { date: format.dateTime(instant, { dateStyle: "medium" }) });
  const nothing = list.programmes.length === 0 && list.cohorts.length === 0;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {(archived === "cohort" || archived === "programme") && (
        <div className="mb-6">
          <FocusedMessage testId="archived-message">{t(`done.${archived}`)}</FocusedMessage>
        </div>
      )}
      {nothing ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="space-y-6">
          {list.programmes.length > 0 && (
            <Card title={t("programmes")}>
              <ul className="divide-y divide-stone-200">
                {list.programmes.map((programme) => (
                  <li
                    key={programme.id}
                    className="flex flex-wrap items-center justify-between gap-3 py-3"
                    data-testid="archived-programme"
                  >
                    <span>
                      <span className="font-medium">{programme.name}</span>
                      <span className="block text-stone-700">
                        {when(programme.archivedAt)} · {t("cohortCount", { count: programme.cohorts })}
                      </span>
                    </span>
                    <ActionButton
                      action={restoreProgrammeAction.bind(null, programme.id)}
                      label={t("restoreNamed", { name: programme.name })}
                    />
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {list.cohorts.length > 0 && (
            <Card title={t("cohorts")}>
              <ul className="divide-y divide-stone-200">
                {list.cohorts.map((cohort) => (
                  <li key={cohort.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="archived-cohort">
                    <span>
                      <span className="flex flex-wrap items-center gap-2">
                        <span className="font-medium">{cohort.name}</span>
                        <CohortStatusBadge status={cohort.status} />
                      </span>
                      <span className="block text-stone-700">
                        {cohort.programme.name} · {when(cohort.archivedAt)}
                      </span>
                    </span>
                    <ActionButton action={restoreCohortAction.bind(null, cohort.id)} label={t("restoreNamed", { name: cohort.name })} />
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      )}
    </>
  );
}
