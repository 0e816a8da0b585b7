import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/i18n/format";
import type { SessionSummary } from "@/lib/pairs/pair-summaries";
import { paths } from "@/lib/paths";

/** The cohort's next joint session: when and where, and the session as a file for one's calendar. */
export async function NextSession({ session, headingLevel = 3 }: { session: SessionSummary; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("jointSessions");
  const format = await getFormat();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={`next-session-${session.id}`}
      className="rounded-md border-2 border-accent-600 bg-accent-50 p-3"
      data-testid="next-session-card"
    >
      <Heading id={`next-session-${session.id}`} className="font-semibold">
        {t("nextHeading", { title: session.title })}
      </Heading>
      <p data-testid="next-session-when">
        {format.dateTimeRange(session.startsAt, session.endsAt, { dateStyle: "full", timeStyle: "short" })}
      </p>
      <p>{session.location ? t("where", { location: session.location }) : t("whereLater")}</p>
      {/* A plain link: a file to download, not a page to open in the app. */}
      <a
        href={paths.sessionCalendar(session.id)}
        download
        className="inline-flex min-h-11 items-center text-accent-700 underline underline-offset-2"
      >
        {t("download", { title: session.title })}
      </a>
    </section>
  );
}
