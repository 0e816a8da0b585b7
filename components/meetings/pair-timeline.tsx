import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { getPairTimeline } from "@/lib/meetings/meeting-queries";
import { paths } from "@/lib/paths";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TimelineMeetingItem } from "@/components/meetings/timeline-meeting";
import { TimelineOutcomeItem } from "@/components/meetings/timeline-outcome";
import Link from "next/link";

/**
 * The pair's timeline: its meetings and outcomes, newest first, each meeting with its state and the
 * buttons its reader may use. For the pair's people, and for a coordinator of its programme to read.
 */
export async function PairTimeline({ pairId }: { pairId: string }) {
  const viewer = await requireViewer();
  const [timeline, t] = await Promise.all([getPairTimeline(viewer, pairId), getTranslations("meetings")]);
  const { side, running, entries } = timeline;
  return (
    <Card
      title={t("timeline.title")}
      actions={
        side &&
        running && (
          <Link href={paths.logMeeting(side, timeline.pairId)} className={buttonClass("primary")}>
            {t("log.link")}
          </Link>
        )
      }
    >
      {side && running && <p className="mb-3 max-w-prose text-stone-700">{t("timeline.lead")}</p>}
      {!running && <p className="mb-3 text-stone-700">{t("timeline.ended")}</p>}
      {entries.length === 0 ? (
        <p className="text-stone-700">{side ? t("timeline.none") : t("timeline.noneCoordinator")}</p>
      ) : (
        <ol className="divide-y divide-stone-200" data-testid="pair-timeline">
          {entries.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`} id={`${entry.kind}-${entry.id}`} tabIndex={-1} className="py-3">
              {entry.kind === "meeting" ? (
                <TimelineMeetingItem meeting={entry} side={side} pairId={timeline.pairId} />
              ) : (
                <TimelineOutcomeItem outcome={entry} />
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
