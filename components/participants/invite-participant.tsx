import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { inviteParticipantAction } from "@/lib/participants/participant-admin-actions";
import { getInvitePage } from "@/lib/participants/participant-admin-queries";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { InviteForm } from "@/components/participants/invite-form";
import { profileFormOptions } from "@/components/profiles/profile-options";

/** The invitation page of a cohort; a closed cohort takes nobody new. */
export async function InviteParticipant({ cohortId }: { cohortId: string }) {
  const page = await getInvitePage(await requireViewer(), cohortId);
  if (!page) notFound();
  const { cohort, fields } = page;
  const t = await getTranslations("participants.invite");
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  return (
    <div className="max-w-3xl">
      <Link href={paths.cohortParticipants(cohort.id)} className="mb-2 inline-flex min-h-11 items-center text-accent-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} lead={t("lead")} />
      {cohort.status === "CLOSED" ? (
        <EmptyState title={t("closed")} />
      ) : (
        <InviteForm action={inviteParticipantAction.bind(null, cohort.id)} options={profileFormOptions(locale, fields)} />
      )}
    </div>
  );
}
