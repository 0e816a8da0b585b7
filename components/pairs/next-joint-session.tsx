import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import type { SessionSummary } from "@/lib/pairs/pair-summaries";

/**
 * The cohort's next joint session (title, time, place). `calendarLink` is where the session's own
 * calendar file is offered, under the details.
 */
export async function NextJointSession({ session, calendarLink }: { session: SessionSummary | null; calendarLink?: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("pairs"), getFormat()]);
  if (!session) return <p className="text-stone-700">{t("noNextSession")}</p>;
  return (
    <div data-testid="pair-next-session">
      <p className="font-semibold">{session.title}</p>
      <p>{format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" })}</p>
      {session.location && <p className="break-words text-stone-700">{session.location}</p>}
      {calendarLink}
    </div>
  );
}
