import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import type { MeetingSummary } from "@/lib/pairs/pair-summaries";
import { Badge } from "@/components/ui/badge";

export async function MeetingList({ meetings }: { meetings: MeetingSummary[] }) {
  const t = await getTranslations("meetings");
  const format = await getFormat();
  if (meetings.length === 0) return <p className="text-stone-700">{t("none")}</p>;
  return (
    <ul className="divide-y divide-stone-200" data-testid="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="py-2">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-medium">{format.dateTime(meeting.heldOn, { dateStyle: "medium", timeZone: "UTC" })}</span>
            <span>{t(`modes.${meeting.mode}`)}</span>
            <span>{t("duration", { minutes: meeting.durationMinutes })}</span>
            {meeting.disputed ? (
              <Badge tone="warning">{t("disputed")}</Badge>
            ) : (
              <Badge tone={meeting.confirmed ? "success" : "warning"}>{meeting.confirmed ? t("confirmed") : t("unconfirmed")}</Badge>
            )}
          </div>
          {meeting.topics.length > 0 && (
            <p className="mt-1 text-sm text-stone-700">{meeting.topics.map((topic) => t(`topics.${topic}`)).join(" · ")}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
