import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { listMyCohorts } from "@/lib/participants/participant-queries";
import { listMyProgrammes } from "@/lib/programmes/programme-queries";
import { getReminderSettings } from "@/lib/reminders/reminder-queries";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { SignOutOtherDevices } from "@/components/accounts/sign-out-other-devices";
import { AccountRoles } from "@/components/participants/account-roles";
import { ReminderSettings } from "@/components/reminders/reminder-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** The account of whoever is signed in: the cohorts and programmes it takes part in, its password and its email reminders. */
export default async function AccountPage() {
  const viewer = await requireViewer();
  const [t, tReminders, cohorts, programmes, reminders] = await Promise.all([
    getTranslations("account"),
    getTranslations("reminders"),
    listMyCohorts(viewer),
    listMyProgrammes(viewer),
    getReminderSettings(viewer),
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} lead={t("welcome", { name: viewer.name })} />
      <AccountRoles cohorts={cohorts} programmes={programmes} />
      <Card title={t("password.title")}>
        <ChangePasswordForm email={viewer.email ?? ""} />
      </Card>
      <Card title={tReminders("title")}>
        <ReminderSettings on={reminders.on} />
      </Card>
      <SignOutOtherDevices />
    </div>
  );
}
