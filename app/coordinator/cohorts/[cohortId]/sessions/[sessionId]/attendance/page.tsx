import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { saveAttendanceAction } from "@/lib/cohorts/attendance-actions";
import { getSessionAttendance } from "@/lib/cohorts/attendance-queries";
import { getFormat } from "@/lib/i18n/format";
import { paths } from "@/lib/paths";
import { AttendanceForm } from "@/components/cohorts/attendance-form";
import { AttendanceSummary } from "@/components/cohorts/attendance-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

type Props = PageProps<"/coordinator/cohorts/[cohortId]/sessions/[sessionId]/attendance">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cohortId, sessionId } = await params;
  const page = await getSessionAttendance(await requireViewer(), cohortId, sessionId);
  const t = await getTranslations("cohorts.attendance");
  return { title: t("documentTitle", { title: page.session.title, cohort: page.cohort.name }) };
}

export default async function SessionAttendancePage({ params }: Props) {
  const { cohortId, sessionId } = await params;
  const page = await getSessionAttendance(await requireViewer(), cohortId, sessionId);
  const [t, format, locale] = await Promise.all([getTranslations("cohorts.attendance"), getFormat(), getLocale()]);
  const when = format.dateTimeRange(page.session.startsAt, page.session.endsAt, { dateStyle: "full", timeStyle: "short" });
  const people = page.rows.map((row) => ({
    participationId: row.participationId,
    name: row.name,
    role: row.role,
    field: locale === "en" ? row.field.en : row.field.sv,
    status: row.status,
  }));
  const lead = page.cohort.status === "CLOSED" ? t("leadClosed") : page.ahead ? t("leadAhead") : t("lead");
  return (
    <>
      <PageHeader title={t("title", { title: page.session.title })} lead={lead} />
      <p className="mb-2" data-testid="attendance-when">
        {when}
        {page.session.location ? ` · ${page.session.location}` : ""}
      </p>
      {page.marked && (
        <p className="mb-4 text-stone-700" data-testid="attendance-marked">
          {page.marked.byName
            ? t("markedBy", { name: page.marked.byName, when: format.dateTime(page.marked.at, { dateStyle: "long", timeStyle: "short" }) })
            : t("marked", { when: format.dateTime(page.marked.at, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      )}
      <div className="space-y-6">
        {people.length === 0 ? (
          <EmptyState title={t("nobody")} />
        ) : page.open ? (
          <AttendanceForm action={saveAttendanceAction.bind(null, page.session.id)} people={people} />
        ) : (
          <AttendanceSummary people={people} />
        )}
        <TextLink href={paths.cohortSessions(page.cohort.id)}>{t("back")}</TextLink>
      </div>
    </>
  );
}
