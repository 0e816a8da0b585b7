import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import type { ParticipantSide } from "@/lib/auth/policy";
import { listMyParticipations } from "@/lib/participants/participant-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ParticipationHomeCard } from "@/components/participants/participation-home";

/** The home of a mentor or a mentee: every cohort they take part in with that role. */
export async function RoleHome({ role }: { role: ParticipantSide }) {
  const viewer = await requireViewer();
  const participations = await listMyParticipations(viewer, role);
  if (participations.length === 0) notFound();
  const t = await getTranslations("participant");
  const now = clockNow();
  return (
    <>
      <PageHeader title={role === "MENTOR" ? t("mentorTitle") : t("menteeTitle")} lead={t("welcome", { name: viewer.name })} />
      <div className="space-y-6">
        {participations.map((participation) => (
          <ParticipationHomeCard key={participation.id} participation={participation} role={role} now={now} />
        ))}
      </div>
    </>
  );
}
