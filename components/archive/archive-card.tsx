import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/actions/action-state";
import { Card } from "@/components/ui/card";
import { ActionButton } from "@/components/ui/action-button";

type Blockers = { participants: number; waitingApplications: number };

/**
 * The way to archive a programme or a cohort made by mistake, or, while people take part in it,
 * why it cannot be: said before anyone presses a button.
 */
export async function ArchiveCard({
  kind,
  blockers,
  action,
}: {
  kind: "cohort" | "programme";
  blockers: Blockers;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const t = await getTranslations("archive");
  const blocked = blockers.participants > 0 || blockers.waitingApplications > 0;
  return (
    <Card title={t(`${kind}.title`)}>
      <div data-testid={`archive-${kind}`}>
        <p className="mb-3 max-w-prose text-stone-700">{t(`${kind}.explain`)}</p>
        {blocked ? (
          <p className="max-w-prose font-medium" data-testid="archive-blocked">
            {blockers.participants > 0
              ? t(`${kind}.blockedParticipants`, { count: blockers.participants })
              : t(`${kind}.blockedApplications`, { count: blockers.waitingApplications })}
          </p>
        ) : (
          <ActionButton action={action} label={t(`${kind}.submit`)} />
        )}
      </div>
    </Card>
  );
}
