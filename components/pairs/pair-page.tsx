import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireParticipantOf } from "@/lib/auth/access";
import type { ParticipantSide } from "@/lib/auth/policy";
import { getPairDetail } from "@/lib/participants/participant-queries";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PartnerContact } from "@/components/pairs/partner-contact";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SessionList } from "@/components/sessions/session-list";

/** A pair as one of its two people sees it. Anyone else gets "not found". */
export async function PairPage({ pairId, side }: { pairId: string; side: ParticipantSide }) {
  await requireParticipantOf(pairId, side);
  const pair = await getPairDetail(pairId, side);
  if (!pair) notFound();
  const t = await getTranslations("pairs");
  return (
    <>
      <PageHeader title={t("heading", { name: pair.partner.name })} lead={pair.cohort.name} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("contact")}>
          <PartnerContact partner={pair.partner} role={side} />
        </Card>
        <Card title={t("sessions")}>
          <SessionList sessions={pair.sessions} now={new Date()} />
        </Card>
        <div className="md:col-span-2">
          <Card title={t("meetings")}>
            <MeetingList meetings={pair.meetings} />
          </Card>
        </div>
      </div>
    </>
  );
}
