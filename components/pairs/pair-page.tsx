import { getLocale, getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getPairDetail } from "@/lib/pairs/pair-queries";
import { nextSession } from "@/lib/participants/next-steps";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PartnerContact } from "@/components/pairs/partner-contact";
import { NextMeeting } from "@/components/pairs/next-meeting";
import { ProgrammeContactDetails } from "@/components/programmes/programme-contact";
import { PairGoals } from "@/components/goals/pair-goals";
import { PairTimeline } from "@/components/meetings/pair-timeline";
import { NextSession } from "@/components/sessions/next-session";
import { SessionList } from "@/components/sessions/session-list";
import { OutcomeSection } from "@/components/outcomes/outcome-section";
import { localText } from "@/lib/i18n/bilingual";
import { InLanguage } from "@/components/i18n/local-text";

/**
 * A pair as one of its two people sees it: the pair's place. One column on a phone, in the order
 * they need it: the partner and how to reach them, the next meeting, the goals, what happened so
 * far, the cohort's next joint session, whom to ask at the programme. Each section is its own
 * component inside its own card. Anyone else gets "not found".
 */
export async function PairPage({ pairId, side }: { pairId: string; side: ParticipantSide }) {
  const viewer = await requireViewer();
  const pair = await getPairDetail(viewer, pairId, side);
  const [t, locale] = await Promise.all([getTranslations("pairs"), getLocale()]);
  const at = now();
  const ended = pair.status !== "ACTIVE" || pair.cohort.status === "CLOSED";
  const session = nextSession(pair.sessions, at);
  return (
    <>
      <PageHeader
        title={t("heading", { name: pair.partner.name })}
        lead={<InLanguage value={localText(locale, pair.cohort.name, pair.cohort.nameEn)} />}
      />
      {ended && (
        <p className="mb-6 rounded-md border border-stone-300 bg-stone-50 p-3" data-testid="pair-ended">
          {t("ended")}
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("contact")}>
          <PartnerContact partner={pair.partner} role={side} />
        </Card>
        <Card title={t("nextMeeting")}>
          <NextMeeting pairId={pair.id} side={side} />
        </Card>
        <div className="md:col-span-2">
          <Card title={t("goals")}>
            <PairGoals pairId={pair.id} />
          </Card>
        </div>
        <div className="md:col-span-2">
          <OutcomeSection pairId={pair.id} side={side} />
        </div>
        <div className="md:col-span-2">
          <PairTimeline pairId={pair.id} />
        </div>
        <Card title={t("nextSession")}>
          {session ? <NextSession session={session} /> : <p className="text-stone-700">{t("noNextSession")}</p>}
          <details className="mt-3">
            <summary className="min-h-11 cursor-pointer py-2 text-accent-700">{t("allSessions")}</summary>
            <SessionList sessions={pair.sessions} now={at} next={session?.id} />
          </details>
        </Card>
        {pair.contact && (
          <Card>
            <ProgrammeContactDetails contact={pair.contact} />
          </Card>
        )}
      </div>
    </>
  );
}
