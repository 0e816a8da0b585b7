import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { nextSession, nextSteps } from "@/lib/participants/next-steps";
import { paths } from "@/lib/paths";
import type { ParticipationHome } from "@/lib/participants/participant-queries";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { ProgrammeContactDetails } from "@/components/programmes/programme-contact";
import { NextSteps } from "@/components/participants/next-steps";
import { PartnerContact } from "@/components/pairs/partner-contact";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SessionList } from "@/components/sessions/session-list";
import { NextSession } from "@/components/sessions/next-session";
import { CalendarFeed } from "@/components/sessions/calendar-feed";
import { localText } from "@/lib/i18n/bilingual";
import { InLanguage } from "@/components/i18n/local-text";

/**
 * One cohort as a participant sees it: what to do next, their pair, the partner's contact,
 * meetings, sessions and whom to ask about the programme.
 */
export async function ParticipationHomeCard({
  participation,
  role,
  now,
}: {
  participation: ParticipationHome;
  role: ParticipantSide;
  now: Date;
}) {
  const [t, locale] = await Promise.all([getTranslations("participant"), getLocale()]);
  const { cohort } = participation;
  // Only for people still taking part: the session's .ics file is theirs while they are in the cohort.
  const takingPart = cohort.status !== "CLOSED" && participation.status !== "WITHDRAWN" && participation.status !== "COMPLETED";
  const upcoming = takingPart ? nextSession(participation.sessions, now) : null;
  return (
    <Card
      title={<InLanguage value={localText(locale, cohort.name, cohort.nameEn)} />}
      actions={<CohortStatusBadge status={participation.cohort.status} />}
    >
      <p className="mb-4 text-stone-700">
        <InLanguage value={localText(locale, cohort.programmeName, cohort.programmeNameEn)} />
      </p>
      <NextSteps steps={nextSteps(participation, now)} />
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-6">
          {participation.pairs.length === 0 ? (
            <EmptyState title={t("noPair")}>{t("noPairHint")}</EmptyState>
          ) : (
            participation.pairs.map((pair) => (
              <div key={pair.id} className="space-y-3">
                <PartnerContact partner={pair.partner} role={role} />
                <div>
                  <h3 className="font-semibold">{t("meetings", { count: pair.meetingCount })}</h3>
                  <MeetingList meetings={pair.meetings} />
                </div>
                <Link href={paths.pair(role, pair.id)} className="inline-flex min-h-11 items-center text-accent-700 underline">
                  {t("openPair", { name: pair.partner.name })}
                </Link>
              </div>
            ))
          )}
        </div>
        <div className="space-y-6">
          {upcoming && <NextSession session={upcoming} />}
          <div>
            <h3 className="mb-2 font-semibold">{t("sessions")}</h3>
            <SessionList sessions={participation.sessions} now={now} next={upcoming?.id} />
          </div>
          {participation.calendarFeed && takingPart && participation.sessions.length > 0 && (
            <CalendarFeed address={participation.calendarFeed} idPrefix={`p-${participation.id}`} />
          )}
          <ProgrammeContactDetails contact={participation.contact} headingLevel={3} />
        </div>
      </div>
    </Card>
  );
}
