import { getLocale, getTranslations } from "next-intl/server";
import type { ParticipantSide } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/session";
import { getPairDetail } from "@/lib/pairs/pair-queries";
import { nextSession } from "@/lib/participants/next-steps";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PartnerContact } from "@/components/pairs/partner-contact";
import { ProgrammeContactDetails } from "@/components/programmes/programme-contact";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SessionList } from "@/components/sessions/session-list";
import { OutcomeSection } from "@/components/outcomes/outcome-section";
import { localText } from "@/lib/i18n/bilingual";
import { InLanguage } from "@/components/i18n/local-text";

/** A pair as one of its two people sees it. Anyone else gets "not found". */
export async function PairPage({ pairId, side }: { pairId: string; side: ParticipantSide }) {
  const viewer = await requireViewer();
  const pair = await getPairDetail(viewer, pairId, side);
  const [t, locale] = await Promise.all([getTranslations("pairs"), getLocale()]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title={t("heading", { name: pair.partner.name })}
        lead={<InLanguage value={localText(locale, pair.cohort.name, pair.cohort.nameEn)} />}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("contact")}>
          <PartnerContact partner={pair.partner} role={side} />
        </Card>
        <Card title={t("sessions")}>
          <SessionList sessions={pair.sessions} now={now} next={nextSession(pair.sessions, now)?.id} />
        </Card>
        <div className="md:col-span-2">
          <Card title={t("meetings")}>
            <MeetingList meetings={pair.meetings} />
          </Card>
        </div>
        <div className="md:col-span-2">
          <OutcomeSection pairId={pair.id} side={side} />
        </div>
        {pair.contact && (
          <Card>
            <ProgrammeContactDetails contact={pair.contact} />
          </Card>
        )}
      </div>
    </>
  );
}
