import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import { addJointSessionAction, removeJointSessionAction, updateJointSessionAction } from "@/lib/cohorts/joint-session-actions";
import { requireViewer } from "@/lib/auth/session";
import { listCohortSessions } from "@/lib/cohorts/cohort-queries";
import { toStockholmParts } from "@/lib/cohorts/stockholm-time";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { paths } from "@/lib/paths";
import { emptySessionValues, JointSessionForm, RemoveJointSessionButton } from "@/components/cohorts/joint-session-forms";

export async function generateMetadata({ params }: PageProps<"/coordinator/cohorts/[cohortId]/sessions">): Promise<Metadata> {
  const { cohortId } = await params;
  const { cohort } = await listCohortSessions(await requireViewer(), cohortId);
  const t = await getTranslations("cohorts.sessions");
  return { title: t("documentTitle", { cohort: cohort.name }) };
}

export default async function CohortSessionsPage({ params }: PageProps<"/coordinator/cohorts/[cohortId]/sessions">) {
  const { cohortId } = await params;
  const { cohort, sessions } = await listCohortSessions(await requireViewer(), cohortId);
  const t = await getTranslations("cohorts.sessions");
  const format = await getFormat();
  const editable = cohort.status !== "CLOSED";
  return (
    <>
      <PageHeader title={t("title")} lead={editable ? t("lead") : t("leadClosed")} />
      <div className="space-y-6">
        {sessions.length === 0 && <EmptyState title={t("none")}>{editable ? t("noneHint") : null}</EmptyState>}
        {sessions.map((session, index) => {
          const start = toStockholmParts(session.startsAt);
          const when = format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" });
          return (
            <section
              key={session.id}
              aria-labelledby={`session-${session.id}`}
              className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6"
              data-testid="joint-session"
            >
              <h2 id={`session-${session.id}`} className="text-lg font-semibold">
                {t("heading", { number: index + 1, title: session.title })}
              </h2>
              <p className="text-stone-700" data-testid="joint-session-when">
                {when}
                {session.location ? ` · ${session.location}` : ""}
              </p>
              <p className="mb-4">
                <TextLink href={paths.sessionAttendance(cohort.id, session.id)}>
                  {editable ? t("attendanceLink", { title: session.title }) : t("attendanceSeeLink", { title: session.title })}
                </TextLink>
                {session.attendanceMarks > 0 && (
                  <span className="ml-2 text-stone-700">{t("attendanceMarks", { count: session.attendanceMarks })}</span>
                )}
              </p>
              {editable ? (
                <>
                  <JointSessionForm
                    action={updateJointSessionAction.bind(null, session.id)}
                    idPrefix={`s${index + 1}`}
                    submitLabel={t("save")}
                    defaults={{
                      title: session.title,
                      date: start.date,
                      startTime: start.time,
                      endTime: toStockholmParts(session.endsAt).time,
                      location: session.location ?? "",
                      description: session.description ?? "",
                    }}
                  />
                  {session.attendanceMarks > 0 ? (
                    <p className="mt-4 text-stone-700">{t("cannotRemove")}</p>
                  ) : (
                    <RemoveJointSessionButton
                      action={removeJointSessionAction.bind(null, session.id)}
                      label={t("remove", { title: session.title })}
                    />
                  )}
                </>
              ) : (
                session.description && <p className="whitespace-pre-line">{session.description}</p>
              )}
            </section>
          );
        })}
        {editable && (
          <Card title={t("addTitle")}>
            <JointSessionForm
              action={addJointSessionAction.bind(null, cohort.id)}
              idPrefix="new"
              submitLabel={t("add")}
              defaults={emptySessionValues}
            />
          </Card>
        )}
      </div>
    </>
  );
}
