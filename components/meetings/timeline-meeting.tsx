import { getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { getFormat } from "@/lib/i18n/format";
import { confirmMeetingAction, deleteMeetingAction, disputeMeetingAction } from "@/lib/meetings/meeting-actions";
import type { TimelineMeeting } from "@/lib/meetings/meeting-queries";
import { paths } from "@/lib/paths";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { TextLink } from "@/components/ui/text-link";
import { DisputeMeetingForm } from "@/components/meetings/dispute-meeting-form";

/** What the state of a meeting says to the one reading it. */
function stateText(meeting: TimelineMeeting, side: ParticipantSide | null, t: Awaited<ReturnType<typeof getTranslations>>) {
  const mine = side !== null && meeting.loggedBy === side;
  if (meeting.state === "confirmed") return { tone: "success" as const, text: t("state.confirmed") };
  if (meeting.state === "disputed") {
    if (side === null) return { tone: "warning" as const, text: t("state.disputed") };
    return { tone: "warning" as const, text: mine ? t("state.disputedByPartner") : t("state.disputedByYou") };
  }
  if (side === null) return { tone: "neutral" as const, text: t("state.waiting") };
  return { tone: "neutral" as const, text: mine ? t("state.waitingForPartner") : t("state.waitingForYou") };
}

/** One meeting on the pair's timeline: when, how long, how, what about, its state and what the reader may do. */
export async function TimelineMeetingItem({
  meeting,
  side,
  pairId,
}: {
  meeting: TimelineMeeting;
  side: ParticipantSide | null;
  pairId: string;
}) {
  const [t, format] = await Promise.all([getTranslations("meetings"), getFormat()]);
  const day = format.dateTime(meeting.on, { dateStyle: "medium", timeZone: "UTC" });
  const state = stateText(meeting, side, t);
  const mine = side !== null && meeting.loggedBy === side;
  const loggedBy = mine ? t("timeline.loggedByYou") : t(`timeline.loggedBy.${meeting.loggedBy ?? "gone"}`);
  return (
    <div data-testid="timeline-meeting">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{day}</span>
        <span>{t(`modes.${meeting.mode}`)}</span>
        <span>{t("duration", { minutes: meeting.durationMinutes })}</span>
        <Badge tone={state.tone}>{state.text}</Badge>
      </div>
      <p className="mt-1 text-sm text-stone-700">{loggedBy}</p>
      {meeting.topics.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="sr-only">{t("timeline.topics")}: </span>
          {meeting.topics.map((topic) => t(`topics.${topic}` as never)).join(" · ")}
        </p>
      )}
      {meeting.sharedNotes && (
        <p className="mt-2 whitespace-pre-line break-words">
          <span className="sr-only">{t("timeline.sharedNotes")}: </span>
          {meeting.sharedNotes}
        </p>
      )}
      {meeting.state === "disputed" && meeting.disputeNote && (
        <p className="mt-2 break-words text-amber-900">
          {mine || side === null
            ? t("state.disputeNote", { note: meeting.disputeNote })
            : t("state.yourDisputeNote", { note: meeting.disputeNote })}
        </p>
      )}
      {meeting.privateNote && (
        <div className="mt-2 rounded-md border border-stone-300 bg-stone-50 p-2 text-sm">
          <p className="font-medium">{t("timeline.privateNote")}</p>
          <p className="whitespace-pre-line break-words" data-testid="private-note">
            {meeting.privateNote}
          </p>
        </div>
      )}
      {meeting.canAnswer && meeting.state !== "confirmed" && (
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <ActionButton action={confirmMeetingAction.bind(null, meeting.id)} label={t("confirm.button")} />
          {meeting.state !== "disputed" && (
            <DisputeMeetingForm action={disputeMeetingAction.bind(null, meeting.id)} meetingId={meeting.id} />
          )}
        </div>
      )}
      {meeting.canChange && side && (
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <TextLink href={paths.editMeeting(side, pairId, meeting.id)} aria-label={t("timeline.changeLabel", { day })}>
            {t("timeline.change")}
          </TextLink>
          <ActionButton action={deleteMeetingAction.bind(null, meeting.id)} label={t("delete.button")} />
          <p className="w-full text-sm text-stone-700">
            {t("timeline.changeUntil", { until: format.dateTime(meeting.changeUntil, { dateStyle: "long" }) })}
          </p>
        </div>
      )}
    </div>
  );
}
