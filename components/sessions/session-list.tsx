import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import type { SessionSummary } from "@/lib/pairs/pair-summaries";
import { Badge } from "@/components/ui/badge";

/** The cohort's joint sessions in order; `next` (a session's id) is marked as the next one. */
export async function SessionList({ sessions, now, next }: { sessions: SessionSummary[]; now: Date; next?: string }) {
  const t = await getTranslations("sessions");
  const format = await getFormat();
  if (sessions.length === 0) return <p className="text-stone-700">{t("none")}</p>;
  return (
    <ol className="space-y-2" data-testid="session-list">
      {sessions.map((session) => (
        <li
          key={session.id}
          className={`flex flex-wrap items-baseline gap-x-3 ${session.id === next ? "-mx-2 rounded-md border-2 border-accent-600 bg-accent-50 p-2" : ""}`}
          data-testid={session.id === next ? "next-session" : undefined}
        >
          {session.id === next && <Badge tone="info">{t("next")}</Badge>}
          <span className="font-medium">{session.title}</span>
          <span>{format.dateTime(session.startsAt, { dateStyle: "long", timeStyle: "short" })}</span>
          {session.location && <span className="text-stone-700">{session.location}</span>}
          {session.startsAt < now && <span className="text-sm text-stone-600">({t("past")})</span>}
        </li>
      ))}
    </ol>
  );
}
