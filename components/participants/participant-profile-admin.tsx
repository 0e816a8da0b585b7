import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { resendPasswordLinkAction } from "@/lib/accounts/password-link-actions";
import { requireViewer } from "@/lib/auth/session";
import { paths } from "@/lib/paths";
import { changeParticipationAction, updateParticipantProfileAction } from "@/lib/participants/participant-admin-actions";
import { getParticipantProfile } from "@/lib/participants/participant-admin-queries";
import { PageHeader } from "@/components/ui/page-header";
import { ResendPasswordLink } from "@/components/accounts/resend-password-link";
import { ParticipantStatusBadge } from "@/components/participants/participant-status-badge";
import { ParticipationStatusForm } from "@/components/participants/participation-status-form";
import { ProfileForm } from "@/components/profiles/profile-form";
import { profileFormOptions } from "@/components/profiles/profile-options";

/**
 * A participant's profile for a coordinator of the programme, to read and correct. Anyone else,
 * and any id that is not a participation of the viewer's programmes, gets "not found".
 */
export async function ParticipantProfileAdmin({ participationId }: { participationId: string }) {
  const viewer = await requireViewer();
  const profile = await getParticipantProfile(viewer, participationId);
  if (!profile) notFound();
  const t = await getTranslations("participants");
  const tLink = await getTranslations("setPassword.resend");
  const locale = (await getLocale()) === "en" ? "en" : "sv";
  return (
    <div className="max-w-3xl">
      <Link href={paths.cohortParticipants(profile.cohort.id)} className="mb-2 inline-flex min-h-11 items-center text-accent-700 underline">
        {t("profile.back", { cohort: profile.cohort.name })}
      </Link>
      <PageHeader
        title={profile.person.name}
        lead={t("profile.lead", { role: profile.role, cohort: profile.cohort.name, programme: profile.programme.name })}
      />
      <dl className="mb-6 grid gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3">
        <div>
          <dt className="font-medium">{t("profile.email")}</dt>
          <dd className="break-all" data-testid="participant-email">
            {profile.person.email}
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t("columns.status")}</dt>
          <dd>
            <ParticipantStatusBadge status={profile.status} label={t(`status.${profile.status}`)} />
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t("profile.account")}</dt>
          <dd>{profile.person.hasPassword ? t("profile.hasPassword") : t("profile.noPassword")}</dd>
        </div>
      </dl>
      {!profile.person.hasPassword && (
        <ResendPasswordLink
          action={resendPasswordLinkAction.bind(null, profile.id)}
          labels={{
            title: tLink("title"),
            hint: tLink("hint", { name: profile.person.name, email: profile.person.email }),
            submit: tLink("submit"),
          }}
        />
      )}
      {profile.cohort.status !== "CLOSED" && profile.status !== "COMPLETED" && (
        <ParticipationStatusForm
          action={changeParticipationAction.bind(null, profile.id)}
          withdrawn={profile.status === "WITHDRAWN"}
          labels={{
            title: t("withdraw.title"),
            hint: t("withdraw.hint"),
            reason: t("withdraw.reason"),
            reasonHint: t("withdraw.reasonHint"),
            withdraw: t("withdraw.submit", { name: profile.person.name }),
            reinstate: t("withdraw.reinstate", { name: profile.person.name }),
          }}
        />
      )}
      <ProfileForm
        action={updateParticipantProfileAction.bind(null, profile.id)}
        role={profile.role}
        defaults={profile.values}
        options={profileFormOptions(locale, profile.fields)}
        voice="coordinator"
      />
    </div>
  );
}
