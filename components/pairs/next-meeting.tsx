import { getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { getFormat } from "@/lib/i18n/format";
import { clearNextMeetingAction, planNextMeetingAction } from "@/lib/pairs/next-meeting-actions";
import { getNextMeeting } from "@/lib/pairs/next-meeting-queries";
import { paths } from "@/lib/paths";
import { ActionButton } from "@/components/ui/action-button";
import { NextMeetingForm } from "@/components/pairs/next-meeting-form";

/**
 * The meeting the pair planned next: when, how long and where, with a calendar file for it; and,
 * while the pair runs, the form to plan, move or clear it.
 */
export async function NextMeeting({ pairId, side }: { pairId: string; side: ParticipantSide }) {
  const viewer = await requireViewer();
  const view = await getNextMeeting(viewer, pairId, side);
  const [t, format] = await Promise.all([getTranslations("nextMeeting"), getFormat()]);
  const planned = view.meeting && !view.meeting.past ? view.meeting : null;
  return (
    <div className="space-y-4" data-testid="next-meeting">
      {planned ? (
        <div className="rounded-md border-2 border-accent-600 bg-accent-50 p-3">
          <p className="text-lg font-semibold" data-testid="next-meeting-time">
            {format.dateTimeRange(planned.startsAt, planned.endsAt, { dateStyle: "full", timeStyle: "short" })}
          </p>
          {planned.place && <p className="break-words">{planned.place}</p>}
          <a
            className="mt-2 inline-flex min-h-11 items-center text-accent-700 underline"
            href={paths.nextMeetingCalendar(side, view.pairId)}
            download
            data-testid="next-meeting-ics"
          >
            {t("download")}
          </a>
        </div>
      ) : (
        <p className="text-stone-700">{view.meeting?.past ? t("passed") : t("none")}</p>
      )}
      {view.canChange && (
        <details className="rounded-md border border-stone-200 p-3" open={!planned}>
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-accent-700">{planned ? t("move") : t("plan")}</summary>
          <div className="mt-3 space-y-4">
            <NextMeetingForm
              action={planNextMeetingAction.bind(null, view.pairId)}
              defaults={view.values}
              submitLabel={planned ? t("saveMove") : t("savePlan")}
            />
            {planned && <ActionButton action={clearNextMeetingAction.bind(null, view.pairId)} label={t("clear")} />}
          </div>
        </details>
      )}
    </div>
  );
}
