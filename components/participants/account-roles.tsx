import { getTranslations } from "next-intl/server";
import type { MyCohort } from "@/lib/participants/participant-queries";
import { paths } from "@/lib/paths";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { CohortStatusBadge } from "@/components/programmes/cohort-status-badge";
import { ParticipantStatusBadge } from "@/components/participants/participant-status-badge";

/**
 * What a person does in Tandem, on their account page: each cohort with their role in it (a link
 * to that role's home), and the programmes they run. Someone with neither is told what comes next.
 */
export async function AccountRoles({
  cohorts,
  programmes,
}: {
  cohorts: MyCohort[];
  programmes: Array<{ id: string; name: string; appointed: boolean }>;
}) {
  const [t, ts] = await Promise.all([getTranslations("account"), getTranslations("participants.status")]);
  if (cohorts.length === 0 && programmes.length === 0) return <EmptyState title={t("nothingYet")}>{t("nothingYetHint")}</EmptyState>;
  return (
    <Card title={t("roles.title")}>
      <ul className="divide-y divide-stone-200" data-testid="account-roles">
        {programmes.map((programme) => (
          <li key={programme.id} className="py-2" data-testid="account-programme">
            <TextLink href={paths.programme(programme.id)}>
              {t(programme.appointed ? "roles.coordinator" : "roles.administrator", { programme: programme.name })}
            </TextLink>
          </li>
        ))}
        {cohorts.map((cohort) => (
          <li key={cohort.participationId} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2" data-testid="account-cohort">
            <TextLink href={cohort.role === "MENTOR" ? paths.mentor() : paths.mentee()}>
              {t("roles.participant", { role: cohort.role, cohort: cohort.cohort.name, programme: cohort.programmeName })}
            </TextLink>
            <CohortStatusBadge status={cohort.cohort.status} />
            {cohort.status === "WITHDRAWN" && <ParticipantStatusBadge status={cohort.status} label={ts(cohort.status)} />}
          </li>
        ))}
      </ul>
    </Card>
  );
}
