import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import type { TimelineOutcome } from "@/lib/meetings/meeting-queries";
import { Badge } from "@/components/ui/badge";

/** One outcome on the pair's timeline, shown simply: what, when, the job, and whether the mentor recorded it. */
export async function TimelineOutcomeItem({ outcome }: { outcome: TimelineOutcome }) {
  const [t, types, format] = await Promise.all([getTranslations("meetings.outcome"), getTranslations("outcomes.types"), getFormat()]);
  const job =
    outcome.jobTitle && outcome.employer
      ? t("job", { title: outcome.jobTitle, employer: outcome.employer })
      : (outcome.jobTitle ?? outcome.employer);
  return (
    <div data-testid="timeline-outcome">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{format.dateTime(outcome.on, { dateStyle: "medium", timeZone: "UTC" })}</span>
        <Badge tone="info">{types(outcome.type)}</Badge>
        {outcome.byMentor && <span className="text-sm text-stone-700">{t("byMentor")}</span>}
      </div>
      {job && <p className="mt-1">{job}</p>}
    </div>
  );
}
